package dev.protostar.core.format.toml;

/** Line arithmetic on a text whose lines end with {@code "\n"} or {@code "\r\n"}. */
final class Lines {

    private Lines() {
    }

    /** The offset where the line holding {@code offset} starts. */
    static int startOf(String text, int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    /** The offset of the line break that ends the line holding {@code offset} (its {@code \r} for CRLF), or the text's end. */
    static int contentEndOf(String text, int offset) {
        int lf = text.indexOf('\n', offset);
        if (lf < 0) {
            return text.length();
        }
        return lf > 0 && text.charAt(lf - 1) == '\r' ? lf - 1 : lf;
    }

    /** The offset after the line break that ends the line holding {@code offset}, or the text's end. */
    static int endOf(String text, int offset) {
        int lf = text.indexOf('\n', offset);
        return lf < 0 ? text.length() : lf + 1;
    }

    /** Whether {@code text} between the offsets holds only spaces and tabs. */
    static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The offset after the spaces and tabs from {@code offset}. */
    static int skipBlanks(String text, int offset) {
        int i = offset;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Whether the line starting at {@code lineStart} holds only blanks (an empty last line counts). */
    static boolean blankLine(String text, int lineStart) {
        return blank(text, lineStart, contentEndOf(text, lineStart));
    }

    /** From {@code lineStart}, the offset after the blank lines there (itself when its line is not blank). */
    static int blankLinesEnd(String text, int lineStart) {
        int at = lineStart;
        while (at < text.length() && blankLine(text, at)) {
            at = endOf(text, at);
        }
        return at;
    }

    /** From {@code lineStart}, the start of the blank lines just before it (itself when the line before is not blank). */
    static int blankLinesStart(String text, int lineStart) {
        int at = lineStart;
        while (at > 0) {
            int previous = startOf(text, at - 1);
            if (!blankLine(text, previous)) {
                break;
            }
            at = previous;
        }
        return at;
    }
}
