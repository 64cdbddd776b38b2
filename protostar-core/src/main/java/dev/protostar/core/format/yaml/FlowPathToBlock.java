package dev.protostar.core.format.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Before a slot edit changes a repository's entry or its hooks, every flow-style collection on the
 * way to it (a root written as {@code {…}}, a non-empty {@code repos: […]}, the repository written as
 * {@code {repo: …}}, a non-empty {@code hooks: […]}) is rewritten in block style, one at a time, the
 * way the merge rewrites what it must grow ({@link FlowToBlock}; comments inside the rewritten
 * value are not kept). Empty {@code []} values stay: the edits replace them directly.
 */
final class FlowPathToBlock {

    private FlowPathToBlock() {
    }

    /**
     * The body with the outermost flow collection on the way to the first entry of {@code url}
     * rewritten in block style, or empty when there is none left.
     */
    static Optional<String> step(PreCommitDocument document, String url, String newline, RepoRenderer renderer) {
        SourceLines lines = document.lines();
        FlowToBlock flowToBlock = new FlowToBlock(lines, renderer);
        BodyEdits body = new BodyEdits(lines, newline);
        YamlNode.Entry repos = document.reposEntry();
        if (document.root() instanceof YamlNode.Mapping root && root.flow()) {
            List<String> block = new ArrayList<>();
            for (YamlNode.Entry entry : root.entries()) {
                RenderNode value = entry == repos && entry.value() instanceof YamlNode.Sequence sequence
                        ? blockRepos(sequence, flowToBlock, renderer) : flowToBlock.inline(entry.value());
                block.addAll(BlockRenderer.entry(flowToBlock.key(entry), value, 0));
            }
            body.rewriteValue(root, block);
            return Optional.of(body.apply());
        }
        if (repos != null && repos.value() instanceof YamlNode.Sequence sequence && sequence.flow()
                && !sequence.items().isEmpty()) {
            body.rewriteValue(sequence, BlockRenderer.items(blockRepos(sequence, flowToBlock, renderer),
                    repos.key().start().column()));
            return Optional.of(body.apply());
        }
        int index = PreCommitSlotModel.firstRepo(PreCommitSlotModel.typed(document.data()), url);
        if (index < 0) {
            return Optional.empty();
        }
        PreCommitDocument.RepoEntry repo = document.repos().get(index);
        if (repo.node().flow()) {
            BlockListSpan span = BlockListSpan.of(lines, (YamlNode.Sequence) repos.value());
            BlockListSpan.Item item = span.items().stream().filter(candidate -> candidate.node() == repo.node())
                    .findFirst().orElseThrow(() -> new IllegalStateException("A repository is not an item of 'repos'"));
            List<String> block = BlockRenderer.item(flowToBlock.repo(repo.node(), List.of()), span.dashColumn(),
                    renderer.style().repoKeyOffset());
            body.edits().replace(lines.start(item.firstLine()), repo.node().end().offset(), String.join(newline, block));
            return Optional.of(body.apply());
        }
        YamlNode.Entry hooks = repo.hooksEntry();
        if (hooks != null && hooks.value() instanceof YamlNode.Sequence sequence && sequence.flow()
                && !sequence.items().isEmpty()) {
            body.rewriteValue(sequence, BlockRenderer.items(flowToBlock.hooks(sequence, List.of()),
                    hooks.key().start().column()));
            return Optional.of(body.apply());
        }
        return Optional.empty();
    }

    private static RenderNode.Seq blockRepos(YamlNode.Sequence sequence, FlowToBlock flowToBlock, RepoRenderer renderer) {
        return renderer.repos(sequence.items().stream().map(item -> flowToBlock.repo(item, List.of())).toList());
    }
}
