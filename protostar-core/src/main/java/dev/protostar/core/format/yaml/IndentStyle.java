package dev.protostar.core.format.yaml;

import java.util.OptionalInt;

/**
 * The indentation a file uses for its repositories and hooks, so that added entries look like the
 * ones already there. Detected from the {@code repos} list and the first block {@code hooks} list;
 * what a file does not show falls back to the other list's choice, then to two spaces.
 *
 * @param reposIndent columns from {@code repos:} to the dashes of its items (0, 2, 4…)
 * @param repoKeyOffset columns from a repository's dash to its keys (at least 2)
 * @param hooksIndent columns from {@code hooks:} to the dashes of its items
 * @param hookKeyOffset columns from a hook's dash to its keys (at least 2)
 * @param blankLineBetweenRepos whether the file separates repositories with blank lines
 */
record IndentStyle(int reposIndent, int repoKeyOffset, int hooksIndent, int hookKeyOffset,
        boolean blankLineBetweenRepos) {

    /** The style of a new file: two spaces everywhere, no blank lines. */
    static final IndentStyle DEFAULT = new IndentStyle(2, 2, 2, 2, false);

    static IndentStyle detect(PreCommitDocument document) {
        SourceLines lines = document.lines();
        OptionalInt reposIndent = OptionalInt.empty();
        OptionalInt repoKeyOffset = OptionalInt.empty();
        boolean blankLines = false;
        YamlNode.Entry repos = document.reposEntry();
        if (repos != null && repos.value() instanceof YamlNode.Sequence sequence && !sequence.flow()) {
            BlockListSpan span = BlockListSpan.of(lines, sequence);
            reposIndent = OptionalInt.of(Math.max(0, span.dashColumn() - repos.key().start().column()));
            repoKeyOffset = span.keyOffset();
            blankLines = span.blankLinesBetweenItems(lines);
        }
        OptionalInt hooksIndent = OptionalInt.empty();
        OptionalInt hookKeyOffset = OptionalInt.empty();
        for (PreCommitDocument.RepoEntry repo : document.repos()) {
            if (repo.hooksEntry() != null && repo.hooksEntry().value() instanceof YamlNode.Sequence hooks
                    && !hooks.flow() && !repo.node().flow()) {
                BlockListSpan span = BlockListSpan.of(lines, hooks);
                hooksIndent = OptionalInt.of(Math.max(0, span.dashColumn() - repo.hooksEntry().key().start().column()));
                hookKeyOffset = span.keyOffset();
                break;
            }
        }
        int defaultIndent = DEFAULT.reposIndent();
        int defaultOffset = DEFAULT.repoKeyOffset();
        return new IndentStyle(
                reposIndent.orElse(hooksIndent.orElse(defaultIndent)),
                repoKeyOffset.orElse(hookKeyOffset.orElse(defaultOffset)),
                hooksIndent.orElse(reposIndent.orElse(defaultIndent)),
                hookKeyOffset.orElse(repoKeyOffset.orElse(defaultOffset)),
                blankLines);
    }

    /** This style with another hooks indentation, for one repository's own hooks list. */
    IndentStyle withHooks(int indent, int keyOffset) {
        return new IndentStyle(reposIndent, repoKeyOffset, indent, keyOffset, blankLineBetweenRepos);
    }
}
