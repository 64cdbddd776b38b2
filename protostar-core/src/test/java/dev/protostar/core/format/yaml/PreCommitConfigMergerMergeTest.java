package dev.protostar.core.format.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.PreCommitHook;
import dev.protostar.api.PreCommitRepo;
import dev.protostar.api.Resolution;
import dev.protostar.api.WorkspacePath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MERGE, byte for byte: missing repositories and hooks are added in the file's own layout. */
class PreCommitConfigMergerMergeTest {

    static final WorkspacePath FILE = WorkspacePath.of(".pre-commit-config.yaml");

    static final String HOOKS_URL = "https://github.com/pre-commit/pre-commit-hooks";
    static final String RUFF_URL = "https://github.com/astral-sh/ruff-pre-commit";

    /** pre-commit-hooks at v5.0.0 with trailing-whitespace and check-yaml --unsafe. */
    static final PreCommitRepo HOOKS = new PreCommitRepo(HOOKS_URL, "v5.0.0", List.of(
            PreCommitHook.of("trailing-whitespace"),
            new PreCommitHook("check-yaml", List.of("--unsafe"), List.of())));

    /** ruff with --fix, and ruff-format. */
    static final PreCommitRepo RUFF = new PreCommitRepo(RUFF_URL, "v0.8.0", List.of(
            new PreCommitHook("ruff", List.of("--fix"), List.of()),
            PreCommitHook.of("ruff-format")));

    /** A commented real-world configuration, two-space lists. */
    static final String REAL_WORLD = """
            # Pre-commit hooks for orbital-sim.
            # Run `pre-commit run --all-files` after changing this file.
            default_language_version:
              python: python3.12   # matches .python-version

            default_stages: [pre-commit, pre-push]
            exclude: ^(docs/|vendor/)

            repos:
              # Generic file hygiene
              - repo: https://github.com/pre-commit/pre-commit-hooks
                rev: v4.6.0
                hooks:
                  - id: trailing-whitespace
                  - id: end-of-file-fixer
                  - id: check-added-large-files
                    args: ['--maxkb=500']

              - repo: https://github.com/psf/black
                rev: "24.4.2"
                hooks:
                  - id: black
                    language_version: python3.12
              # - repo: https://github.com/pycqa/isort   (disabled for now)

            ci:
              autofix_commit_msg: |
                [pre-commit.ci] auto fixes

                for more information, see https://pre-commit.ci
              autoupdate_schedule: monthly
              skip: [mypy]
            """;

    static PreCommitMergeResult merge(String existing, Resolution resolution, PreCommitRepo... repos) {
        return PreCommitConfigMerger.merge(FILE, existing, List.of(repos), resolution);
    }

