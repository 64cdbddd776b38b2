package dev.protostar.core.format.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns existing nodes that must be rewritten in block style (a flow-style {@code repos} or {@code
 * hooks} list, a flow-style repository) into {@link RenderNode}s. Only the levels the merge has
 * to extend become block collections (repository list, repository, hooks list, hook); every other
 * value keeps its source text when that fits on one line, and is otherwise written again as a
 * one-line flow collection. Scalars keep their source text (quoting, anchors, aliases and tags
 * included) unless they span several lines. Comments inside the rewritten value are not kept.
 */
final class FlowToBlock {

    private final SourceLines lines;
    private final RepoRenderer renderer;

    FlowToBlock(SourceLines lines, RepoRenderer renderer) {
        this.lines = lines;
        this.renderer = renderer;
    }

    /** A repository as a block mapping, with {@code extraHooks} appended to its hooks. */
    RenderNode repo(YamlNode node, List<RenderNode> extraHooks) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            return inline(node);
        }
        List<RenderNode.Entry> entries = new ArrayList<>();
        boolean hooksSeen = false;
        YamlNode.Entry hooksEntry = mapping.entry("hooks").orElse(null);
        for (YamlNode.Entry entry : mapping.entries()) {
            if (entry == hooksEntry) {
                hooksSeen = true;
                entries.add(new RenderNode.Entry(key(entry), hooks(entry.value(), extraHooks)));
            } else {
                entries.add(new RenderNode.Entry(key(entry), inline(entry.value())));
            }
        }
        if (!hooksSeen && !extraHooks.isEmpty()) {
            entries.add(new RenderNode.Entry("hooks", renderer.hooks(extraHooks)));
        }
        return new RenderNode.Map(entries);
    }

    /** A hooks value (a sequence, or null for none) as a block list, {@code extraHooks} appended. */
    RenderNode.Seq hooks(YamlNode value, List<RenderNode> extraHooks) {
        List<RenderNode> items = new ArrayList<>();
        if (value instanceof YamlNode.Sequence sequence) {
            sequence.items().forEach(item -> items.add(hook(item)));
        }
        items.addAll(extraHooks);
        return renderer.hooks(items);
    }

    /** A hook as a block mapping. */
    RenderNode hook(YamlNode node) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            return inline(node);
        }
        return new RenderNode.Map(mapping.entries().stream()
                .map(entry -> new RenderNode.Entry(key(entry), inline(entry.value())))
                .toList());
    }

    /** Any value as text for one line: its source when that is one line, else a rewritten flow form. */
    RenderNode.Inline inline(YamlNode node) {
        return new RenderNode.Inline(oneLine(node));
    }

    /** A key in its source form. */
    String key(YamlNode.Entry entry) {
        return oneLine(entry.key());
    }

    private String oneLine(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar && scalar.isImplicitNull()) {
            return "";
        }
        if (!node.multiline(lines)) {
            return source(node);
        }
        if (node instanceof YamlNode.Mapping mapping) {
            List<String> parts = new ArrayList<>();
            for (YamlNode.Entry entry : mapping.entries()) {
                String value = oneLine(entry.value());
                parts.add(key(entry) + ": " + (value.isEmpty() ? "null" : value));
            }
            return "{" + String.join(", ", parts) + "}";
        }
        if (node instanceof YamlNode.Sequence sequence) {
            List<String> parts = new ArrayList<>();
            for (YamlNode item : sequence.items()) {
                String value = oneLine(item);
                parts.add(value.isEmpty() ? "null" : value);
            }
            return "[" + String.join(", ", parts) + "]";
        }
        YamlNode.Scalar scalar = (YamlNode.Scalar) node;
        return scalar.isNull() ? "null" : ScalarQuoting.quoted(scalar.value());
    }

    private String source(YamlNode node) {
        return lines.text().substring(node.start().offset(), node.end().offset());
    }
}
