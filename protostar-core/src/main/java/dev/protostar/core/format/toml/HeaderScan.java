package dev.protostar.core.format.toml;

import dev.protostar.core.format.toml.SectionHeaders.Header;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    private final BitSet arrayHeaders = new BitSet(); // indexes into headers of the [[array]] ones
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
        if (scan.mode != Mode.CODE || scan.depth != 0 || implicitTablesDiffer(scan.headers, scan.arrayHeaders)) {
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
     *
     * <p>One pass over the headers and one over their key paths: every path prefix gets a node of a
     * {@link PathTree}, and the questions "is this prefix an array of tables / a header of its own /
     * a prefix of an earlier header / the exact path of a later header" are array look-ups by node.
     */
    static boolean implicitTablesDiffer(List<Header> headers, BitSet arrayHeaders) {
        PathTree tree = new PathTree();
        int[][] nodes = new int[headers.size()][];
        for (int i = 0; i < headers.size(); i++) {
            nodes[i] = tree.nodesOf(headers.get(i).path());
        }
        int size = tree.size();
        boolean[] explicit = new boolean[size];
        boolean[] array = new boolean[size];
        int[] lastHeader = new int[size]; // the index of the last header with exactly this path
        for (int i = 0; i < headers.size(); i++) {
            int node = nodes[i][nodes[i].length - 1];
            explicit[node] = true;
            array[node] |= arrayHeaders.get(i);
            lastHeader[node] = i;
        }
        boolean[] seen = new boolean[size]; // a prefix of (or equal to) a header before the current one
        for (int i = 0; i < headers.size(); i++) {
            int[] path = nodes[i];
            for (int k = 1; k < path.length; k++) {
                if (array[path[k - 1]]) {
                    return true; // a table inside an array of tables
                }
            }
            for (int k = 1; k <= path.length - 2; k++) {
                int table = path[k - 1];
                if (explicit[table] || seen[table]) {
                    continue;
                }
                int child = path[k];
                if (explicit[child] && lastHeader[child] > i) {
                    return true;
                }
            }
            for (int node : path) {
                seen[node] = true;
            }
        }
        return false;
    }

    /**
     * The key paths of a text's headers as a tree: each distinct path prefix is a node, numbered in
     * order of first appearance, so that a prefix of length {@code k} of a path is found in {@code k}
     * hash look-ups of (parent node, key) instead of hashing lists.
     */
    private static final class PathTree {

        private record Edge(int parent, String key) {
        }

        private final Map<Edge, Integer> children = new HashMap<>();

        /** The nodes of {@code path}'s prefixes of length 1, 2, ... {@code path.size()}. */
        int[] nodesOf(List<String> path) {
            int[] nodes = new int[path.size()];
            int parent = -1;
            for (int k = 0; k < path.size(); k++) {
                Integer node = children.get(new Edge(parent, path.get(k)));
                if (node == null) {
                    node = children.size();
                    children.put(new Edge(parent, path.get(k)), node);
                }
                nodes[k] = node;
                parent = node;
            }
            return nodes;
        }

        int size() {
            return children.size();
        }
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
            if (array) {
                arrayHeaders.set(headers.size());
            }
            headers.add(new Header(index, List.copyOf(path)));
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
