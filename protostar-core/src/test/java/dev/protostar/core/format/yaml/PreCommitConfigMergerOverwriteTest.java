package dev.protostar.core.format.yaml;

import static dev.protostar.core.format.yaml.PreCommitConfigMergerMergeTest.HOOKS;
import static dev.protostar.core.format.yaml.PreCommitConfigMergerMergeTest.REAL_WORLD;
import static dev.protostar.core.format.yaml.PreCommitConfigMergerMergeTest.RUFF;
import static dev.protostar.core.format.yaml.PreCommitConfigMergerMergeTest.RUFF_URL;
import static dev.protostar.core.format.yaml.PreCommitConfigMergerMergeTest.merge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.Resolution;
import org.junit.jupiter.api.Test;

/** OVERWRITE: managed repositories are replaced as whole entries, in place; the others are kept. */
class PreCommitConfigMergerOverwriteTest {

    @Test
    void managedRepositoryIsReplacedInPlaceWhileAForeignOneStays() {
        PreCommitMergeResult result = merge(REAL_WORLD, Resolution.OVERWRITE, HOOKS, RUFF);

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
                    rev: v5.0.0
                    hooks:
                      - id: trailing-whitespace
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
        assertThat(result.keptKeys()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void replacementKeepsTheEntrysOwnIndentation() {
        String existing = """
                repos:
                -   repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.1.0   # old
                    hooks:
                    - id: ruff
                      args: [--fix, --unsafe-fixes]
                    - id: ruff-format
                    files: ^src/
                -   repo: local
                    hooks:
                    - id: pytest
                      name: pytest
                      entry: pytest
                      language: system
                """;

        PreCommitMergeResult result = merge(existing, Resolution.OVERWRITE, RUFF);

        assertThat(result.text()).isEqualTo("""
                repos:
                -   repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.8.0
                    hooks:
                    - id: ruff
                      args: [--fix]
                    - id: ruff-format
                -   repo: local
                    hooks:
                    - id: pytest
                      name: pytest
                      entry: pytest
                      language: system
                """);
    }

    @Test
    void entryWithTheDeclaredDataIsLeftAsWritten() {
        String existing = """
                repos:
                  - repo: "https://github.com/astral-sh/ruff-pre-commit"   # quoted on purpose
                    rev: 'v0.8.0'
                    hooks: [{id: ruff, args: [--fix]}, {id: ruff-format}]
                """;

        PreCommitMergeResult result = merge(existing, Resolution.OVERWRITE, RUFF);

        assertThat(result.text()).isSameAs(existing);
        assertThat(result.changed()).isFalse();
    }

    @Test
    void overwritingTwiceChangesNothingTheSecondTime() {
        PreCommitMergeResult first = merge(REAL_WORLD, Resolution.OVERWRITE, HOOKS, RUFF);

        PreCommitMergeResult second = merge(first.text(), Resolution.OVERWRITE, HOOKS, RUFF);

        assertThat(second.text()).isEqualTo(first.text());
        assertThat(second.changed()).isFalse();
    }

    @Test
    void onlyTheFirstOfTwoEntriesWithTheSameUrlIsReplacedAndTheOtherIsReported() {
        String existing = """
                repos:
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.1.0
                    hooks:
                      - id: ruff
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.1.0
                    hooks:
                      - id: ruff-format
                """;

        PreCommitMergeResult result = merge(existing, Resolution.OVERWRITE, RUFF);

        assertThat(result.text()).isEqualTo("""
                repos:
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.8.0
                    hooks:
                      - id: ruff
                        args: [--fix]
                      - id: ruff-format
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.1.0
                    hooks:
                      - id: ruff-format
                """);
        assertThat(result.warnings()).containsExactly(".pre-commit-config.yaml:6: " + RUFF_URL
                + " is listed more than once; only its first entry was replaced, the others were kept");
    }

    @Test
    void flowStyleEntryIsReplacedInBlockStyle() {
        String existing = """
                repos:
                  - {repo: https://github.com/astral-sh/ruff-pre-commit, rev: v0.1.0, hooks: [{id: ruff}]}
                  - repo: https://github.com/psf/black
                    rev: 24.4.2
                    hooks:
                      - id: black
                """;

        PreCommitMergeResult result = merge(existing, Resolution.OVERWRITE, RUFF);

        assertThat(result.text()).isEqualTo("""
                repos:
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.8.0
                    hooks:
                      - id: ruff
                        args: [--fix]
                      - id: ruff-format
                  - repo: https://github.com/psf/black
                    rev: 24.4.2
                    hooks:
                      - id: black
                """);
    }
}
