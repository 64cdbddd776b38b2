package dev.protostar.core.format.yaml;

import dev.protostar.core.format.TypedValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans the text edit of one slot of a parsed {@code .pre-commit-config.yaml} and applies it. The
 * repository's entry and its hooks list are block style here (see {@link FlowPathToBlock}), except
 * for an existing {@code rev}, which is replaced wherever it is written.
 */
final class PreCommitSlotPlanner {

    private final PreCommitDocument document;
    private final SourceLines lines;
    private final RepoRenderer renderer;
    private final YamlValueWriter writer;
    private final BodyEdits body;
    private final TypedValue data;

    PreCommitSlotPlanner(PreCommitDocument document, String newline, RepoRenderer renderer, ScalarQuoting quoting) {
        this.document = document;
        this.lines = document.lines();
        this.renderer = renderer;
        this.writer = new YamlValueWriter(quoting);
        this.body = new BodyEdits(lines, newline);
        this.data = PreCommitSlotModel.typed(document.data());
    }

    /** The edits planned so far. */
    BodyEdits body() {
        return body;
    }

    // ---------------------------------------------------------------- rev

    /** Sets the first entry's {@code rev}, or adds the repository with {@code rev} and {@code hooks: []}. */
    void putRev(String url, TypedValue rev) {
        PreCommitDocument.RepoEntry repo = repo(url);
        if (repo == null) {
            addRepo(renderer.repo(url, Optional.of(rev), List.of()));
            return;
        }
        Optional<YamlNode.Entry> existing = repo.node().entry("rev");
        if (existing.isPresent()) {
            replaceValue(existing.get(), rev, repo.node().flow() ? ScalarQuoting.Context.FLOW : ScalarQuoting.Context.BLOCK);
            return;
        }
        YamlNode.Entry repoKey = repo.node().entry("repo").orElseThrow();
        body.edits().insert(lines.next(repoKey.value().lastLine(lines)),
                body.joinLines(BlockRenderer.entry("rev", writer.block(rev), repo.node().keyColumn())));
    }

    /** Removes the first entry of {@code url} when it has a {@code rev} and no hooks. */
    void removeRev(String url) {
        PreCommitDocument.RepoEntry repo = repo(url);
        if (repo != null && repo.node().entry("rev").isPresent() && repo.hooks().isEmpty()) {
            removeRepo(repo);
        }
    }

    // ---------------------------------------------------------------- hooks

    /** Replaces the first hook {@code id} of the first entry, or appends the hook (adding the repository when absent). */
    void putHook(String url, String id, TypedValue.Tbl hook) {
        RenderNode.Map rendered = renderer.hook(hook);
        PreCommitDocument.RepoEntry repo = repo(url);
        if (repo == null) {
            addRepo(renderer.repo(url, Optional.empty(), List.of(rendered)));
            return;
        }
        YamlNode.Entry hooksEntry = repo.hooksEntry();
        if (hooksEntry == null) {
            body.edits().insert(lines.next(repo.node().lastLine(lines)), body.joinLines(
                    BlockRenderer.entry("hooks", renderer.hooks(List.of(rendered)), repo.node().keyColumn())));
            return;
        }
        List<String> fresh = BlockRenderer.items(renderer.hooks(List.of(rendered)), hooksEntry.key().start().column());
        YamlNode value = hooksEntry.value();
        if (value instanceof YamlNode.Scalar scalar && scalar.isImplicitNull()) {
            body.edits().insert(lines.next(hooksEntry.key().start().line()), body.joinLines(fresh));
        } else if (value instanceof YamlNode.Scalar || ((YamlNode.Sequence) value).items().isEmpty()) {
            body.rewriteValue(value, fresh);
        } else {
            BlockListSpan span = BlockListSpan.of(lines, (YamlNode.Sequence) value);
            int keyOffset = span.keyOffset().orElse(renderer.style().hookKeyOffset());
            List<String> item = BlockRenderer.item(rendered, span.dashColumn(), keyOffset);
            List<PreCommitDocument.HookEntry> matches = hooks(repo, id);
            if (matches.isEmpty()) {
                body.edits().insert(lines.next(span.last().lastLine()), body.joinLines(item));
            } else {
                BlockListSpan.Item old = itemOf(span, matches.get(0).node());
                body.edits().replace(lines.start(old.firstLine()), lines.contentEnd(old.lastLine()),
                        String.join(body.newline(), item));
            }
        }
    }