    @Test
    void absentFileIsRenderedWithAHeaderAndTheRepositories() {
        PreCommitRepo repo = new PreCommitRepo(HOOKS_URL, "v5.0.0", List.of(
                PreCommitHook.of("trailing-whitespace"),
                new PreCommitHook("check-yaml", List.of("--unsafe"), List.of()),
                new PreCommitHook("mypy", List.of(), List.of("numpy", "pandas"))));

        PreCommitMergeResult result = merge(null, Resolution.MERGE, repo);

        assertThat(result.text()).isEqualTo("""
                # pre-commit: checks that git runs on every commit (https://pre-commit.com).
                # Protostar keeps the repositories it manages up to date and leaves every other line alone.
                repos:
                  - repo: https://github.com/pre-commit/pre-commit-hooks
                    rev: v5.0.0
                    hooks:
                      - id: trailing-whitespace
                      - id: check-yaml
                        args: [--unsafe]
                      - id: mypy
                        additional_dependencies: [numpy, pandas]
                """);
        assertThat(result.changed()).isTrue();
        assertThat(result.keptKeys()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void absentFileWithoutRepositoriesHoldsAnEmptyList() {
        PreCommitMergeResult result = merge(null, Resolution.MERGE);

        assertThat(result.text()).endsWith("\nrepos: []\n");
    }

    @Test
    void realWorldConfigGainsAMissingHookAndAMissingRepository() {
        PreCommitMergeResult result = merge(REAL_WORLD, Resolution.MERGE, HOOKS, RUFF);

        assertThat(result.text()).isEqualTo("""
                # Pre-commit hooks for orbital-sim.
                # Run `pre-commit run --all-files` after changing this file.
                default_language_version:
                  python: python3.12   # matches .python-version

                default_stages: [pre-commit, pre-push]
                exclude: ^(docs/|vendor/)

                repos:
                  # Generic file hygiene
                  - repo: https://github.com/pre-commit/pre-commit-hooks
                    rev: v4.6.0
                    hooks:
                      - id: trailing-whitespace
                      - id: end-of-file-fixer
                      - id: check-added-large-files
                        args: ['--maxkb=500']
                      - id: check-yaml
                        args: [--unsafe]

                  - repo: https://github.com/psf/black
                    rev: "24.4.2"
                    hooks:
                      - id: black
                        language_version: python3.12

                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.8.0
                    hooks:
                      - id: ruff
                        args: [--fix]
                      - id: ruff-format
                  # - repo: https://github.com/pycqa/isort   (disabled for now)

                ci:
                  autofix_commit_msg: |
                    [pre-commit.ci] auto fixes

                    for more information, see https://pre-commit.ci
                  autoupdate_schedule: monthly
                  skip: [mypy]
                """);
        assertThat(result.changed()).isTrue();
        assertThat(result.keptKeys()).containsExactly("repos[" + HOOKS_URL + "].rev");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void fourSpaceListsAreExtendedInTheirOwnIndentation() {
        String existing = """
                # See https://pre-commit.com for more information
                default_language_version:
                    python: python3.11
                repos:
                    -   repo: https://github.com/pre-commit/pre-commit-hooks
                        rev: v5.0.0
                        hooks:
                            -   id: trailing-whitespace   # keep
                            # -   id: check-json
                    -   repo: https://github.com/psf/black
                        rev: 24.4.2
                        hooks:
                            -   id: black
                ci:
                    skip: [black]
                """;

        PreCommitMergeResult result = merge(existing, Resolution.MERGE, HOOKS, RUFF);

        assertThat(result.text()).isEqualTo("""
                # See https://pre-commit.com for more information
                default_language_version:
                    python: python3.11
                repos:
                    -   repo: https://github.com/pre-commit/pre-commit-hooks
                        rev: v5.0.0
                        hooks:
                            -   id: trailing-whitespace   # keep
                            -   id: check-yaml
                                args: [--unsafe]
                            # -   id: check-json
                    -   repo: https://github.com/psf/black
                        rev: 24.4.2
                        hooks:
                            -   id: black
                    -   repo: https://github.com/astral-sh/ruff-pre-commit
                        rev: v0.8.0
                        hooks:
                            -   id: ruff
                                args: [--fix]
                            -   id: ruff-format
                ci:
                    skip: [black]
                """);
        assertThat(result.keptKeys()).isEmpty();
    }

    @Test
    void zeroSpaceListsAreExtendedInTheirOwnIndentation() {
        String existing = """
                default_language_version:
                  python: python3.12
                repos:
                - repo: https://github.com/pre-commit/pre-commit-hooks
                  rev: v5.0.0
                  hooks:
                  - id: trailing-whitespace
                # linters
                - repo: https://github.com/psf/black
                  rev: 24.4.2
                  hooks:
                  - id: black
                ci:
                  autofix_prs: false
                """;

        PreCommitMergeResult result = merge(existing, Resolution.MERGE, HOOKS, RUFF);

        assertThat(result.text()).isEqualTo("""
                default_language_version:
                  python: python3.12
                repos:
                - repo: https://github.com/pre-commit/pre-commit-hooks
                  rev: v5.0.0
                  hooks:
                  - id: trailing-whitespace
                  - id: check-yaml
                    args: [--unsafe]
                # linters
                - repo: https://github.com/psf/black
                  rev: 24.4.2
                  hooks:
                  - id: black
                - repo: https://github.com/astral-sh/ruff-pre-commit
                  rev: v0.8.0
                  hooks:
                  - id: ruff
                    args: [--fix]
                  - id: ruff-format
                ci:
                  autofix_prs: false
                """);
    }

    @Test
    void hookListsMayBeIndentedDifferentlyFromTheRepositoryList() {
        String existing = """
                repos:
                  - repo: https://github.com/psf/black
                    rev: 24.4.2
                    hooks:
                    - id: black
                """;

        PreCommitMergeResult result = merge(existing, Resolution.MERGE, RUFF);

        assertThat(result.text()).isEqualTo(existing + """
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.8.0
                    hooks:
                    - id: ruff
                      args: [--fix]
                    - id: ruff-format
                """);
    }

    @Test
    void existingValuesAreKeptAndReportedOnlyWhenTheyDiffer() {
        String existing = """
                repos:
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.8.0
                    hooks:
                      - id: ruff
                        args: [--fix, --show-fixes]
                      - id: ruff-format
                """;
        PreCommitRepo declared = new PreCommitRepo(RUFF_URL, "v0.9.1", List.of(
                new PreCommitHook("ruff", List.of("--fix"), List.of()),
                new PreCommitHook("ruff-format", List.of(), List.of("black"))));

        PreCommitMergeResult differing = merge(existing, Resolution.MERGE, declared);
        PreCommitMergeResult same = merge(existing, Resolution.MERGE, new PreCommitRepo(RUFF_URL, "v0.8.0",
                List.of(new PreCommitHook("ruff", List.of("--fix", "--show-fixes"), List.of()),
                        PreCommitHook.of("ruff-format"))));

        assertThat(differing.text()).isEqualTo(existing);
        assertThat(differing.changed()).isFalse();
        assertThat(differing.keptKeys()).containsExactly(
                "repos[" + RUFF_URL + "].rev",
                "repos[" + RUFF_URL + "].hooks[ruff].args",
                "repos[" + RUFF_URL + "].hooks[ruff-format].additional_dependencies");
        assertThat(same.text()).isEqualTo(existing);
        assertThat(same.changed()).isFalse();
        assertThat(same.keptKeys()).isEmpty();
    }

    @Test
    void mergingTwiceChangesNothingTheSecondTime() {
        PreCommitMergeResult first = merge(REAL_WORLD, Resolution.MERGE, HOOKS, RUFF);

        PreCommitMergeResult second = merge(first.text(), Resolution.MERGE, HOOKS, RUFF);

        assertThat(second.text()).isSameAs(first.text());
        assertThat(second.changed()).isFalse();
        assertThat(second.warnings()).isEmpty();
    }

    @Test
    void commentOnlyFileGetsAReposKeyAfterItsComments() {
        String existing = "# pre-commit hooks will go here\n\n# (none yet)\n";

        PreCommitMergeResult result = merge(existing, Resolution.MERGE, RUFF);

        assertThat(result.text()).isEqualTo(existing + """
                repos:
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.8.0
                    hooks:
                      - id: ruff
                        args: [--fix]
                      - id: ruff-format
                """);
        assertThat(result.changed()).isTrue();
    }

    @Test
    void emptyFileGetsJustTheRepositories() {
        PreCommitMergeResult result = merge("", Resolution.MERGE, RUFF);

        assertThat(result.text()).startsWith("repos:\n  - repo: https://github.com/astral-sh/ruff-pre-commit\n");
    }

    @Test
    void fileWithoutReposGetsItAtTheEndInTheRootsColumn() {
        String existing = """
                default_language_version:
                    python: python3.12
                ci:
                    skip: [mypy]   # slow
                """;

        PreCommitMergeResult result = merge(existing, Resolution.MERGE, RUFF);

        assertThat(result.text()).isEqualTo(existing + """
                repos:
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.8.0
                    hooks:
                      - id: ruff
                        args: [--fix]
                      - id: ruff-format
                """);
    }

    @Test
    void reposAreAddedBeforeADocumentEndMarker() {
        String existing = "---\nci:\n  skip: []\n...\n# after the document\n";

        PreCommitMergeResult result = merge(existing, Resolution.MERGE, PreCommitRepo.of("local", ""));

        assertThat(result.text()).isEqualTo(
                "---\nci:\n  skip: []\nrepos:\n  - repo: local\n    hooks: []\n...\n# after the document\n");
    }

    @Test
    void repositoryWithoutHooksKeyGetsOneAfterItsLastLine() {
        String existing = """
                repos:
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.8.0   # no hooks yet
                # end of repos
                """;

        PreCommitMergeResult result = merge(existing, Resolution.MERGE, RUFF);

        assertThat(result.text()).isEqualTo("""
                repos:
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.8.0   # no hooks yet
                    hooks:
                      - id: ruff
                        args: [--fix]
                      - id: ruff-format
                # end of repos
                """);
    }

    @Test
    void emptyHooksAndReposValuesAreFilledBelowTheirKeys() {
        String existing = """
                repos:   # managed below
                fail_fast: true
                """;
        String emptyHooks = """
                repos:
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.8.0
                    hooks:   # to do
                fail_fast: true
                """;

        assertThat(merge(existing, Resolution.MERGE, RUFF).text()).isEqualTo("""
                repos:   # managed below
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.8.0
                    hooks:
                      - id: ruff
                        args: [--fix]
                      - id: ruff-format
                fail_fast: true
                """);
        PreCommitMergeResult hooks = merge(emptyHooks, Resolution.MERGE, RUFF);
        assertThat(hooks.text()).isEqualTo("""
                repos:
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.8.0
                    hooks:   # to do
                      - id: ruff
                        args: [--fix]
                      - id: ruff-format
                fail_fast: true
                """);
        assertThat(hooks.warnings()).isEmpty();
    }

    @Test
    void hooksAfterABlockScalarGoAfterItsLastLine() {
        String existing = """
                repos:
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.8.0
                    hooks:
                      - id: ruff
                        description: |
                          Lints.
                          # this line is text, not a comment

                ci: {}
                """;

        PreCommitMergeResult result = merge(existing, Resolution.MERGE, RUFF);

        assertThat(result.text()).isEqualTo("""
                repos:
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.8.0
                    hooks:
                      - id: ruff
                        description: |
                          Lints.
                          # this line is text, not a comment
                      - id: ruff-format

                ci: {}
                """);
    }

    @Test
    void aHookPresentInASecondEntryOfTheSameUrlIsNotAddedAgain() {
        String existing = """
                repos:
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.8.0
                    hooks:
                      - id: ruff
                        args: [--fix]
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.8.0
                    hooks:
                      - id: ruff-format
                """;

        PreCommitMergeResult result = merge(existing, Resolution.MERGE, RUFF);

        assertThat(result.changed()).isFalse();
        assertThat(result.text()).isEqualTo(existing);
    }

    @Test
    void duplicateDeclarationsCollapseIntoOneEntry() {
        PreCommitMergeResult result = merge("repos:\n", Resolution.MERGE,
                PreCommitRepo.of(RUFF_URL, "v0.8.0", "ruff"),
                PreCommitRepo.of(RUFF_URL, "v0.1.0", "ruff-format", "ruff"));

        assertThat(result.text()).isEqualTo("""
                repos:
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.8.0
                    hooks:
                      - id: ruff
                      - id: ruff-format
                """);
    }

    @Test
    void scalarsAreQuotedOnlyWhenYamlNeedsIt() {
        PreCommitRepo repo = new PreCommitRepo("https://example.com/hooks repo", "1.10", List.of(
                new PreCommitHook("yes", List.of("--maxkb=500", "pydantic[mypy]", "on", "1.10", "it's", "#x", "a: b",
                        "x,y", "", "types-requests>=2.0", "--config=a:b", "é"), List.of())));

        PreCommitMergeResult result = merge("repos:\n", Resolution.MERGE, repo);

        assertThat(result.text()).isEqualTo("""
                repos:
                  - repo: https://example.com/hooks repo
                    rev: '1.10'
                    hooks:
                      - id: 'yes'
                        args: [--maxkb=500, 'pydantic[mypy]', 'on', '1.10', 'it''s', '#x', 'a: b', 'x,y', '', \
                types-requests>=2.0, '--config=a:b', é]
                """);
    }
}
