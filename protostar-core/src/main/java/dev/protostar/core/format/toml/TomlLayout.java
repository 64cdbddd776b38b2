package dev.protostar.core.format.toml;

import java.util.ArrayList;
import java.util.List;

/**
 * Where things are in a TOML body that tomlj has already accepted: every header line, every
 * key/value statement (its key, its value's span, the lines it occupies), the elements of inline
 * arrays with their commas, the entries of inline tables, and the comment lines between
 * statements. tomlj gives positions of keys only, never where a value ends; {@link
 * TomlSlotEditor} needs both to replace or cut the smallest span.
 *
 * <p>The scanner trusts that the text is valid TOML (1.0 or 1.1) and does no validation of its own:
 * every caller parses with tomlj first, and every edited result is parsed again. One pass, linear
 * in the text's length.
 */
final class TomlLayout {

    /** What a value is, as far as editing is concerned. */
    enum Kind { SCALAR, ARRAY, INLINE_TABLE }

    /**
     * A value's span {@code [start, end)}; for an array its elements, for an inline table its entries.
     */
    record Value(Kind kind, int start, int end, List<Element> elements, List<KeyValue> entries) {
    }

    /** An element of an inline array; {@code comma} is the offset of the comma after it, or -1. */
    record Element(Value value, int comma) {
    }

    /**
     * A key/value pair: a statement on its own line(s), or an entry of an inline table.
     *
     * @param path the full key path from the document's root (the table's path, then the dotted key)
     * @param start the offset of the key's first character
     * @param value the value
     * @param lineStart the offset where the statement's first line starts (statements only)
     * @param contentEnd the offset after the value and any trailing comment, before the line break
     *     (statements only; for entries the value's end)
     * @param lineEnd the offset after the line break that ends the statement's last line, or the
     *     text's end (statements only; for entries the value's end)
     * @param comma for an inline table entry, the offset of the comma after it, or -1
     * @param inTableArray whether the statement belongs to an entry of an array of tables (or a
     *     table below one): such keys are not addressable by a key path
     */
    record KeyValue(List<String> path, int start, Value value, int lineStart, int contentEnd, int lineEnd,
            int comma, boolean inTableArray) {
    }

    /**
     * A {@code [table]} or {@code [[array]]} header line.
     *
     * @param path its key path
     * @param array whether it is {@code [[...]]}
     * @param lineStart the offset of the line's start
     * @param close the offset after its closing bracket(s)
     * @param contentEnd the offset after any trailing comment, before the line break
     * @param lineEnd the offset after the line break, or the text's end
     * @param comment whether a comment follows the header on its line
     * @param inTableArray whether it lies inside an entry of an array of tables
     */
    record Header(List<String> path, boolean array, int lineStart, int close, int contentEnd, int lineEnd,
            boolean comment, boolean inTableArray) {
    }

    /** A line holding only a comment (and blanks), outside any value. */
    record CommentLine(int lineStart, int lineEnd) {
    }

    private final String text;
    private final List<KeyValue> statements = new ArrayList<>();
    private final List<Header> headers = new ArrayList<>();
    private final List<CommentLine> comments = new ArrayList<>();
    private final List<List<String>> tableArrays = new ArrayList<>();
    private int pos;

    private TomlLayout(String text) {
        this.text = text;
    }

    /** The layout of {@code body}, a TOML body (no byte order mark) that tomlj accepted. */
    static TomlLayout of(String body) {
        TomlLayout layout = new TomlLayout(body);
        layout.scan();
        return layout;
    }

    String text() {
        return text;
    }

    /** The key/value statements in text order (not the entries of inline tables). */
    List<KeyValue> statements() {
        return statements;
    }

    /** The header lines in text order. */
    List<Header> headers() {
        return headers;
    }

    /** The comment-only lines outside values, in text order. */
    List<CommentLine> comments() {
        return comments;
    }

