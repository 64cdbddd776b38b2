package dev.protostar.core.format.yaml;

import static dev.protostar.core.format.yaml.PreCommitConfigMergerMergeTest.RUFF;
import static dev.protostar.core.format.yaml.PreCommitConfigMergerMergeTest.RUFF_URL;
import static dev.protostar.core.format.yaml.PreCommitConfigMergerMergeTest.merge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.PreCommitRepo;
import dev.protostar.api.Resolution;
import org.junit.jupiter.api.Test;

/**
 * Values the merge cannot extend line by line (flow-style collections, nulls) are rewritten in
 * block style, only that value's span, with a warning.
 */
class PreCommitConfigMergerFlowTest {

    private static final String RUFF_BLOCK = """
              - repo: https://github.com/astral-sh/ruff-pre-commit
                rev: v0.8.0
                hooks:
                  - id: ruff
                    args: [--fix]
                  - id: ruff-format
            """;

    @Test
    void emptyFlowReposListBecomesABlockListAndTheCommentStays() {
        String existing = """
                # managed by Protostar
                repos: []   # nothing yet
                ci: {autofix_prs: false}
                """;

        PreCommitMergeResult result = merge(existing, Resolution.MERGE, RUFF);

        assertThat(result.text()).isEqualTo("# managed by Protostar\nrepos:   # nothing yet\n" + RUFF_BLOCK
                + "ci: {autofix_prs: false}\n");
        assertThat(result.warnings()).containsExactly(".pre-commit-config.yaml:2: 'repos' was written in flow style;"
                + " Protostar rewrote it in block style to add entries (comments inside it were not kept)");
    }

    @Test
    void rewrittenValueIsNotRewrittenAgain() {
        PreCommitMergeResult first = merge("repos: []\n", Resolution.MERGE, RUFF);

        PreCommitMergeResult second = merge(first.text(), Resolution.MERGE, RUFF);

        assertThat(first.text()).isEqualTo("repos:\n" + RUFF_BLOCK);
        assertThat(second.text()).isEqualTo(first.text());
        assertThat(second.changed()).isFalse();
        assertThat(second.warnings()).isEmpty();
    }

    @Test
    void flowReposListKeepsItsEntriesSourceTextInBlockStyle() {
        String existing = """
                repos: [{repo: local, hooks: [{id: tests, name: "unit tests", entry: 'pytest -q', language: system,
                    types: [python]}]}]
                """;

        PreCommitMergeResult result = merge(existing, Resolution.MERGE, RUFF);

        assertThat(result.text()).isEqualTo("""
                repos:
                  - repo: local
                    hooks:
                      - id: tests
                        name: "unit tests"
                        entry: 'pytest -q'
                        language: system
                        types: [python]
                """ + RUFF_BLOCK);
        assertThat(result.warnings()).hasSize(1);
    }

    @Test
    void flowHooksListOfAPresentRepositoryIsRewrittenBelowItsKey() {
        String existing = """
                repos:
                    - repo: https://github.com/astral-sh/ruff-pre-commit
                      rev: v0.8.0
                      hooks: [{id: ruff, args: [--fix]}]  # lint only
                    - repo: https://github.com/psf/black
                      rev: 24.4.2
                      hooks: [{id: black}]
                """;

        PreCommitMergeResult result = merge(existing, Resolution.MERGE, RUFF);

        assertThat(result.text()).isEqualTo("""
                repos:
                    - repo: https://github.com/astral-sh/ruff-pre-commit
                      rev: v0.8.0
                      hooks:  # lint only
                          - id: ruff
                            args: [--fix]
                          - id: ruff-format
                    - repo: https://github.com/psf/black
                      rev: 24.4.2
                      hooks: [{id: black}]
                """);
        assertThat(result.warnings()).containsExactly(".pre-commit-config.yaml:4: 'hooks' of " + RUFF_URL
                + " was written in flow style; Protostar rewrote it in block style to add entries"
                + " (comments inside it were not kept)");
    }

    @Test
    void flowStyleRepositoryEntryIsRewrittenAsABlockItem() {
        String existing = """
                repos:
                  - {repo: https://github.com/astral-sh/ruff-pre-commit, rev: v0.8.0, hooks: [{id: ruff}]}  # compact
                  - repo: local
                    hooks:
                      - id: a
                        name: a
                        entry: a
                        language: system
                """;

        PreCommitMergeResult result = merge(existing, Resolution.MERGE, RUFF);

        assertThat(result.text()).isEqualTo("""
                repos:
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.8.0
                    hooks:
                      - id: ruff
                      - id: ruff-format  # compact
                  - repo: local
                    hooks:
                      - id: a
                        name: a
                        entry: a
                        language: system
                """);
        assertThat(result.keptKeys()).containsExactly("repos[" + RUFF_URL + "].hooks[ruff].args");
    }

    @Test
    void flowStyleRootIsRewrittenAndItsOtherValuesKeepTheirText() {
        String existing = "{ci: {skip: [mypy]}, exclude: '^docs/'}\n";

        PreCommitMergeResult result = merge(existing, Resolution.MERGE, RUFF);

        assertThat(result.text()).isEqualTo("ci: {skip: [mypy]}\nexclude: '^docs/'\nrepos:\n" + RUFF_BLOCK);
        assertThat(result.warnings()).singleElement().asString().contains("the top-level mapping");
    }

    @Test
    void explicitNullsAreReplacedByBlockLists() {
        PreCommitMergeResult repos = merge("repos: ~  # later\n", Resolution.MERGE, RUFF);
        PreCommitMergeResult hooks = merge("repos:\n  - repo: " + RUFF_URL + "\n    rev: v0.8.0\n    hooks: null\n",
                Resolution.MERGE, RUFF);

        assertThat(repos.text()).isEqualTo("repos:  # later\n" + RUFF_BLOCK);
        assertThat(repos.warnings()).containsExactly(
                ".pre-commit-config.yaml:1: 'repos' was null; Protostar replaced it with a block list");
        assertThat(hooks.text()).isEqualTo("repos:\n" + RUFF_BLOCK);
        assertThat(hooks.warnings()).singleElement().asString().contains("'hooks' of " + RUFF_URL + " was null");
    }

    @Test
    void flowCollectionsThatNeedNoEditStayAsWritten() {
        String existing = "repos: [{repo: local, hooks: []}]\n";

        PreCommitMergeResult result = merge(existing, Resolution.MERGE, PreCommitRepo.of("local", ""));

        assertThat(result.text()).isSameAs(existing);
        assertThat(result.warnings()).isEmpty();
    }
}
