package dev.protostar.core.format.jsonc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Where and how a new element enters an existing array, as splices that only insert text, in the
 * way {@link MemberInsertion} adds members to an object:
 *
 * <ul>
 *   <li>It follows the last element, after its comma and after any comment that starts on the line
 *       where that element ends. In an array laid out on lines (at least one element on a line of
 *       its own) it gets its own line, indented like the last such element; in an array written on
 *       one line it follows on that line, one space after the comma. When a one-line array's last
 *       element carries a {@code //} comment, the new element goes on a line of its own. The new
 *       element is written on one line, unless the last element spans lines: then it is
 *       pretty-printed from its line's indentation, like a new member's value.
 *   <li>A comma goes right after the previous last element when it has none; when it had a
 *       trailing comma, the new element gets one too.
 *   <li>An empty array written on one line without comments ({@code []}, {@code [ ]}) becomes
 *       {@code [value]}; one with a line break or a comment inside is opened onto lines like an
 *       empty object.
 * </ul>
 */
final class ElementInsertion {

    private ElementInsertion() {
    }

    /** Splices appending {@code element} to {@code array} in {@code text}. */
    static List<Splice> splices(String text, ArraySpan array, JsonNode element, JsoncLayout layout) {
        if (array.elements().isEmpty()) {
            return List.of(intoEmpty(text, array, element, layout));
        }
        List<EntrySpan> elements = array.elements();
        EntrySpan last = elements.get(elements.size() - 1);
        MemberInsertion.Tail tail = MemberInsertion.tail(text, last.hasComma() ? last.comma() + 1 : last.end());
        String indent = elementIndent(text, array);
        if (indent == null && tail.lineComment()) {
            indent = Indentation.ofLine(text, array.open()) + layout.unit();
        }
        List<Splice> splices = new ArrayList<>(2);
        if (!last.hasComma()) {
            splices.add(Splice.insert(last.end(), ","));
        }
        boolean pretty = JsoncLexer.containsLineBreak(text, last.start(), last.end());
        String added = indent == null ? " " + JsoncLayout.inlineValue(element)
                : layout.newline() + indent + (pretty ? layout.value(element, indent) : JsoncLayout.inlineValue(element));
        if (last.hasComma()) {
            added += ",";
        }
        int at = indent != null && tail.lineBreak() >= 0 ? tail.lineBreak() : tail.end();
        splices.add(Splice.insert(at, added));
        return splices;
    }

    private static Splice intoEmpty(String text, ArraySpan array, JsonNode element, JsoncLayout layout) {
        int contentEnd = JsoncLexer.endOfLastComment(text, array.open() + 1, array.close());
        if (contentEnd == array.open() + 1 && !JsoncLexer.containsLineBreak(text, array.open() + 1, array.close())) {
            return new Splice(array.open() + 1, array.close(), JsoncLayout.inlineValue(element));
        }
        boolean closeOnOwnLine = JsoncLexer.containsLineBreak(text, contentEnd, array.close());
        String outer = Indentation.ofLine(text, array.open());
        String inner = outer + layout.unit();
        String added = layout.newline() + inner + layout.value(element, inner);
        if (closeOnOwnLine) {
            return Splice.insert(contentEnd, added);
        }
        return Splice.insert(array.close(), added + layout.newline() + outer);
    }

    /** The indentation of the last element on a line of its own (a line break since the previous comma or the <code>'['</code>), or {@code null}. */
    private static String elementIndent(String text, ArraySpan array) {
        List<EntrySpan> elements = array.elements();
        for (int i = elements.size() - 1; i >= 0; i--) {
            int boundary = i == 0 ? array.open() + 1 : elements.get(i - 1).comma() + 1;
            if (JsoncLexer.containsLineBreak(text, boundary, elements.get(i).start())) {
                return Indentation.ofLine(text, elements.get(i).start());
            }
        }
        return null;
    }
}