    /**
     * Removes every hook {@code id} of the first entry; the last hook leaves {@code hooks: []}, or
     * removes the entry when it holds nothing but {@code repo} and {@code hooks}.
     */
    void removeHook(String url, String id) {
        PreCommitDocument.RepoEntry repo = repo(url);
        List<PreCommitDocument.HookEntry> matches = repo == null ? List.of() : hooks(repo, id);
        if (matches.isEmpty()) {
            return;
        }
        if (PreCommitSlotModel.emptiedContainer(members(repo), matches.size())) {
            removeRepo(repo);
            return;
        }
        YamlNode.Entry hooksEntry = repo.hooksEntry();
        BlockListSpan span = BlockListSpan.of(lines, (YamlNode.Sequence) hooksEntry.value());
        List<BlockListSpan.Item> items = new ArrayList<>();
        matches.forEach(match -> items.add(itemOf(span, match.node())));
        removeItems(hooksEntry, span, items);
    }

    // ---------------------------------------------------------------- repositories

    private void addRepo(RenderNode.Map repo) {
        YamlNode.Entry repos = document.reposEntry();
        if (repos == null) {
            int column = document.root() instanceof YamlNode.Mapping root ? root.keyColumn() : 0;
            body.edits().insert(body.documentEnd(document.root()),
                    body.joinLines(BlockRenderer.entry("repos", renderer.repos(List.of(repo)), column)));
            return;
        }
        List<String> fresh = BlockRenderer.items(renderer.repos(List.of(repo)), repos.key().start().column());
        YamlNode value = repos.value();
        if (value instanceof YamlNode.Scalar scalar && scalar.isImplicitNull()) {
            body.edits().insert(lines.next(repos.key().start().line()), body.joinLines(fresh));
        } else if (value instanceof YamlNode.Scalar || ((YamlNode.Sequence) value).items().isEmpty()) {
            body.rewriteValue(value, fresh);
        } else {
            BlockListSpan span = BlockListSpan.of(lines, (YamlNode.Sequence) value);
            List<String> block = new ArrayList<>();
            if (renderer.style().blankLineBetweenRepos()) {
                block.add("");
            }
            block.addAll(BlockRenderer.item(repo, span.dashColumn(), renderer.style().repoKeyOffset()));
            body.edits().insert(lines.next(span.last().lastLine()), body.joinLines(block));
        }
    }

    private void removeRepo(PreCommitDocument.RepoEntry repo) {
        YamlNode.Entry repos = document.reposEntry();
        BlockListSpan span = BlockListSpan.of(lines, (YamlNode.Sequence) repos.value());
        removeItems(repos, span, List.of(itemOf(span, repo.node())));
    }

    // ---------------------------------------------------------------- text helpers

    /**
     * Removes {@code items} of the list {@code entry} holds, each with all its lines and the comment
     * lines right above it (comments after it, which stand above the next item, stay); a list left
     * empty becomes {@code []}. One item removed takes one blank line next to it along, so that the
     * blank lines between the others stay as they were.
     */
    private void removeItems(YamlNode.Entry entry, BlockListSpan span, List<BlockListSpan.Item> items) {
        if (items.size() == span.items().size()) {
            body.edits().insert(emptyListAt(entry), " []");
        }
        if (items.size() != 1 || items.size() == span.items().size()) {
            items.forEach(item -> body.deleteLines(firstLineWithComments(entry, span, item), item.lastLine()));
            return;
        }
        BlockListSpan.Item item = items.get(0);
        int index = span.items().indexOf(item);
        boolean lastItem = index == span.items().size() - 1;
        int first = firstLineWithComments(entry, span, item);
        int last = item.lastLine();
        boolean blankBefore = first > 0 && lines.isBlank(first - 1);
        boolean blankAfter = last + 1 < lines.count() - 1 && lines.isBlank(last + 1);
        if (blankBefore && (lastItem || blankAfter)) {
            first--;
        } else if (index == 0 && blankAfter) {
            last++;
        }
        body.deleteLines(first, last);
    }

