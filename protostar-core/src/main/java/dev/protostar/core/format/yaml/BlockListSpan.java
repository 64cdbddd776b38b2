package dev.protostar.core.format.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Where the items of a block sequence sit in the source: the column of their dashes and, for each
 * item, the line of its dash and the line of its last character. Comment and blank lines between
 * items belong to no item.
 */
final class BlockListSpan {

    /**
     * One item.
     *
     * @param node the item's value
     * @param firstLine the line of its dash
     * @param lastLine the line of its last character (a trailing comment on that line included)
     */
    record Item(YamlNode node, int firstLine, int lastLine) {
    }

    private final int dashColumn;
    private final List<Item> items;

    private BlockListSpan(int dashColumn, List<Item> items) {
        this.dashColumn = dashColumn;
        this.items = List.copyOf(items);
    }

    /** The span of {@code sequence}, which must be a non-empty block sequence. */
    static BlockListSpan of(SourceLines lines, YamlNode.Sequence sequence) {
        if (sequence.flow() || sequence.items().isEmpty()) {
            throw new IllegalArgumentException("Only a non-empty block sequence has item lines");
        }
        int firstDash = firstDashLine(lines, sequence);
        int dashColumn = lines.indent(firstDash);
        List<Item> items = new ArrayList<>();
        int previousLast = firstDash - 1;
        for (YamlNode node : sequence.items()) {
            int dashLine = items.isEmpty() ? firstDash : dashLineAbove(lines, node, dashColumn, previousLast);
            int lastLine = Math.max(dashLine, node.lastLine(lines));
            items.add(new Item(node, dashLine, lastLine));
            previousLast = lastLine;
        }
        return new BlockListSpan(dashColumn, items);
    }

    private static int firstDashLine(SourceLines lines, YamlNode.Sequence sequence) {
        Mark start = sequence.start();
        if (lines.text().charAt(start.offset()) == '-') {
            return start.line();
        }
        // An anchor or tag before the sequence: its first dash starts a later line.
        int firstItemLine = sequence.items().get(0).start().line();
        for (int line = start.line() + 1; line <= firstItemLine; line++) {
            if (startsWithDash(lines, line, lines.indent(line))) {
                return line;
            }
        }
        throw new IllegalStateException("No dash found for the block sequence at line " + (start.line() + 1));
    }

    private static int dashLineAbove(SourceLines lines, YamlNode node, int dashColumn, int previousLast) {
        for (int line = node.start().line(); line > previousLast; line--) {
            if (lines.indent(line) == dashColumn && startsWithDash(lines, line, dashColumn)) {
                return line;
            }
        }
        throw new IllegalStateException("No dash found for the sequence item at line " + (node.start().line() + 1));
    }

    private static boolean startsWithDash(SourceLines lines, int line, int column) {
        String content = lines.content(line);
        return content.length() > column && content.charAt(column) == '-'
                && (content.length() == column + 1 || Character.isWhitespace(content.charAt(column + 1)));
    }

    /** The column of the items' dashes. */
    int dashColumn() {
        return dashColumn;
    }

    List<Item> items() {
        return items;
    }

    Item last() {
        return items.get(items.size() - 1);
    }

    /**
     * How far right of its dash the first mapping item's keys start (at least 2), or empty when no
     * item is a block mapping.
     */
    OptionalInt keyOffset() {
        for (Item item : items) {
            if (item.node() instanceof YamlNode.Mapping mapping && !mapping.flow() && !mapping.entries().isEmpty()) {
                return OptionalInt.of(Math.max(2, mapping.keyColumn() - dashColumn));
            }
        }
        return OptionalInt.empty();
    }

    /** Whether there are at least two items and a blank line separates every two neighbours. */
    boolean blankLinesBetweenItems(SourceLines lines) {
        if (items.size() < 2) {
            return false;
        }
        for (int i = 1; i < items.size(); i++) {
            boolean blank = false;
            for (int line = items.get(i - 1).lastLine() + 1; line < items.get(i).firstLine(); line++) {
                blank |= lines.isBlank(line);
            }
            if (!blank) {
                return false;
            }
        }
        return true;
    }
}
