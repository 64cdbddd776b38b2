package dev.protostar.core.format.yaml;

import java.util.Arrays;

/**
 * The lines of a YAML body with their offsets, split at the same line breaks the YAML scanner
 * counts ({@code \r\n}, {@code \r}, {@code \n}, U+0085, U+2028, U+2029), so that the scanner's line
 * and column numbers can be turned into string offsets. A body ending with a line break has a last,
 * empty line.
 */
final class SourceLines {

    private final String text;
    private final int[] starts;
    private final int[] contentEnds;

    private SourceLines(String text, int[] starts, int[] contentEnds) {
        this.text = text;
        this.starts = starts;
        this.contentEnds = contentEnds;
    }

    static SourceLines of(String text) {
        int[] starts = new int[16];
        int[] ends = new int[16];
        int count = 0;
        int lineStart = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int breakLength = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2
                    : isBreak(c) ? 1 : 0;
            if (breakLength == 0) {
                i++;
                continue;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = lineStart;
            ends[count] = i;
            count++;
            i += breakLength;
            lineStart = i;
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count + 1);
            ends = Arrays.copyOf(ends, count + 1);
        }
        starts[count] = lineStart;
        ends[count] = text.length();
        count++;
        return new SourceLines(text, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    static boolean endsWithBreak(String text) {
        return !text.isEmpty() && isBreak(text.charAt(text.length() - 1));
    }

    String text() {
        return text;
    }

    int count() {
        return starts.length;
    }

    /** Offset of the first character of {@code line}. */
    int start(int line) {
        return starts[line];
    }

    /** Offset of the line break that ends {@code line} (the text's length for the last line). */
    int contentEnd(int line) {
        return contentEnds[line];
    }

    /** Offset just after the line break that ends {@code line}: the start of the next line. */
    int next(int line) {
        return line + 1 < starts.length ? starts[line + 1] : text.length();
    }

    /** The characters of {@code line} without its line break. */
    String content(int line) {
        return text.substring(starts[line], contentEnds[line]);
    }

    /** Whether {@code line} holds only spaces and tabs. */
    boolean isBlank(int line) {
        return content(line).isBlank();
    }

    /** The number of spaces {@code line} starts with. */
    int indent(int line) {
        int i = starts[line];
        while (i < contentEnds[line] && text.charAt(i) == ' ') {
            i++;
        }
        return i - starts[line];
    }

    /** The line holding {@code offset}; a line break belongs to the line it ends. */
    int lineOf(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }

    /**
     * The offset of a scanner position. Columns count code points, and the scanner does not count a
     * U+FEFF inside a line; a column past the line's end stops at the line break.
     */
    int offset(int line, int column) {
        if (line >= starts.length) {
            return text.length();
        }
        int offset = starts[line];
        int counted = 0;
        while (counted < column && offset < contentEnds[line]) {
            int codePoint = text.codePointAt(offset);
            offset += Character.charCount(codePoint);
            if (codePoint != 0xFEFF) {
                counted++;
            }
        }
        return offset;
    }

    /** The scanner position of {@code offset}. */
    Mark markAt(int offset) {
        int line = lineOf(offset);
        int column = 0;
        for (int i = starts[line]; i < offset && i < contentEnds[line]; ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint != 0xFEFF) {
                column++;
            }
        }
        return new Mark(line, column, offset);
    }
}