    /** Where {@code []} goes for a list left empty: after the key's colon, or after the list's anchor or tag. */
    private int emptyListAt(YamlNode.Entry entry) {
        int at = body.afterColon(entry.key());
        String text = lines.text();
        YamlNode value = entry.value();
        if (value.start().line() == entry.key().start().line() && text.charAt(value.start().offset()) != '-') {
            int lineEnd = lines.contentEnd(value.start().line());
            at = value.start().offset();
            while (at < lineEnd && (text.charAt(at) == '&' || text.charAt(at) == '!')) {
                while (at < lineEnd && !Character.isWhitespace(text.charAt(at))) {
                    at++;
                }
                int next = at;
                while (next < lineEnd && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (next < lineEnd && (text.charAt(next) == '&' || text.charAt(next) == '!')) {
                    at = next;
                }
            }
        }
        return at;
    }

    /** The first of the comment lines right above {@code item} (no blank line between), or its dash line. */
    private int firstLineWithComments(YamlNode.Entry entry, BlockListSpan span, BlockListSpan.Item item) {
        int index = span.items().indexOf(item);
        int boundary = index == 0 ? entry.key().start().line() : span.items().get(index - 1).lastLine();
        int first = item.firstLine();
        while (first - 1 > boundary && lines.content(first - 1).strip().startsWith("#")) {
            first--;
        }
        return first;
    }

    /** Replaces the value of {@code entry} with {@code value}, keeping a scalar's quotes (plain, '…' or "…"). */
    private void replaceValue(YamlNode.Entry entry, TypedValue value, ScalarQuoting.Context context) {
        YamlNode node = entry.value();
        String written = writer.inline(value, context);
        if (node instanceof YamlNode.Scalar scalar && scalar.isImplicitNull()) {
            body.edits().insert(body.afterColon(entry.key()), " " + written);
        } else if (node instanceof YamlNode.Scalar scalar) {
            if (value instanceof TypedValue.Str text && !scalar.alias()) {
                char quote = lines.text().charAt(scalar.start().offset());
                written = quote == '\'' ? ScalarQuoting.quoted(text.value())
                        : quote == '"' ? ScalarQuoting.doubleQuoted(text.value()) : written;
            }
            body.edits().replace(scalar.start().offset(), scalar.end().offset(), written);
        } else if ((node instanceof YamlNode.Mapping mapping && mapping.flow())
                || (node instanceof YamlNode.Sequence sequence && sequence.flow())) {
            body.edits().replace(node.start().offset(), node.end().offset(), written);
        } else {
            body.edits().replace(body.afterColon(entry.key()), lines.contentEnd(node.lastLine(lines)), " " + written);
        }
    }

    private PreCommitDocument.RepoEntry repo(String url) {
        int index = PreCommitSlotModel.firstRepo(data, url);
        return index < 0 ? null : document.repos().get(index);
    }

    private static Map<String, TypedValue> members(PreCommitDocument.RepoEntry repo) {
        return ((TypedValue.Tbl) PreCommitSlotModel.typed(repo.data())).members();
    }

    private static List<PreCommitDocument.HookEntry> hooks(PreCommitDocument.RepoEntry repo, String id) {
        return PreCommitSlotModel.hookIndexes(members(repo), id).stream().map(repo.hooks()::get).toList();
    }

    private static BlockListSpan.Item itemOf(BlockListSpan span, YamlNode node) {
        return span.items().stream().filter(item -> item.node() == node).findFirst()
                .orElseThrow(() -> new IllegalStateException("An entry is not an item of its list"));
    }
}
