package dev.protostar.core.format.toml;

import dev.protostar.core.format.toml.TomlLayout.Element;
import dev.protostar.core.format.toml.TomlLayout.Value;
import java.util.List;

/**
 * Adding and cutting members of an inline array in the array's own style; see {@link
 * TomlSlotEditor} for the rules.
 */
final class InlineArrays {

    private InlineArrays() {
    }

    /** {@code body} with {@code literal} appended to {@code array} (a span of {@code body}). */
    static String append(String body, Value array, String literal, String newline) {
        List<Element> elements = array.elements();
        int open = array.start();
        int close = array.end() - 1;
        if (elements.isEmpty()) {
            if (body.substring(open + 1, close).indexOf('\n') < 0) {
                return body.substring(0, open) + "[" + literal + "]" + body.substring(array.end());
            }
            int closeLine = Lines.startOf(body, close);
            String indent = Lines.blank(body, closeLine, close) ? body.substring(closeLine, close) : "";
            return insert(body, closeLine, indent + "    " + literal + "," + newline);
        }
        Element last = elements.get(elements.size() - 1);
        int afterLast = last.comma() >= 0 ? last.comma() + 1 : last.value().end();
        boolean opensAbove = body.substring(open, last.value().start()).indexOf('\n') >= 0;
        boolean closesBelow = body.substring(afterLast, close).indexOf('\n') >= 0;
        if (opensAbove && closesBelow) {
            int lineStart = Lines.startOf(body, last.value().start());
            String indent = body.substring(lineStart, Lines.skipBlanks(body, lineStart));
            int lineEnd = Lines.contentEndOf(body, afterLast);
            if (last.comma() >= 0) {
                return insert(body, lineEnd, newline + indent + literal + ",");
            }
            String withLine = insert(body, lineEnd, newline + indent + literal);
            return insert(withLine, last.value().end(), ",");
        }
        if (last.comma() >= 0) {
            return insert(body, last.comma() + 1, " " + literal + ",");
        }
        return insert(body, last.value().end(), ", " + literal);
    }

    /** {@code body} without the element {@code index} of {@code array}, which has other elements. */
    static String cut(String body, Value array, int index) {
        List<Element> elements = array.elements();
        Element element = elements.get(index);
        int start = element.value().start();
        int end = element.value().end();
        int lineStart = Lines.startOf(body, start);
        int after = Lines.skipBlanks(body, element.comma() >= 0 ? element.comma() + 1 : end);
        if (after < body.length() && body.charAt(after) == '#') {
            after = Lines.contentEndOf(body, after);
        }
        boolean endsLine = after >= body.length() || body.charAt(after) == '\n' || body.charAt(after) == '\r';
        boolean quietToComma = element.comma() < 0 || quiet(body, end, element.comma());
        if (Lines.blank(body, lineStart, start) && endsLine && quietToComma) {
            return body.substring(0, lineStart) + body.substring(Lines.endOf(body, after));
        }
        if (element.comma() >= 0 && quietToComma) {
            int next = Lines.skipBlanks(body, element.comma() + 1);
            char c = next < body.length() ? body.charAt(next) : '\n';
            if (c != '\n' && c != '\r' && c != '#') {
                return body.substring(0, start) + body.substring(next);
            }
        }
        if (index > 0) {
            int previousComma = elements.get(index - 1).comma();
            int cutEnd = element.comma() >= 0 ? element.comma() : end;
            if (quiet(body, previousComma + 1, start) && quietToComma) {
                return body.substring(0, previousComma) + body.substring(cutEnd);
            }
        }
        if (element.comma() >= 0) {
            return body.substring(0, start) + body.substring(element.comma() + 1);
        }
        return body.substring(0, elements.get(index - 1).comma()) + body.substring(end);
    }

    /** Whether {@code body} between the offsets holds no line break and no comment. */
    private static boolean quiet(String body, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (c == '\n' || c == '\r' || c == '#') {
                return false;
            }
        }
        return true;
    }

    static String insert(String body, int at, String text) {
        return body.substring(0, at) + text + body.substring(at);
    }
}
