package dev.protostar.core.format.jsonc;

import java.util.ArrayList;
import java.util.List;

/**
 * Records the spans of a JSONC body's objects and members: where each key, value and comma is, so
 * that edits can be splices of the exact characters that change. Arrays and scalars are skipped as
 * whole values (a merge never looks inside them); {@link #array} records an array's elements when an
 * edit needs them.
 *
 * <p>Only runs on text {@link JsoncSyntax#check} accepted, so it does not report syntax errors; a
 * disagreement with Jackson is an internal error ({@link IllegalStateException}). Recursion depth
 * follows nesting depth, which Jackson caps at 1000.
 */
final class JsoncScanner {

    private final String text;

    private JsoncScanner(String text) {
        this.text = text;
    }

    /** The spans of {@code body}, a validated JSONC text without byte order mark. */
    static JsoncDocument scan(String body) {
        JsoncScanner scanner = new JsoncScanner(body);
        int start = JsoncLexer.skipTrivia(body, 0);
        if (start == body.length()) {
            return new JsoncDocument(body, null);
        }
        ObjectSpan root = scanner.object(start);
        if (JsoncLexer.skipTrivia(body, root.close() + 1) != body.length()) {
            throw scanner.disagreement(root.close() + 1);
        }
        return new JsoncDocument(body, root);
    }

    private ObjectSpan object(int open) {
        expect(open, '{');
        List<MemberSpan> members = new ArrayList<>();
        int previous = open + 1;
        int pos = JsoncLexer.skipTrivia(text, previous);
        while (charAt(pos) != '}') {
            int keyStart = pos;
            boolean ownLine = JsoncLexer.containsLineBreak(text, previous, keyStart);
            int keyEnd = string(keyStart);
            pos = JsoncLexer.skipTrivia(text, keyEnd);
            expect(pos, ':');
            int valueStart = JsoncLexer.skipTrivia(text, pos + 1);
            ObjectSpan nested = charAt(valueStart) == '{' ? object(valueStart) : null;
            int valueEnd = nested != null ? nested.close() + 1 : value(valueStart);
            pos = JsoncLexer.skipTrivia(text, valueEnd);
            int comma = -1;
            if (charAt(pos) == ',') {
                comma = pos;
                previous = pos + 1;
                pos = JsoncLexer.skipTrivia(text, previous);
            }
            members.add(new MemberSpan(KeyText.decode(text.substring(keyStart, keyEnd)), keyStart, valueStart,
                    valueEnd, nested, comma, ownLine));
            if (comma < 0) {
                expect(pos, '}');
            }
        }
        return new ObjectSpan(open, pos, members);
    }

    /** The offset just after the value that starts at {@code pos}. */
    private int value(int pos) {
        return switch (charAt(pos)) {
            case '{' -> object(pos).close() + 1;
            case '[' -> array(pos);
            case '"' -> string(pos);
            default -> {
                int end = JsoncLexer.scalarEnd(text, pos);
                if (end == pos) {
                    throw disagreement(pos);
                }
                yield end;
            }
        };
    }

    /**
     * The spans of the array whose <code>'['</code> is at {@code open} in {@code body}, a text
     * {@link JsoncSyntax#check} accepted (as returned inside {@link #scan}'s member spans).
     */
    static ArraySpan array(String body, int open) {
        return new JsoncScanner(body).arraySpan(open);
    }

    private int array(int open) {
        return arraySpan(open).close() + 1;
    }

    private ArraySpan arraySpan(int open) {
        expect(open, '[');
        List<EntrySpan> elements = new ArrayList<>();
        int pos = JsoncLexer.skipTrivia(text, open + 1);
        while (charAt(pos) != ']') {
            int start = pos;
            int end = value(pos);
            pos = JsoncLexer.skipTrivia(text, end);
            int comma = -1;
            if (charAt(pos) == ',') {
                comma = pos;
                pos = JsoncLexer.skipTrivia(text, pos + 1);
            } else {
                expect(pos, ']');
            }
            elements.add(new EntrySpan(start, end, comma));
        }
        return new ArraySpan(open, pos, elements);
    }

    private int string(int open) {
        expect(open, '"');
        int end = JsoncLexer.stringEnd(text, open);
        if (end < 0) {
            throw disagreement(open);
        }
        return end;
    }

    private char charAt(int pos) {
        if (pos >= text.length()) {
            throw disagreement(pos);
        }
        return text.charAt(pos);
    }

    private void expect(int pos, char wanted) {
        if (charAt(pos) != wanted) {
            throw disagreement(pos);
        }
    }

    private IllegalStateException disagreement(int pos) {
        TextPosition at = TextPosition.of(text, Math.min(pos, text.length()));
        return new IllegalStateException("Internal error: the JSONC scanner cannot follow text Jackson accepted, at line "
                + at.line() + ", column " + at.column() + "; nothing was written. Please report this with the file.");
    }
}
