package dev.protostar.core.format.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.protostar.api.PreCommitHook;
import dev.protostar.api.PreCommitRepo;
import dev.protostar.api.Resolution;
import dev.protostar.api.WorkspacePath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans the text edits that merge declared repositories into one parsed file, and applies them.
 *
 * <p>Where the file's layout allows it, edits only insert lines (a missing repository after the
 * last one, missing hooks after a repository's last hook, a {@code hooks:} key after a repository's
 * last line, a {@code repos:} key at the end of the document) or, under {@link
 * Resolution#OVERWRITE}, replace the lines of one repository entry. Flow-style values that must
 * grow ({@code repos: []}, {@code hooks: [{id: a}]}, a repository written as {@code {repo: …}}, a
 * root written as {@code {…}}) and explicit nulls are rewritten in block style, with a warning.
 */
final class MergePlanner {

    /**
     * What happens to one declared repository.
     *
     * @param target the file's first entry with the same URL, or {@code null} when it is missing
     * @param missingHooks the declared hooks no entry of that URL has ({@link Resolution#MERGE})
     * @param replace whether the target is replaced ({@link Resolution#OVERWRITE}, data differs)
     */
    private record Decision(PreCommitRepo declared, PreCommitDocument.RepoEntry target,
            List<PreCommitHook> missingHooks, boolean replace) {

        boolean changes() {
            return target == null || !missingHooks.isEmpty() || replace;
        }
    }

    private final WorkspacePath path;
    private final PreCommitDocument document;
    private final SourceLines lines;
    private final String newline;
    private final boolean endsWithBreak;
    private final Resolution resolution;
    private final RepoRenderer renderer;
    private final FlowToBlock flowToBlock;
    private final BodyEdits body;
    private final TextEdits edits;
    private final List<String> keptKeys = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /**
     * @param document the parsed file, whose body ends with a line break (see {@link YamlFraming})
     * @param newline the line break of added lines
     * @param endsWithBreak whether the file itself ended with a line break
     */
    MergePlanner(WorkspacePath path, PreCommitDocument document, String newline, boolean endsWithBreak,
            Resolution resolution, RepoRenderer renderer) {
        this.path = path;
        this.document = document;
        this.lines = document.lines();
        this.newline = newline;
        this.endsWithBreak = endsWithBreak;
        this.resolution = resolution;
        this.renderer = renderer;
        this.flowToBlock = new FlowToBlock(lines, renderer);
        this.body = new BodyEdits(lines, newline);
        this.edits = body.edits();
    }

    List<String> keptKeys() {
        return keptKeys;
    }

    List<String> warnings() {
        return warnings;
    }

    /** The document's body with {@code declared} (already without duplicates) merged in. */
    String merge(List<PreCommitRepo> declared) {
        List<Decision> decisions = declared.stream().map(this::decide).toList();
        if (decisions.stream().anyMatch(Decision::changes)) {
            plan(decisions);
        }
        if (!endsWithBreak) {
            keepTrailingBlockScalar();
        }
        return body.apply();
    }

    /** See {@link BodyEdits#keepTrailingBlockScalar}. */
    private void keepTrailingBlockScalar() {
        body.keepTrailingBlockScalar(document.root()).ifPresent(line -> warnings.add(path + ":" + line
                + ": the block scalar here ended the file without a line break; Protostar marked it '-' (strip)"
                + " so that its value stays the same with lines after it"));
    }

    // ---------------------------------------------------------------- decisions

    private Decision decide(PreCommitRepo declared) {
        List<PreCommitDocument.RepoEntry> matches = document.reposWithUrl(declared.repo());
        if (matches.isEmpty()) {
            return new Decision(declared, null, List.of(), false);
        }
        PreCommitDocument.RepoEntry target = matches.get(0);
        if (resolution == Resolution.OVERWRITE) {
            if (matches.size() > 1) {
                warnings.add(path + ":" + (matches.get(1).node().start().line() + 1) + ": " + declared.repo()
                        + " is listed more than once; only its first entry was replaced, the others were kept");
            }
            return new Decision(declared, target, List.of(), !target.data().equals(RepoRenderer.data(declared)));
        }
        String key = "repos[" + declared.repo() + "]";
        if (!sameText(target.data().get("rev"), declared.rev())) {
            keptKeys.add(key + ".rev");
        }
        Map<String, JsonNode> hooksById = new LinkedHashMap<>();
        matches.forEach(match -> match.hooks().forEach(hook -> hooksById.putIfAbsent(hook.id(), hook.data())));
        List<PreCommitHook> missing = new ArrayList<>();
        for (PreCommitHook hook : declared.hooks()) {
            JsonNode existing = hooksById.get(hook.id());
            if (existing == null) {
                missing.add(hook);
                continue;
            }
            String hookKey = key + ".hooks[" + hook.id() + "]";
            if (!sameList(existing.get("args"), hook.args())) {
                keptKeys.add(hookKey + ".args");
            }
            if (!sameList(existing.get("additional_dependencies"), hook.additionalDependencies())) {
                keptKeys.add(hookKey + ".additional_dependencies");
            }
        }
        return new Decision(declared, target, missing, false);
    }

    private static boolean sameText(JsonNode existing, String declared) {
        if (existing == null || existing.isNull()) {
            return declared.isBlank();
        }
        return existing.isValueNode() && existing.asText().equals(declared);
    }

    private static boolean sameList(JsonNode existing, List<String> declared) {
        if (existing == null || existing.isNull()) {
            return declared.isEmpty();
        }
        if (!existing.isArray() || existing.size() != declared.size()) {
            return false;
        }
        for (int i = 0; i < declared.size(); i++) {
            if (!existing.get(i).isValueNode() || !existing.get(i).asText().equals(declared.get(i))) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- layouts of the repos value

    private void plan(List<Decision> decisions) {
        YamlNode.Entry repos = document.reposEntry();
        if (document.root() instanceof YamlNode.Mapping root && root.flow()) {
            rewriteFlowRoot(root, decisions);
        } else if (repos == null) {
            appendReposKey(decisions);
        } else if (repos.value() instanceof YamlNode.Scalar scalar) {
            int keyColumn = repos.key().start().column();
            List<String> items = BlockRenderer.items(mergedRepos(null, decisions), keyColumn);
            if (scalar.isImplicitNull()) {
                edits.insert(lines.next(repos.key().start().line()), joinLines(items));
            } else {
                rewriteValue(scalar, items);
                warnings.add(path + ":" + (scalar.start().line() + 1)
                        + ": 'repos' was null; Protostar replaced it with a block list");
            }
        } else {
            YamlNode.Sequence sequence = (YamlNode.Sequence) repos.value();
            if (sequence.flow()) {
                rewriteValue(sequence, BlockRenderer.items(mergedRepos(sequence, decisions), repos.key().start().column()));
                warnings.add(flowWarning(sequence, "'repos'"));
            } else {
                planBlockRepos(sequence, decisions);
            }
        }
    }

    /** No {@code repos} key: one goes at the end of the document, in the root's key column. */
    private void appendReposKey(List<Decision> decisions) {
        int column = document.root() instanceof YamlNode.Mapping root ? root.keyColumn() : 0;
        List<String> block = BlockRenderer.entry("repos", mergedRepos(null, decisions), column);
        edits.insert(documentEnd(), joinLines(block));
    }

    private int documentEnd() {
        return body.documentEnd(document.root());
    }

    /** A root written as {@code {…}}: the whole root is rewritten in block style. */
    private void rewriteFlowRoot(YamlNode.Mapping root, List<Decision> decisions) {
        YamlNode.Entry repos = document.reposEntry();
        List<String> block = new ArrayList<>();
        for (YamlNode.Entry entry : root.entries()) {
            RenderNode value = entry == repos
                    ? mergedRepos(repos.value() instanceof YamlNode.Sequence sequence ? sequence : null, decisions)
                    : flowToBlock.inline(entry.value());
            block.addAll(BlockRenderer.entry(flowToBlock.key(entry), value, 0));
        }
        if (repos == null) {
            block.addAll(BlockRenderer.entry("repos", mergedRepos(null, decisions), 0));
        }
        rewriteValue(root, block);
        warnings.add(flowWarning(root, "the top-level mapping"));
    }

    /**
     * The repository list a rewritten flow {@code repos} value becomes: its entries in block style
     * (replaced or with hooks added as decided), then the missing repositories.
     */
    private RenderNode.Seq mergedRepos(YamlNode.Sequence existing, List<Decision> decisions) {
        List<RenderNode> items = new ArrayList<>();
        if (existing != null) {
            for (PreCommitDocument.RepoEntry entry : document.repos()) {
                Decision decision = decisionFor(entry, decisions);
                if (decision != null && decision.replace()) {
                    items.add(renderer.repo(decision.declared()));
                } else {
                    List<RenderNode> extra = decision == null ? List.of() : renderHooks(decision.missingHooks());
                    items.add(flowToBlock.repo(entry.node(), extra));
                }
            }
        }
        decisions.stream().filter(decision -> decision.target() == null)
                .forEach(decision -> items.add(renderer.repo(decision.declared())));
        return renderer.repos(items);
    }

    private static Decision decisionFor(PreCommitDocument.RepoEntry entry, List<Decision> decisions) {
        return decisions.stream().filter(decision -> decision.target() == entry).findFirst().orElse(null);
    }

    // ---------------------------------------------------------------- a block repos list

    private void planBlockRepos(YamlNode.Sequence sequence, List<Decision> decisions) {
        BlockListSpan span = BlockListSpan.of(lines, sequence);
        for (Decision decision : decisions) {
            if (decision.target() == null || !decision.changes()) {
                continue;
            }
            BlockListSpan.Item item = span.items().stream()
                    .filter(candidate -> candidate.node() == decision.target().node()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("A repository entry is not an item of 'repos'"));
            if (decision.replace()) {
                replaceRepo(item, decision, span.dashColumn());
            } else {
                addHooks(item, decision.target(), renderHooks(decision.missingHooks()), span.dashColumn());
            }
        }
        List<String> appended = new ArrayList<>();
        for (Decision decision : decisions) {
            if (decision.target() == null) {
                if (renderer.style().blankLineBetweenRepos()) {
                    appended.add("");
                }
                appended.addAll(BlockRenderer.item(renderer.repo(decision.declared()), span.dashColumn(),
                        renderer.style().repoKeyOffset()));
            }
        }
        if (!appended.isEmpty()) {
            edits.insert(lines.next(span.last().lastLine()), joinLines(appended));
        }
    }

    /** OVERWRITE: the entry's lines become the declared entry, in the entry's own indentation. */
    private void replaceRepo(BlockListSpan.Item item, Decision decision, int dashColumn) {
        PreCommitDocument.RepoEntry target = decision.target();
        RepoRenderer own = renderer;
        int keyOffset = renderer.style().repoKeyOffset();
        if (!target.node().flow()) {
            keyOffset = Math.max(2, target.node().keyColumn() - dashColumn);
            if (target.hooksEntry() != null && target.hooksEntry().value() instanceof YamlNode.Sequence hooks
                    && !hooks.flow() && !hooks.items().isEmpty()) {
                BlockListSpan hookSpan = BlockListSpan.of(lines, hooks);
                int indent = Math.max(0, hookSpan.dashColumn() - target.hooksEntry().key().start().column());
                own = renderer.with(renderer.style().withHooks(indent,
                        hookSpan.keyOffset().orElse(renderer.style().hookKeyOffset())));
            }
        }
        List<String> block = BlockRenderer.item(own.repo(decision.declared()), dashColumn, keyOffset);
        edits.replace(lines.start(item.firstLine()), lines.contentEnd(item.lastLine()), String.join(newline, block));
    }

    /** MERGE: missing hooks go after the entry's last hook, in that list's indentation. */
    private void addHooks(BlockListSpan.Item item, PreCommitDocument.RepoEntry target, List<RenderNode> hooks,
            int dashColumn) {
        YamlNode.Mapping repo = target.node();
        if (repo.flow()) {
            List<String> block = BlockRenderer.item(flowToBlock.repo(repo, hooks), dashColumn,
                    renderer.style().repoKeyOffset());
            edits.replace(lines.start(item.firstLine()), repo.end().offset(), String.join(newline, block));
            warnings.add(flowWarning(repo, "the entry of " + target.url()));
            return;
        }
        int keyColumn = repo.keyColumn();
        YamlNode.Entry hooksEntry = target.hooksEntry();
        if (hooksEntry == null) {
            edits.insert(lines.next(item.lastLine()),
                    joinLines(BlockRenderer.entry("hooks", renderer.hooks(hooks), keyColumn)));
            return;
        }
        YamlNode value = hooksEntry.value();
        if (value instanceof YamlNode.Scalar scalar && scalar.isImplicitNull()) {
            edits.insert(lines.next(hooksEntry.key().start().line()),
                    joinLines(BlockRenderer.items(renderer.hooks(hooks), keyColumn)));
        } else if (value instanceof YamlNode.Scalar scalar) {
            rewriteValue(scalar, BlockRenderer.items(renderer.hooks(hooks), keyColumn));
            warnings.add(path + ":" + (scalar.start().line() + 1) + ": 'hooks' of " + target.url()
                    + " was null; Protostar replaced it with a block list");
        } else if (((YamlNode.Sequence) value).flow()) {
            rewriteValue(value, BlockRenderer.items(flowToBlock.hooks(value, hooks), keyColumn));
            warnings.add(flowWarning(value, "'hooks' of " + target.url()));
        } else {
            BlockListSpan hookSpan = BlockListSpan.of(lines, (YamlNode.Sequence) value);
            int keyOffset = hookSpan.keyOffset().orElse(renderer.style().hookKeyOffset());
            List<String> block = new ArrayList<>();
            hooks.forEach(hook -> block.addAll(BlockRenderer.item(hook, hookSpan.dashColumn(), keyOffset)));
            edits.insert(lines.next(hookSpan.last().lastLine()), joinLines(block));
        }
    }

    private List<RenderNode> renderHooks(List<PreCommitHook> hooks) {
        return hooks.stream().<RenderNode>map(renderer::hook).toList();
    }

    // ---------------------------------------------------------------- text helpers

    private void rewriteValue(YamlNode value, List<String> block) {
        body.rewriteValue(value, block);
    }

    private String joinLines(List<String> block) {
        return body.joinLines(block);
    }

    private String flowWarning(YamlNode value, String what) {
        return path + ":" + (value.start().line() + 1) + ": " + what + " was written in flow style;"
                + " Protostar rewrote it in block style to add entries (comments inside it were not kept)";
    }
}
