package dev.protostar.core.format.jsonc;

import dev.protostar.core.format.NewlineStyle;

/**
 * What a JSON file holds around its JSON text: a UTF-8 byte order mark (which Jackson rejects in a
 * string) and the line break of the lines we add. A missing final newline needs no care here:
 * every edit lands inside the root object, so the end of the file is never touched.
 *
 * @param byteOrderMark whether the text started with U+FEFF
 * @param newline the file's line break, used for every line we add
 * @param body the text without its byte order mark: what Jackson and the scanner read
 */
record JsoncFraming(boolean byteOrderMark, NewlineStyle newline, String body) {

    private static final char BOM = '\uFEFF';

    /** Splits {@code text} (a whole file) into its framing and its body. */
    static JsoncFraming of(String text) {
        boolean bom = !text.isEmpty() && text.charAt(0) == BOM;
        String body = bom ? text.substring(1) : text;
        return new JsoncFraming(bom, NewlineStyle.detect(body), body);
    }

    /** {@code body} with this file's byte order mark restored. */
    String frame(String body) {
        return byteOrderMark ? BOM + body : body;
    }
}
