package dev.protostar.core.format.yaml;

import dev.protostar.core.format.NewlineStyle;

/**
 * What a YAML file holds around its text that the merge must give back unchanged: a UTF-8 byte
 * order mark, the line break of the lines we add, and whether the last line ends with a line break.
 *
 * <p>Edits work on a <em>normalised</em> body that always ends with a line break, so that lines can
 * be appended after the last one; {@link #frame} removes that line break again when the file had
 * none.
 *
 * @param byteOrderMark whether the text started with U+FEFF
 * @param newline the file's line break, used for every line we add
 * @param finalNewline whether the file is empty or ends with a line break
 * @param body the text without its byte order mark
 */
record YamlFraming(boolean byteOrderMark, NewlineStyle newline, boolean finalNewline, String body) {

    private static final char BOM = '\uFEFF';

    /** Splits {@code text} (a whole file) into its framing and its body. */
    static YamlFraming of(String text) {
        boolean bom = !text.isEmpty() && text.charAt(0) == BOM;
        String body = bom ? text.substring(1) : text;
        return new YamlFraming(bom, NewlineStyle.detect(body), body.isEmpty() || SourceLines.endsWithBreak(body), body);
    }

    /** The body of a file's text, without a leading byte order mark. */
    static String bodyOf(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    /** The body, ending with a line break: the text edits are planned on. */
    String normalizedBody() {
        return finalNewline ? body : body + newline.sequence();
    }

    /** Puts an edited normalised body back into this file's framing. */
    String frame(String edited) {
        String text = edited;
        if (!finalNewline && text.endsWith(newline.sequence())) {
            text = text.substring(0, text.length() - newline.sequence().length());
        }
        return byteOrderMark ? BOM + text : text;
    }
}
