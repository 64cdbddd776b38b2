package dev.protostar.core.format.yaml;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.protostar.api.PreCommitHook;
import dev.protostar.api.PreCommitRepo;
import dev.protostar.core.format.TypedValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns declared repositories and hooks into {@link RenderNode}s in a file's {@link IndentStyle}
 * ({@code repo}, {@code rev}, {@code hooks}; {@code id}, then {@code args} and {@code
 * additional_dependencies} in flow style when not empty), and into the data they stand for.
 */
final class RepoRenderer {

    private final ScalarQuoting quoting;
    private final IndentStyle style;

    RepoRenderer(ScalarQuoting quoting, IndentStyle style) {
        this.quoting = quoting;
        this.style = style;
    }

    IndentStyle style() {
        return style;
    }

    /** A renderer for the same file with another style (one repository's own hooks indentation). */
    RepoRenderer with(IndentStyle other) {
        return new RepoRenderer(quoting, other);
    }

    /** {@code repo}, {@code rev} (left out when blank) and {@code hooks} (written {@code []} when none). */
    RenderNode.Map repo(PreCommitRepo repo) {
        List<RenderNode.Entry> entries = new ArrayList<>();
        entries.add(new RenderNode.Entry("repo", text(repo.repo())));
        if (!repo.rev().isBlank()) {
            entries.add(new RenderNode.Entry("rev", text(repo.rev())));
        }
        entries.add(new RenderNode.Entry("hooks", hooks(repo.hooks().stream().<RenderNode>map(this::hook).toList())));
        return new RenderNode.Map(entries);
    }

    /** {@code id}, then {@code args} and {@code additional_dependencies} when not empty. */
    RenderNode.Map hook(PreCommitHook hook) {
        List<RenderNode.Entry> entries = new ArrayList<>();
        entries.add(new RenderNode.Entry("id", text(hook.id())));
        if (!hook.args().isEmpty()) {
            entries.add(new RenderNode.Entry("args", flowList(hook.args())));
        }
        if (!hook.additionalDependencies().isEmpty()) {
            entries.add(new RenderNode.Entry("additional_dependencies", flowList(hook.additionalDependencies())));
        }
        return new RenderNode.Map(entries);
    }

    /**
     * A hook given as its whole mapping ({@code id} included): {@code id} first, then the other keys
     * in their order; lists in flow style as {@link #hook(PreCommitHook)} writes them.
     */
    RenderNode.Map hook(TypedValue.Tbl hook) {
        YamlValueWriter writer = new YamlValueWriter(quoting);
        List<RenderNode.Entry> entries = new ArrayList<>();
        TypedValue id = hook.members().get("id");
        if (id != null) {
            entries.add(new RenderNode.Entry("id", writer.block(id)));
        }
        for (Map.Entry<String, TypedValue> member : hook.members().entrySet()) {
            if (!member.getKey().equals("id")) {
                entries.add(new RenderNode.Entry(writer.key(member.getKey()), writer.block(member.getValue())));
            }
        }
        return new RenderNode.Map(entries);
    }

    /** A new repository entry: {@code repo}, {@code rev} when given, and {@code hooks} ({@code []} when none). */
    RenderNode.Map repo(String url, Optional<TypedValue> rev, List<RenderNode> hooks) {
        List<RenderNode.Entry> entries = new ArrayList<>();
        entries.add(new RenderNode.Entry("repo", text(url)));
        rev.ifPresent(value -> entries.add(new RenderNode.Entry("rev", new YamlValueWriter(quoting).block(value))));
        entries.add(new RenderNode.Entry("hooks", hooks(hooks)));
        return new RenderNode.Map(entries);
    }

    /** A {@code repos} list of these items, in the style's indentation. */
    RenderNode.Seq repos(List<RenderNode> items) {
        return new RenderNode.Seq(items, style.reposIndent(), style.repoKeyOffset());
    }

    /** A {@code hooks} list of these items, in the style's indentation. */
    RenderNode.Seq hooks(List<RenderNode> items) {
        return new RenderNode.Seq(items, style.hooksIndent(), style.hookKeyOffset());
    }

    private RenderNode.Inline text(String value) {
        return new RenderNode.Inline(quoting.write(value, ScalarQuoting.Context.BLOCK));
    }

    private RenderNode.Inline flowList(List<String> values) {
        return new RenderNode.Inline("[" + String.join(", ",
                values.stream().map(value -> quoting.write(value, ScalarQuoting.Context.FLOW)).toList()) + "]");
    }

    /** The data {@link #repo} stands for. */
    static ObjectNode data(PreCommitRepo repo) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("repo", repo.repo());
        if (!repo.rev().isBlank()) {
            node.put("rev", repo.rev());
        }
        ArrayNode hooks = node.putArray("hooks");
        repo.hooks().forEach(hook -> hooks.add(data(hook)));
        return node;
    }

    /** The data {@link #hook} stands for. */
    static ObjectNode data(PreCommitHook hook) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", hook.id());
        if (!hook.args().isEmpty()) {
            hook.args().forEach(node.putArray("args")::add);
        }
        if (!hook.additionalDependencies().isEmpty()) {
            ArrayNode dependencies = node.putArray("additional_dependencies");
            hook.additionalDependencies().forEach(dependencies::add);
        }
        return node;
    }
}
