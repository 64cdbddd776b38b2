package dev.protostar.core.format.toml;

import dev.protostar.core.format.NewlineStyle;

/**
 * What a TOML file holds around its TOML text that tomlj does not keep for us: a UTF-8 byte order
 * mark (which tomlj rejects), the newline style of the lines we add, and whether the last line ends
 * with a newline.
 *
 * @param byteOrderMark whether the text started with U+FEFF
 * @param newline the file's line break, used for every line we add
 * @param finalNewline whether the file is empty or ends with a line break
 * @param body the text without its byte order mark: what tomlj parses
 */
record TomlFraming(boolean byteOrderMark, NewlineStyle newline, boolean finalNewline, String body) {

    private static final char BOM = '\uFEFF';

    /** Splits {@code text} (a whole file) into its framing and the body tomlj may parse. */
    static TomlFraming of(String text) {
        boolean bom = !text.isEmpty() && text.charAt(0) == BOM;
        String body = bom ? text.substring(1) : text;
        return new TomlFraming(bom, NewlineStyle.detect(body), body.isEmpty() || body.endsWith("\n"), body);
    }

    /** The body of a file's text as tomlj may parse it (without a leading byte order mark). */
    static String bodyOf(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    /**
     * Puts a rendered body back into this file's framing: restores the byte order mark and, when
     * the original's last line had no line break, leaves the new last line without one too.
     */
    String frame(String rendered) {
        String text = rendered;
        if (!finalNewline) {
            if (text.endsWith("\r\n")) {
                text = text.substring(0, text.length() - 2);
            } else if (text.endsWith("\n")) {
                text = text.substring(0, text.length() - 1);
            }
        }
        return byteOrderMark ? BOM + text : text;
    }
}
