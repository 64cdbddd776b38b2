package dev.protostar.core.format.toml;

import dev.protostar.core.format.toml.SectionHeaders.Header;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the {@code [table]} and {@code [[array]]} header lines of a TOML text without parsing it:
 * a small scanner that follows strings (one-line and multi-line), comments and the brackets of
 * values spanning lines, so a line starting with {@code [} inside an array or a string is not taken
 * for a header. It gives the same headers as {@link SectionHeaders#of} on a parse of the same text,
 * and answers {@code null} instead of guessing when it meets anything it does not follow (an escape
 * sequence inside a header key, a stray line break character, a header with trailing content): the
 * caller then parses.
 *
 * <p>Why: placing new sections needed a whole tomlj parse of the rendered text just for these line
 * numbers, about half a millisecond per KiB; the text is parsed once anyway, after the move, to
 * check it.
 */
final class HeaderScan {

    private enum Mode { CODE, MULTILINE_BASIC, MULTILINE_LITERAL }

    private final List<String> lines;
    private final List<Header> headers = new ArrayList<>();
    private final Set<List<String>> arrays = new HashSet<>();
    private Mode mode = Mode.CODE;
    private int depth;

    private HeaderScan(List<String> lines) {
        this.lines = lines;
    }

    /** The headers of the text split into {@code lines}, in line order, or {@code null} when unsure. */
    static List<Header> of(List<String> lines) {
        HeaderScan scan = new HeaderScan(lines);
        for (int i = 0; i < lines.size(); i++) {
            if (!scan.line(i, withoutCarriageReturn(lines.get(i)))) {
                return null;
            }
        }
        if (scan.mode != Mode.CODE || scan.depth != 0 || implicitTablesDiffer(scan.headers, scan.arrays)) {
            return null;
        }
        return scan.headers;
    }

    /**
     * Whether tomlj's positions would make {@link SectionHeaders} report a table that has no header
     * line of its own, or whether tables inside arrays of tables make that hard to tell. tomlj
     * gives an implicit table (such as {@code tool} of {@code [tool.a.sub]}) the position of the line
     * that created it, and a table defined later by its own header the position of that header; so
     * when {@code [tool.a.sub]} comes before {@code [tool.a]}, {@code tool} no longer shares a
     * position with a child and counts as a header at the {@code [tool.a.sub]} line. Such files are
     * rare; we let the parse answer for them.
     */
    private static boolean implicitTablesDiffer(List<Header> headers, Set<List<String>> arrays) {
        Set<List<String>> explicit = new HashSet<>();
        for (Header header : headers) {
            explicit.add(header.path());
        }
        for (int i = 0; i < headers.size(); i++) {
            List<String> path = headers.get(i).path();
            for (List<String> array : arrays) {
                if (path.size() > array.size() && path.subList(0, array.size()).equals(array)) {
                    return true; // a table inside an array of tables
                }
            }
            for (int k = 1; k <= path.size() - 2; k++) {
                List<String> table = path.subList(0, k);
                if (explicit.contains(table) || createdBefore(headers, i, table)) {
                    continue;
                }
                List<String> child = path.subList(0, k + 1);
                for (int j = i + 1; j < headers.size(); j++) {
                    if (headers.get(j).path().equals(child)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean createdBefore(List<Header> headers, int index, List<String> table) {
        for (int j = 0; j < index; j++) {
            List<String> path = headers.get(j).path();
            if (path.size() >= table.size() && path.subList(0, table.size()).equals(table)) {
                return true;
            }
        }
        return false;
    }

    private static String withoutCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** Scans one line; false when the scanner cannot follow it. */
    private boolean line(int index, String line) {
        if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
            return false;
        }
        int pos = 0;
        if (mode == Mode.CODE && depth == 0) {
            pos = skipBlank(line, 0);
            if (pos < line.length() && line.charAt(pos) == '[') {
                return header(index, line, pos);
            }
        }
        while (pos < line.length()) {
            char c = line.charAt(pos);
            switch (mode) {
                case MULTILINE_BASIC -> {
                    if (c == '\\') {
                        pos += 2; // an escape, or a line-ending backslash (then pos passes the end)
                    } else if (line.startsWith("\"\"\"", pos)) {
                        pos = closeMultiline(line, pos, '"');
                    } else {
                        pos++;
                    }
                }
                case MULTILINE_LITERAL -> {
                    if (line.startsWith("'''", pos)) {
                        pos = closeMultiline(line, pos, '\'');
                    } else {
                        pos++;
                    }
                }
                case CODE -> {
                    if (c == '#') {
                        return true; // the rest is a comment
                    } else if (c == '"' || c == '\'') {
                        if (line.startsWith(c == '"' ? "\"\"\"" : "'''", pos)) {
                            mode = c == '"' ? Mode.MULTILINE_BASIC : Mode.MULTILINE_LITERAL;
                            pos += 3;
                        } else {
                            pos = endOfString(line, pos);
                            if (pos < 0) {
                                return false;
                            }
                        }
                    } else if (c == '[' || c == '{') {
                        depth++;
                        pos++;
                    } else if (c == ']' || c == '}') {
                        if (--depth < 0) {
                            return false;
                        }
                        pos++;
                    } else {
                        pos++;
                    }
                }
            }
        }
        return true;
    }

    /** Past a closing delimiter of three quotes, taking up to two more quotes as content. */
    private int closeMultiline(String line, int pos, char quote) {
        int end = pos;
        while (end < line.length() && line.charAt(end) == quote && end - pos < 5) {
            end++;
        }
        mode = Mode.CODE;
        return end;
    }

    /** The index after the one-line string starting at {@code start}, or -1 when it does not close. */
    private static int endOfString(String line, int start) {
        char quote = line.charAt(start);
        for (int i = start + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Reads the header starting at {@code pos}; false when it is not one this scanner reads exactly. */
    private boolean header(int index, String line, int pos) {
        boolean array = line.startsWith("[[", pos);
        pos += array ? 2 : 1;
        List<String> path = new ArrayList<>();
        while (true) {
            pos = skipBlank(line, pos);
            if (pos >= line.length()) {
                return false;
            }
            char c = line.charAt(pos);
            int end;
            if (c == '"' || c == '\'') {
                end = endOfString(line, pos);
                if (end < 0) {
                    return false;
                }
                String key = line.substring(pos + 1, end - 1);
                if (c == '"' && key.indexOf('\\') >= 0) {
                    return false; // escapes would need decoding
                }
                path.add(key);
            } else {
                end = pos;
                while (end < line.length() && isBareKeyChar(line.charAt(end))) {
                    end++;
                }
                if (end == pos) {
                    return false;
                }
                path.add(line.substring(pos, end));
            }
            pos = skipBlank(line, end);
            if (pos < line.length() && line.charAt(pos) == '.') {
                pos++;
                continue;
            }
            String close = array ? "]]" : "]";
            if (!line.startsWith(close, pos)) {
                return false;
            }
            pos = skipBlank(line, pos + close.length());
            if (pos < line.length() && line.charAt(pos) != '#') {
                return false;
            }
            headers.add(new Header(index, List.copyOf(path)));
            if (array) {
                arrays.add(List.copyOf(path));
            }
            return true;
        }
    }

    private static boolean isBareKeyChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    private static int skipBlank(String line, int pos) {
        while (pos < line.length() && (line.charAt(pos) == ' ' || line.charAt(pos) == '\t')) {
            pos++;
        }
        return pos;
    }
}
