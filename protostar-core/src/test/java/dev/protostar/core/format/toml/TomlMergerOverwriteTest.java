package dev.protostar.core.format.toml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.Resolution;
import dev.protostar.api.WorkspacePath;
import org.junit.jupiter.api.Test;

/** OVERWRITE: the payload wins for what it names; the rest of the file is kept. */
class TomlMergerOverwriteTest {

    private static final WorkspacePath PYPROJECT = WorkspacePath.of("pyproject.toml");

    static TomlMergeResult overwrite(String existing, String payload) {
        return TomlMerger.merge(PYPROJECT, existing, payload, Resolution.OVERWRITE);
    }

    @Test
    void payloadValueReplacesTheUserValueInPlaceKeepingItsComments() {
        String existing = """
                [tool.ruff]
                # chosen by the team
                line-length = 100 # mine
                fix = true

                [tool.black]
                line-length = 100
                """;
        String payload = """
                [tool.ruff]
                line-length = 88
                fix = true
                """;

        TomlMergeResult result = overwrite(existing, payload);

        assertThat(result.text()).isEqualTo("""
                [tool.ruff]
                # chosen by the team
                line-length = 88 # mine
                fix = true

                [tool.black]
                line-length = 100
                """);
        assertThat(result.keptKeys()).isEmpty();
    }

    @Test
    void replacementKeepsThePayloadsNotation() {
        String existing = "[tool.x]\nmask = 1\nname = \"a\"\n";

        TomlMergeResult result = overwrite(existing, "[tool.x]\nmask = 0xFF\nname = 'b'\n");

        assertThat(result.text()).isEqualTo("[tool.x]\nmask = 0xFF\nname = 'b'\n");
    }

    @Test
    void keyThePayloadLacksIsRemovedButSiblingSubTablesAreKept() {
        String existing = """
                [tool.ruff]
                line-length = 100
                # not ours
                extend-exclude = ["vendor"]
                inline = { a = 1 }

                [tool.ruff.format]
                quote-style = "single"

                [[tool.ruff.plugin]]
                name = "p"

                [tool.black]
                line-length = 100
                """;
        String payload = """
                [tool.ruff]
                line-length = 88
                """;

        TomlMergeResult result = overwrite(existing, payload);

        assertThat(result.text()).isEqualTo("""
                [tool.ruff]
                line-length = 88
                inline = { a = 1 }

                [tool.ruff.format]
                quote-style = "single"

                [[tool.ruff.plugin]]
                name = "p"

                [tool.black]
                line-length = 100
                """);
    }

    @Test
    void tablesThePayloadOnlyPassesThroughAreNotPruned() {
        String existing = """
                [tool]
                owner = "me"

                [tool.ruff]
                line-length = 100
                """;
        String payload = """
                [tool.ruff.lint]
                select = ["E"]
                """;

        TomlMergeResult result = overwrite(existing, payload);

        assertThat(result.text()).isEqualTo("""
                [tool]
                owner = "me"

                [tool.ruff]
                line-length = 100

                [tool.ruff.lint]
                select = ["E"]
                """);
    }

    @Test
    void arrayOfTablesIsReplacedWhole() {
        String existing = """
                [tool.mypy]
                strict = true

                [[tool.mypy.overrides]]
                module = "old.*"
                ignore_errors = true

                [tool.pytest]
                x = 1
                """;
        String payload = """
                # tests may be untyped
                [[tool.mypy.overrides]]
                module = "tests.*"
                disallow_untyped_defs = false
                """;

        TomlMergeResult result = overwrite(existing, payload);

        assertThat(result.text()).isEqualTo("""
                [tool.mypy]
                strict = true

                # tests may be untyped
                [[tool.mypy.overrides]]
                module = "tests.*"
                disallow_untyped_defs = false

                [tool.pytest]
                x = 1
                """);
        assertThat(overwrite(result.text(), payload).changed()).isFalse();
    }

    @Test
    void typeClashIsStillAWarningAndTheUserValueStays() {
        String existing = "[tool]\nruff = \"see setup.cfg\"\n";

        TomlMergeResult result = overwrite(existing, "[tool.ruff]\nline-length = 88\n");

        assertThat(result.text()).isEqualTo(existing);
        assertThat(result.warnings()).singleElement().asString()
                .isEqualTo("pyproject.toml: tool.ruff is a string in the file but a table in Protostar's settings;"
                        + " left it as it is. Rename or remove it to let Protostar add its own.");
    }

    @Test
    void overwritingTwiceGivesTheSameBytesAsOnce() {
        String existing = """
                [tool.ruff]
                line-length = 100
                extra = 1
                """;
        String payload = """
                [tool.ruff]
                line-length = 88

                [tool.ruff.lint]
                select = ["E"]
                """;

        TomlMergeResult once = overwrite(existing, payload);
        TomlMergeResult twice = overwrite(once.text(), payload);

        assertThat(once.text()).isEqualTo("""
                [tool.ruff]
                line-length = 88

                [tool.ruff.lint]
                select = ["E"]
                """);
        assertThat(twice.text()).isEqualTo(once.text());
        assertThat(twice.changed()).isFalse();
    }

    @Test
    void replacementInsideATomlOneInlineTableDropsThePayloadsComments() {
        String existing = "[tool]\nruff = { select = [\"E\"], fix = true }\n";
        String payload = """
                [tool.ruff]
                select = [
                    "E",  # errors
                    "F",  # pyflakes
                ]
                fix = true
                """;

        TomlMergeResult result = overwrite(existing, payload);

        assertThat(result.text()).isEqualTo("[tool]\nruff = { select = [\"E\", \"F\"], fix = true }\n");
        assertThat(overwrite(result.text(), payload).changed()).isFalse();
    }

    @Test
    void abortIsNotAMergeMode() {
        assertThatThrownBy(() -> TomlMerger.merge(PYPROJECT, "", "", Resolution.ABORT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pyproject.toml");
    }
}
