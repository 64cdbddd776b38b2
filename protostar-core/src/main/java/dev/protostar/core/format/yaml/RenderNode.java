package dev.protostar.core.format.yaml;

import java.util.List;

/**
 * A value to write in block style, already decided down to the text of each scalar: what {@link
 * BlockRenderer} turns into indented lines.
 */
sealed interface RenderNode permits RenderNode.Inline, RenderNode.Map, RenderNode.Seq {

    /**
     * Text written on the line of its key or dash: a scalar in its final quoting, or a whole flow
     * collection such as {@code [--fix, --exit-non-zero-on-fix]}. Empty for an absent value.
     */
    record Inline(String text) implements RenderNode {
    }

    /** A key (in its final quoting) and its value. */
    record Entry(String key, RenderNode value) {
    }

    /** A block mapping; its entries are indented by two spaces under a key. */
    record Map(List<Entry> entries) implements RenderNode {

        public Map {
            entries = List.copyOf(entries);
        }
    }

    /**
     * A block sequence.
     *
     * @param indent how far its dashes are indented from the key that holds it (0, 2, 4…)
     * @param keyOffset from an item's dash to the first key of a mapping item (at least 2)
     */
    record Seq(List<RenderNode> items, int indent, int keyOffset) implements RenderNode {

        public Seq {
            items = List.copyOf(items);
            if (indent < 0 || keyOffset < 2) {
                throw new IllegalArgumentException("Bad sequence indentation " + indent + "/" + keyOffset);
            }
        }
    }
}
