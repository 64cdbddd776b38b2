package dev.protostar.core.format.yaml;

import static dev.protostar.core.format.yaml.PreCommitConfigMergerMergeTest.HOOKS;
import static dev.protostar.core.format.yaml.PreCommitConfigMergerMergeTest.RUFF;
import static dev.protostar.core.format.yaml.PreCommitConfigMergerMergeTest.merge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.Resolution;
import org.junit.jupiter.api.Test;

/** Line breaks, a byte order mark and a missing final newline survive every merge. */
class PreCommitConfigMergerFramingTest {

    private static final String BASE = """
            repos:
              - repo: https://github.com/pre-commit/pre-commit-hooks
                rev: v5.0.0
                hooks:
                  - id: trailing-whitespace
            """;

    private static final String MERGED = """
            repos:
              - repo: https://github.com/pre-commit/pre-commit-hooks
                rev: v5.0.0
                hooks:
                  - id: trailing-whitespace
                  - id: check-yaml
                    args: [--unsafe]
              - repo: https://github.com/astral-sh/ruff-pre-commit
                rev: v0.8.0
                hooks:
                  - id: ruff
                    args: [--fix]
                  - id: ruff-format
            """;

    private static String crlf(String text) {
        return text.replace("\n", "\r\n");
    }

    @Test
    void crlfFileGetsCrlfLines() {
        PreCommitMergeResult result = merge(crlf(BASE), Resolution.MERGE, HOOKS, RUFF);

        assertThat(result.text()).isEqualTo(crlf(MERGED));
    }

    @Test
    void missingFinalNewlineStaysMissingAfterAppendedLines() {
        String base = BASE.substring(0, BASE.length() - 1);

        PreCommitMergeResult result = merge(base, Resolution.MERGE, HOOKS, RUFF);

        assertThat(result.text()).isEqualTo(MERGED.substring(0, MERGED.length() - 1));
    }

    @Test
    void missingFinalNewlineStaysMissingWhenTheEditIsInTheMiddle() {
        String base = BASE + "ci:\n  skip: [ruff]";

        PreCommitMergeResult result = merge(base, Resolution.MERGE, HOOKS);

        assertThat(result.text()).isEqualTo("""
                repos:
                  - repo: https://github.com/pre-commit/pre-commit-hooks
                    rev: v5.0.0
                    hooks:
                      - id: trailing-whitespace
                      - id: check-yaml
                        args: [--unsafe]
                ci:
                  skip: [ruff]""");
    }

    @Test
    void crlfWithoutFinalNewlineAndByteOrderMark() {
        String base = "\uFEFF" + crlf(BASE).substring(0, crlf(BASE).length() - 2);

        PreCommitMergeResult result = merge(base, Resolution.MERGE, HOOKS, RUFF);

        String expected = crlf(MERGED);
        assertThat(result.text()).isEqualTo("\uFEFF" + expected.substring(0, expected.length() - 2));
    }

    @Test
    void commentOnlyFileWithoutFinalNewline() {
        PreCommitMergeResult result = merge("# hooks", Resolution.MERGE, HOOKS);

        assertThat(result.text()).isEqualTo("""
                # hooks
                repos:
                  - repo: https://github.com/pre-commit/pre-commit-hooks
                    rev: v5.0.0
                    hooks:
                      - id: trailing-whitespace
                      - id: check-yaml
                        args: [--unsafe]""");
    }

    @Test
    void byteOrderMarkIsKeptAndNothingElseChangesWhenNothingIsMissing() {
        String base = "\uFEFF" + crlf(BASE);

        PreCommitMergeResult result = merge(base, Resolution.MERGE, PreCommitConfigMergerMergeTest.HOOKS);
        PreCommitMergeResult unchanged = merge(result.text(), Resolution.MERGE, HOOKS);

        assertThat(result.text()).startsWith("\uFEFFrepos:\r\n").doesNotContain("\uFEFF\uFEFF");
        assertThat(result.text().replace("\r\n", "")).doesNotContain("\n");
        assertThat(unchanged.text()).isSameAs(result.text());
        assertThat(unchanged.changed()).isFalse();
    }

    @Test
    void blockScalarEndingTheFileWithoutLineBreakKeepsItsValueWhenLinesFollow() {
        String base = "ci:\n  autofix_commit_msg: |\n    style: pre-commit fixes\n    # not a comment";

        PreCommitMergeResult result = merge(base, Resolution.MERGE, PreCommitConfigMergerMergeTest.RUFF);
        PreCommitMergeResult again = merge(result.text(), Resolution.MERGE, PreCommitConfigMergerMergeTest.RUFF);

        assertThat(result.text()).isEqualTo("""
                ci:
                  autofix_commit_msg: |-
                    style: pre-commit fixes
                    # not a comment
                repos:
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.8.0
                    hooks:
                      - id: ruff
                        args: [--fix]
                      - id: ruff-format""");
        assertThat(result.warnings()).containsExactly(".pre-commit-config.yaml:2: the block scalar here ended the"
                + " file without a line break; Protostar marked it '-' (strip) so that its value stays the same"
                + " with lines after it");
        assertThat(again.changed()).isFalse();
    }

    @Test
    void keptTrailingLinesIndicatorBecomesStripToo() {
        String base = "ci:\n  autofix_commit_msg: >+\n    fixes";

        PreCommitMergeResult result = merge(base, Resolution.MERGE, PreCommitConfigMergerMergeTest.RUFF);

        assertThat(result.text()).startsWith("ci:\n  autofix_commit_msg: >-\n    fixes\nrepos:\n");
    }

    @Test
    void blockScalarThatIsNotLastNeedsNoChange() {
        String base = "ci:\n  autofix_commit_msg: |\n    fixes\n  skip: []";

        PreCommitMergeResult result = merge(base, Resolution.MERGE, PreCommitConfigMergerMergeTest.RUFF);

        assertThat(result.text()).startsWith(base + "\nrepos:\n");
        assertThat(result.warnings()).isEmpty();
    }
}