    /**
     * The key/value pair whose full path is {@code path} and which an array of tables does not hold:
     * a statement, or an entry of an inline table (at any depth) that no array holds; null when none.
     */
    KeyValue find(List<String> path) {
        for (KeyValue statement : statements) {
            if (statement.inTableArray() || !isPrefix(statement.path(), path)) {
                continue;
            }
            KeyValue found = findIn(statement, path);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static KeyValue findIn(KeyValue pair, List<String> path) {
        if (pair.path().equals(path)) {
            return pair;
        }
        if (pair.value().kind() == Kind.INLINE_TABLE) {
            for (KeyValue entry : pair.value().entries()) {
                if (isPrefix(entry.path(), path)) {
                    KeyValue found = findIn(entry, path);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    /** The inline table entry or statement whose inline table directly holds {@code entry}, or null for a statement. */
    KeyValue containerOf(KeyValue entry) {
        for (KeyValue statement : statements) {
            if (statement.inTableArray() || !isPrefix(statement.path(), entry.path())) {
                continue;
            }
            KeyValue found = containerIn(statement, entry);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static KeyValue containerIn(KeyValue pair, KeyValue entry) {
        if (pair.value().kind() != Kind.INLINE_TABLE) {
            return null;
        }
        for (KeyValue child : pair.value().entries()) {
            if (child == entry) {
                return pair;
            }
            if (isPrefix(child.path(), entry.path())) {
                KeyValue found = containerIn(child, entry);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The {@code [[path]]} headers of the array of tables at {@code path} (not inside another one), in order. */
    List<Header> tableArrayEntries(List<String> path) {
        List<Header> entries = new ArrayList<>();
        for (Header header : headers) {
            if (header.array() && !header.inTableArray() && header.path().equals(path)) {
                entries.add(header);
            }
        }
        return entries;
    }

    /** The {@code [path]} header (not inside an array of tables), or null. */
    Header tableHeader(List<String> path) {
        for (Header header : headers) {
            if (!header.array() && !header.inTableArray() && header.path().equals(path)) {
                return header;
            }
        }
        return null;
    }

    /** The offset where the header after {@code header} starts, or the text's end. */
    int nextHeaderStart(Header header) {
        int index = headers.indexOf(header);
        return index + 1 < headers.size() ? headers.get(index + 1).lineStart() : text.length();
    }

    /**
     * The end of what {@code header} opens: the line end of the last statement or header before the
     * next header that is neither below {@code header}'s path nor the start of the same array's next
     * entry. Comments and blank lines after that last line are not part of it.
     */
    int blockContentEnd(Header header, boolean lineEnd) {
        int index = headers.indexOf(header);
        int regionEnd = text.length();
        int last = lineEnd ? header.lineEnd() : header.contentEnd();
        for (int i = index + 1; i < headers.size(); i++) {
            Header next = headers.get(i);
            boolean below = next.path().size() > header.path().size()
                    && isPrefix(header.path(), next.path());
            if (!below) {
                regionEnd = next.lineStart();
                break;
            }
            last = lineEnd ? next.lineEnd() : next.contentEnd();
        }
        for (KeyValue statement : statements) {
            if (statement.lineStart() > header.lineStart() && statement.lineStart() < regionEnd) {
                last = Math.max(last, lineEnd ? statement.lineEnd() : statement.contentEnd());
            }
        }
        return last;
    }

    static boolean isPrefix(List<String> prefix, List<String> path) {
        return prefix.size() <= path.size() && path.subList(0, prefix.size()).equals(prefix);
    }

    // ---- the scanner

    private void scan() {
        List<String> table = List.of();
        boolean tableInArray = false;
        while (pos < text.length()) {
            int lineStart = pos;
            skipBlanks();
            if (pos >= text.length()) {
                break;
            }
            char c = text.charAt(pos);
            if (c == '\n' || c == '\r') {
                skipLineBreak();
            } else if (c == '#') {
                skipComment();
                skipLineBreak();
                comments.add(new CommentLine(lineStart, pos));
            } else if (c == '[') {
                Header header = header(lineStart);
                headers.add(header);
                table = header.path();
                tableInArray = header.inTableArray();
            } else {
                List<String> key = key();
                List<String> path = concat(table, key);
                skipBlanks();
                pos++; // '='
                skipBlanks();
                Value value = value(path);
                int[] end = endOfLine();
                statements.add(new KeyValue(path, lineStart + indentation(lineStart), value, lineStart, end[0], end[1],
                        -1, tableInArray));
            }
        }
    }

    private int indentation(int lineStart) {
        int i = lineStart;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i - lineStart;
    }

    private Header header(int lineStart) {
        boolean array = text.startsWith("[[", pos);
        pos += array ? 2 : 1;
        skipBlanks();
        List<String> path = key();
        skipBlanks();
        pos += array ? 2 : 1;
        int close = pos;
        int commentAt = -1;
        skipBlanks();
        if (pos < text.length() && text.charAt(pos) == '#') {
            commentAt = pos;
        }
        int[] end = endOfLine();
        boolean inArray = false;
        for (List<String> known : tableArrays) {
            if (known.size() < path.size() && isPrefix(known, path)) {
                inArray = true;
                break;
            }
        }
        if (array && !inArray && !tableArrays.contains(path)) {
            tableArrays.add(path);
        }
        return new Header(path, array, lineStart, close, end[0], end[1], commentAt >= 0, inArray);
    }

    /** Skips blanks and a comment to the line break; returns {before the line break, after it}. */
    private int[] endOfLine() {
        skipBlanks();
        if (pos < text.length() && text.charAt(pos) == '#') {
            skipComment();
        }
        int contentEnd = pos;
        skipLineBreak();
        return new int[] {contentEnd, pos};
    }

    private void skipComment() {
        while (pos < text.length() && text.charAt(pos) != '\n' && !text.startsWith("\r\n", pos)) {
            pos++;
        }
    }

    private void skipLineBreak() {
        if (text.startsWith("\r\n", pos)) {
            pos += 2;
        } else if (pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
        }
    }

    private void skipBlanks() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
    }

    /** Skips blanks, line breaks and comments (inside arrays and TOML 1.1 inline tables). */
    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else if (c == '#') {
                skipComment();
            } else {
                return;
            }
        }
    }

    /** A dotted key, decoded, leaving {@code pos} after its last segment. */
    private List<String> key() {
        List<String> segments = new ArrayList<>();
        while (true) {
            skipBlanks();
            segments.add(keySegment());
            int after = pos;
            skipBlanks();
            if (pos < text.length() && text.charAt(pos) == '.') {
                pos++;
                continue;
            }
            pos = after;
            return List.copyOf(segments);
        }
    }

    private String keySegment() {
        char c = text.charAt(pos);
        if (c == '"') {
            int end = endOfBasicString(pos);
            String key = TomlLiteral.unescape(text.substring(pos + 1, end - 1));
            pos = end;
            return key;
        }
        if (c == '\'') {
            int end = text.indexOf('\'', pos + 1) + 1;
            String key = text.substring(pos + 1, end - 1);
            pos = end;
            return key;
        }
        int start = pos;
        while (pos < text.length() && isBareKeyChar(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    /** TOML 1.0 bare-key characters, and (for TOML 1.1 texts) any other non-ASCII letter. */
    private static boolean isBareKeyChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
                || c > 0x7F && c != '\u3000' && !Character.isWhitespace(c);
    }

    private Value value(List<String> path) {
        int start = pos;
        char c = text.charAt(pos);
        if (c == '"' || c == '\'') {
            pos = endOfString(pos);
            return new Value(Kind.SCALAR, start, pos, List.of(), List.of());
        }
        if (c == '[') {
            pos++;
            List<Element> elements = new ArrayList<>();
            while (true) {
                skipSpace();
                if (text.charAt(pos) == ']') {
                    pos++;
                    return new Value(Kind.ARRAY, start, pos, List.copyOf(elements), List.of());
                }
                Value element = value(path);
                skipSpace();
                int comma = -1;
                if (text.charAt(pos) == ',') {
                    comma = pos;
                    pos++;
                }
                elements.add(new Element(element, comma));
            }
        }
        if (c == '{') {
            pos++;
            List<KeyValue> entries = new ArrayList<>();
            while (true) {
                skipSpace();
                if (text.charAt(pos) == '}') {
                    pos++;
                    return new Value(Kind.INLINE_TABLE, start, pos, List.of(), List.copyOf(entries));
                }
                int keyStart = pos;
                List<String> entryPath = concat(path, key());
                skipBlanks();
                pos++; // '='
                skipBlanks();
                Value value = value(entryPath);
                int valueEnd = pos;
                skipSpace();
                int comma = -1;
                if (text.charAt(pos) == ',') {
                    comma = pos;
                    pos++;
                }
                entries.add(new KeyValue(entryPath, keyStart, value, -1, valueEnd, valueEnd, comma, false));
            }
        }
        scalar();
        return new Value(Kind.SCALAR, start, pos, List.of(), List.of());
    }

    /** A number, boolean or date-time; a date and a time separated by one space are one value. */
    private void scalar() {
        int start = pos;
        while (pos < text.length() && !endsScalar(text.charAt(pos))) {
            pos++;
        }
        if (pos - start == 10 && text.charAt(start + 4) == '-' && pos + 3 < text.length() && text.charAt(pos) == ' '
                && Character.isDigit(text.charAt(pos + 1)) && Character.isDigit(text.charAt(pos + 2))
                && text.charAt(pos + 3) == ':') {
            pos++;
            while (pos < text.length() && !endsScalar(text.charAt(pos))) {
                pos++;
            }
        }
    }

    private static boolean endsScalar(char c) {
        return c == ' ' || c == '\t' || c == ',' || c == ']' || c == '}' || c == '#' || c == '\n' || c == '\r';
    }

    /** The offset after the string (any of the four kinds) starting at {@code start}. */
    private int endOfString(int start) {
        char quote = text.charAt(start);
        String triple = quote == '"' ? "\"\"\"" : "'''";
        if (text.startsWith(triple, start)) {
            int i = start + 3;
            while (true) {
                char c = text.charAt(i);
                if (c == '\\' && quote == '"') {
                    i += 2;
                } else if (text.startsWith(triple, i)) {
                    int end = i + 3;
                    // up to two more quotes belong to the content: """a"""" is 'a"'
                    while (end < text.length() && text.charAt(end) == quote && end - i < 5) {
                        end++;
                    }
                    return end;
                } else {
                    i++;
                }
            }
        }
        return quote == '"' ? endOfBasicString(start) : text.indexOf('\'', start + 1) + 1;
    }

    private int endOfBasicString(int start) {
        for (int i = start + 1; ; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i + 1;
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
