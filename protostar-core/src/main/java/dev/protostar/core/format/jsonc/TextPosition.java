package dev.protostar.core.format.jsonc;

/**
 * A 1-based line and column in a text, counted the way Jackson counts them: {@code "\r\n"},
 * {@code "\r"} and {@code "\n"} each end a line, and a column counts UTF-16 characters (a tab is
 * one column).
 *
 * @param line 1-based line
 * @param column 1-based column
 */
record TextPosition(int line, int column) {

    /** The position of character {@code offset} of {@code text}. */
    static TextPosition of(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new TextPosition(line, offset - lineStart + 1);
    }
}
