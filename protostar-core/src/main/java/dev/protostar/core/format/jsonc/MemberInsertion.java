package dev.protostar.core.format.jsonc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where and how new members enter an existing object, as splices that only insert text:
 *
 * <ul>
 *   <li>They follow the object's last member, after its comma and after any comment that starts on
 *       the line where that member ends (the comment stays attached to it). In an object laid out
 *       on lines each new member gets its own line, indented like the object's members; in an
 *       object written on one line they follow on that line, one space after the comma.
 *   <li>A comma goes right after the previous last member's value when it has none. When that
 *       member already had a trailing comma, the object's convention is kept: every new member
 *       gets one too.
 *   <li>An empty object ({@code {}}, {@code { }}, {@code {\n}}, or one holding only comments) is
 *       opened onto lines: members indented one unit deeper than the line holding its
 *       <code>'{'</code>, comments inside it kept before them, and the <code>'}'</code> on its own line at the
 *       indentation of that line (when it was not on a line of its own already).
 * </ul>
 */
final class MemberInsertion {

    private MemberInsertion() {
    }

    /**
     * What follows a member on its line: a comma, comments, spaces, then a line break or something else.
     *
     * @param end offset just after the last comment that starts on the line (or the start offset when none does)
     * @param lineBreak offset of the line break that ends the line, or -1 when something else comes first
     * @param lineComment whether one of those comments is a {@code //} comment
     */
    record Tail(int end, int lineBreak, boolean lineComment) {
    }

    /** Splices adding {@code additions} (in order) to {@code object} in {@code text}. */
    static List<Splice> splices(String text, ObjectSpan object, List<Map.Entry<String, JsonNode>> additions,
            JsoncLayout layout) {
        if (object.members().isEmpty()) {
            return List.of(intoEmpty(text, object, additions, layout));
        }
        MemberSpan last = object.last();
        Tail tail = tail(text, last.hasComma() ? last.comma() + 1 : last.valueEnd());
        String indent = Indentation.memberIndent(text, object);
        if (indent == null && tail.lineComment()) {
            // A one-line object whose last member carries a // comment: the new members need lines of their own.
            indent = Indentation.ofLine(text, object.open()) + layout.unit();
        }
        List<Splice> splices = new ArrayList<>(2);
        if (!last.hasComma()) {
            splices.add(Splice.insert(last.valueEnd(), ","));
        }
        StringBuilder added = new StringBuilder();
        for (int i = 0; i < additions.size(); i++) {
            Map.Entry<String, JsonNode> addition = additions.get(i);
            if (indent != null) {
                added.append(layout.newline()).append(indent)
                        .append(layout.member(addition.getKey(), addition.getValue(), indent));
            } else {
                added.append(' ').append(JsoncLayout.inlineMember(addition.getKey(), addition.getValue()));
            }
            if (i < additions.size() - 1 || last.hasComma()) {
                added.append(',');
            }
        }
        int at = indent != null && tail.lineBreak() >= 0 ? tail.lineBreak() : tail.end();
        splices.add(Splice.insert(at, added.toString()));
        return splices;
    }

    private static Splice intoEmpty(String text, ObjectSpan object, List<Map.Entry<String, JsonNode>> additions,
            JsoncLayout layout) {
        int contentEnd = JsoncLexer.endOfLastComment(text, object.open() + 1, object.close());
        boolean closeOnOwnLine = JsoncLexer.containsLineBreak(text, contentEnd, object.close());
        String outer = Indentation.ofLine(text, object.open());
        String inner = outer + layout.unit();
        StringBuilder added = new StringBuilder();
        for (int i = 0; i < additions.size(); i++) {
            Map.Entry<String, JsonNode> addition = additions.get(i);
            added.append(layout.newline()).append(inner)
                    .append(layout.member(addition.getKey(), addition.getValue(), inner));
            if (i < additions.size() - 1) {
                added.append(',');
            }
        }
        if (closeOnOwnLine) {
            return Splice.insert(contentEnd, added.toString());
        }
        return Splice.insert(object.close(), added.append(layout.newline()).append(outer).toString());
    }

    /** Reads past a comma's or value's end: spaces, tabs and comments that start on this line. */
    static Tail tail(String text, int from) {
        int end = from;
        boolean lineComment = false;
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (JsoncLexer.isLineBreak(c)) {
                return new Tail(end, i, lineComment);
            } else {
                int commentEnd = JsoncLexer.commentEnd(text, i);
                if (commentEnd < 0) {
                    break;
                }
                lineComment |= JsoncLexer.isLineComment(text, i);
                end = commentEnd;
                i = commentEnd;
            }
        }
        return new Tail(end, -1, lineComment);
    }
}
