package dev.protostar.core.format.jsonc;

/**
 * The lexical rules of JSON with comments that the scanner and the layout code share: what counts
 * as whitespace, where a comment, a string or a bare scalar ends. They match what Jackson accepts
 * with {@code ALLOW_JAVA_COMMENTS}: whitespace is space, tab, CR and LF; a {@code //} comment runs
 * to the next CR or LF (exclusive); a {@code /*} comment runs to the first {@code *}{@code /}.
 */
final class JsoncLexer {

    private JsoncLexer() {
    }

    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** The offset of the first character at or after {@code pos} that is neither whitespace nor in a comment. */
    static int skipTrivia(String text, int pos) {
        int i = pos;
        while (i < text.length()) {
            if (isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = commentEnd(text, i);
            if (end < 0) {
                return i;
            }
            i = end;
        }
        return i;
    }

    /**
     * When a complete comment starts at {@code pos}, the offset just after it (a line comment ends
     * before its line break); otherwise -1.
     */
    static int commentEnd(String text, int pos) {
        if (pos + 1 >= text.length() || text.charAt(pos) != '/') {
            return -1;
        }
        char next = text.charAt(pos + 1);
        if (next == '/') {
            int i = pos + 2;
            while (i < text.length() && !isLineBreak(text.charAt(i))) {
                i++;
            }
            return i;
        }
        if (next == '*') {
            int close = text.indexOf("*/", pos + 2);
            return close < 0 ? -1 : close + 2;
        }
        return -1;
    }

    /** Whether a CR or LF occurs between {@code from} (inclusive) and {@code to} (exclusive). */
    static boolean containsLineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isLineBreak(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the comment starting at {@code pos} is a {@code //} comment. */
    static boolean isLineComment(String text, int pos) {
        return text.startsWith("//", pos);
    }

    /** The offset just after the string literal whose opening quote is at {@code pos}, or -1 when it never closes. */
    static int stringEnd(String text, int pos) {
        int i = pos + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** The offset just after the number or literal ({@code true}, {@code false}, {@code null}) starting at {@code pos}. */
    static int scalarEnd(String text, int pos) {
        int i = pos;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.') {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * The offset just after the last comment found between {@code from} and {@code to}, which must
     * hold only whitespace and complete comments; {@code from} when there is none.
     */
    static int endOfLastComment(String text, int from, int to) {
        int last = from;
        int i = from;
        while (i < to) {
            if (isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = commentEnd(text, i);
            if (end < 0 || end > to) {
                throw new IllegalStateException("Internal error: expected only whitespace and comments at offset " + i);
            }
            last = end;
            i = end;
        }
        return last;
    }

    /**
     * The offset of the first comment in {@code text} that never ends (a {@code /*} without
     * {@code *}{@code /}, or a {@code /} at the very end), skipping strings and complete comments;
     * -1 when there is none. Meant for a text that Jackson rejected with "end-of-input in a comment".
     */
    static int unterminatedComment(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = stringEnd(text, i);
                if (end < 0) {
                    return -1;
                }
                i = end;
            } else if (c == '/') {
                boolean opensComment = i + 1 < text.length() && (text.charAt(i + 1) == '*' || text.charAt(i + 1) == '/');
                if (!opensComment && i + 1 < text.length()) {
                    return -1; // a stray '/', reported by Jackson as what it is
                }
                int end = commentEnd(text, i);
                if (end < 0) {
                    return i;
                }
                i = end;
            } else {
                i++;
            }
        }
        return -1;
    }
}
