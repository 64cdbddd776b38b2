package dev.protostar.core.format.yaml;

import java.util.ArrayList;
import java.util.List;

/** Writes {@link RenderNode}s as block-style YAML lines (without line breaks) at a given column. */
final class BlockRenderer {

    private static final int MAPPING_INDENT = 2;

    private BlockRenderer() {
    }

    /** The lines of {@code key: value} with the key at {@code column}. */
    static List<String> entry(String key, RenderNode value, int column) {
        List<String> lines = new ArrayList<>();
        String head = " ".repeat(column) + key + ":";
        String inline = inlineForm(value);
        if (inline != null) {
            lines.add(inline.isEmpty() ? head : head + " " + inline);
        } else if (value instanceof RenderNode.Seq seq) {
            lines.add(head);
            lines.addAll(items(seq, column));
        } else {
            lines.add(head);
            for (RenderNode.Entry entry : ((RenderNode.Map) value).entries()) {
                lines.addAll(entry(entry.key(), entry.value(), column + MAPPING_INDENT));
            }
        }
        return lines;
    }

    /** The item lines of {@code seq} when it is the value of a key at {@code keyColumn}. */
    static List<String> items(RenderNode.Seq seq, int keyColumn) {
        List<String> lines = new ArrayList<>();
        for (RenderNode item : seq.items()) {
            lines.addAll(item(item, keyColumn + seq.indent(), seq.keyOffset()));
        }
        return lines;
    }

    /**
     * The lines of one sequence item with its dash at {@code dashColumn}; a mapping item starts on
     * the dash line ({@code - repo: …}) with its keys {@code keyOffset} columns right of the dash.
     */
    static List<String> item(RenderNode item, int dashColumn, int keyOffset) {
        String dash = " ".repeat(dashColumn) + "-";
        List<String> lines = new ArrayList<>();
        String inline = inlineForm(item);
        if (inline != null) {
            lines.add(inline.isEmpty() ? dash : dash + " " + inline);
        } else if (item instanceof RenderNode.Seq seq) {
            lines.add(dash);
            for (RenderNode nested : seq.items()) {
                lines.addAll(item(nested, dashColumn + keyOffset, seq.keyOffset()));
            }
        } else {
            int keyColumn = dashColumn + keyOffset;
            for (RenderNode.Entry entry : ((RenderNode.Map) item).entries()) {
                lines.addAll(entry(entry.key(), entry.value(), keyColumn));
            }
            lines.set(0, dash + " ".repeat(keyOffset - 1) + lines.get(0).substring(keyColumn));
        }
        return lines;
    }

    /** The text written after a key or dash for values that stay on that line; null for block collections. */
    private static String inlineForm(RenderNode node) {
        if (node instanceof RenderNode.Inline inline) {
            return inline.text();
        }
        if (node instanceof RenderNode.Seq seq && seq.items().isEmpty()) {
            return "[]";
        }
        if (node instanceof RenderNode.Map map && map.entries().isEmpty()) {
            return "{}";
        }
        return null;
    }
}
