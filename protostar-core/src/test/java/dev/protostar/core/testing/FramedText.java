package dev.protostar.core.testing;

/**
 * A generated LF document in one of the framings the engines must keep: LF or CRLF, a UTF-8 byte
 * order mark or not, a final newline or not. Shared by the engines' property tests.
 */
public final class FramedText {

    private FramedText() {}

    /** {@code lfText} with its final newline dropped (unless kept), CRLF line breaks and a BOM as asked. */
    public static String of(String lfText, boolean crlf, boolean bom, boolean finalNewline) {
        String text = lfText;
        if (!finalNewline && text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        if (crlf) {
            text = text.replace("\n", "\r\n");
        }
        return bom ? "\uFEFF" + text : text;
    }

    /** A readable description of a framed example, for failure reports. */
    public static String describe(String lfText, boolean crlf, boolean bom, boolean finalNewline) {
        return "crlf=" + crlf + " bom=" + bom + " finalNewline=" + finalNewline + "\n" + lfText;
    }
}
