package dev.protostar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.InvalidArgumentException;
import dev.protostar.api.PreCommitRepo;
import dev.protostar.api.Resolution;
import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Merge}: the run's merge engines on two texts, byte for byte. */
class MergeTest {

    @Test
    void tomlAddsMissingKeysAndKeepsTheUsersValueAndComment() {
        String current = "[project]\nname = \"x\"\n\n[tool.ruff]\nline-length = 100  # mine\n";

        MergeResult result = Merge.toml(current,
                "[tool.ruff]\nline-length = 88\ntarget-version = \"py313\"\n", Resolution.MERGE);

        assertThat(result.text()).isEqualTo(
                "[project]\nname = \"x\"\n\n[tool.ruff]\nline-length = 100  # mine\ntarget-version = \"py313\"\n");
        assertThat(result.changed()).isTrue();
        assertThat(result.keptKeys()).containsExactly("tool.ruff.line-length");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void tomlOverwriteReplacesTheValueOnly() {
        MergeResult result = Merge.toml("[tool.ruff]\r\nline-length = 100  # mine\r\n",
                "[tool.ruff]\nline-length = 88\n", Resolution.OVERWRITE);

        assertThat(result.text()).isEqualTo("[tool.ruff]\r\nline-length = 88  # mine\r\n");
        assertThat(result.keptKeys()).isEmpty();
    }

    @Test
    void tomlIntoAnAbsentFileIsThePayload() {
        MergeResult result = Merge.toml(null, "[tool.mypy]\nstrict = true\n", Resolution.MERGE);

        assertThat(result.text()).isEqualTo("[tool.mypy]\nstrict = true\n");
        assertThat(result.changed()).isTrue();
    }

    @Test
    void brokenTomlIsAValidationErrorAtItsLineAndColumn() {
        assertThatThrownBy(() -> Merge.toml("a = 1\nb = \n", "c = 2\n", Resolution.MERGE))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.path()).isEqualTo(WorkspacePath.of("current.toml"));
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isPositive();
                    assertThat(e.getMessage()).startsWith("current.toml:2:");
                });
        assertThatThrownBy(() -> Merge.toml("a = 1\n", "\n[tool\n", Resolution.MERGE))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.path()).isEqualTo(WorkspacePath.of("payload.toml"));
                    assertThat(e.line()).isEqualTo(2);
                });
    }

    @Test
    void jsoncAddsAMemberInTheFilesOwnStyleAndKeepsComments() {
        String current = "{\n    // mine\n    \"editor.rulers\": [80],\n}\n";

        MergeResult result = Merge.jsonc(current,
                "{\"editor.rulers\": [100], \"files.trimTrailingWhitespace\": true}", Resolution.MERGE);

        assertThat(result.text()).isEqualTo(
                "{\n    // mine\n    \"editor.rulers\": [80],\n    \"files.trimTrailingWhitespace\": true,\n}\n");
        assertThat(result.keptKeys()).containsExactly("editor.rulers");
        assertThat(result.changed()).isTrue();
    }

    @Test
    void jsoncErrorsNameTheTextLineAndColumn() {
        assertThatThrownBy(() -> Merge.jsonc("{\n  \"a\": 1,\n  \"a\": 2\n}\n", "{}", Resolution.MERGE))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.path()).isEqualTo(WorkspacePath.of("current.jsonc"));
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(3);
                });
        assertThatThrownBy(() -> Merge.jsonc("{}", "{\n  // no comments here\n  \"a\": 1\n}", Resolution.MERGE))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.path()).isEqualTo(WorkspacePath.of("payload.json"));
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(3);
                });
        assertThatThrownBy(() -> Merge.jsonc("{}", "  ", Resolution.MERGE))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.path()).isEqualTo(WorkspacePath.of("payload.json"));
                    assertThat(e.line()).isEqualTo(1);
                });
    }

    @Test
    void preCommitAddsAMissingRepositoryAfterTheLastAndKeepsTheUsersRev() {
        String current = """
                # my hooks
                repos:
                  - repo: https://github.com/psf/black
                    rev: 24.4.2
                    hooks:
                      - id: black
                """;

        MergeResult result = Merge.preCommit(current, List.of(
                PreCommitRepo.of("https://github.com/psf/black", "25.1.0", "black"),
                PreCommitRepo.of("https://github.com/astral-sh/ruff-pre-commit", "v0.8.0", "ruff")),
                Resolution.MERGE);

        assertThat(result.text()).isEqualTo("""
                # my hooks
                repos:
                  - repo: https://github.com/psf/black
                    rev: 24.4.2
                    hooks:
                      - id: black
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.8.0
                    hooks:
                      - id: ruff
                """);
        assertThat(result.keptKeys()).containsExactly("repos[https://github.com/psf/black].rev");
    }

    @Test
    void brokenPreCommitConfigurationIsAValidationErrorAtItsLine() {
        assertThatThrownBy(() -> Merge.preCommit("repos:\n  - rev: v1\n", List.of(), Resolution.MERGE))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.path()).isEqualTo(WorkspacePath.of("current.pre-commit-config.yaml"));
                    assertThat(e.line()).isEqualTo(2);
                });
    }

    @Test
    void ignoreLinesAppendsMissingEntriesWithTheFilesLineBreak() {
        MergeResult result = Merge.ignoreLines("node_modules/\r\n.envrc", List.of(".envrc", " .env ", ".venv/"));

        assertThat(result.text()).isEqualTo("node_modules/\r\n.envrc\r\n.env\r\n.venv/\r\n");
        assertThat(result.changed()).isTrue();
        assertThat(result.keptKeys()).isEmpty();
        assertThat(Merge.ignoreLines(result.text(), List.of(".env")).changed()).isFalse();
        assertThat(Merge.ignoreLines(null, List.of())).isEqualTo(new MergeResult("", false, List.of(), List.of()));
        assertThat(Merge.ignoreLines(null, List.of("dist/")).text()).isEqualTo("dist/\n");
    }

    @Test
    void anIgnoreEntryOfTwoLinesIsRefused() {
        assertThatThrownBy(() -> Merge.ignoreLines("", List.of("dist/\n!important")))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("line break");
    }

    @Test
    void abortIsNotAMergeResolution() {
        assertThatThrownBy(() -> Merge.toml("", "", Resolution.ABORT)).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("ABORT");
        assertThatThrownBy(() -> Merge.jsonc("{}", "{}", Resolution.ABORT))
                .isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> Merge.preCommit(null, List.of(), Resolution.ABORT))
                .isInstanceOf(InvalidArgumentException.class);
    }
}
