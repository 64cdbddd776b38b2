package dev.protostar.core.format.toml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.Resolution;
import dev.protostar.api.WorkspacePath;
import org.junit.jupiter.api.Test;

/** MERGE: add what is missing, keep what the user has, byte for byte. */
class TomlMergerMergeTest {

    private static final WorkspacePath PYPROJECT = WorkspacePath.of("pyproject.toml");

    private static final String LINT_PAYLOAD = """
            [tool.ruff.lint]
            # what each rule family catches
            select = [
                "E",   # pycodestyle errors
                "F",   # pyflakes
            ]
            ignore = []
            """;

    static TomlMergeResult merge(String existing, String payload) {
        return TomlMerger.merge(PYPROJECT, existing, payload, Resolution.MERGE);
    }

    @Test
    void newSubTableLandsAfterItsParentAndBeforeTheNextTableWithItsComments() {
        String existing = """
                [project]
                name = "orbital-sim"

                [tool.ruff]
                line-length = 100

                [tool.black]
                line-length = 100
                """;

        TomlMergeResult result = merge(existing, LINT_PAYLOAD);

        assertThat(result.text()).isEqualTo("""
                [project]
                name = "orbital-sim"

                [tool.ruff]
                line-length = 100

                [tool.ruff.lint]
                # what each rule family catches
                select = [
                    "E",   # pycodestyle errors
                    "F",   # pyflakes
                ]
                ignore = []

                [tool.black]
                line-length = 100
                """);
        assertThat(result.changed()).isTrue();
        assertThat(result.keptKeys()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void newToolTableJoinsTheOtherToolTablesEvenWhenToolHasNoHeader() {
        String existing = """
                [project]
                name = "orbital-sim"

                [tool.ruff]
                line-length = 100

                [tool.ruff.lint]
                select = ["E"]

                # Build with hatch.
                [build-system]
                requires = ["hatchling"]
                """;
        String payload = """
                # Static typing
                [tool.mypy]
                strict = true

                [[tool.mypy.overrides]]
                module = "tests.*"

                [tool.pytest.ini_options]
                testpaths = ["tests"]
                """;

        TomlMergeResult once = merge(existing, payload);

        assertThat(once.text()).isEqualTo("""
                [project]
                name = "orbital-sim"

                [tool.ruff]
                line-length = 100

                [tool.ruff.lint]
                select = ["E"]

                # Static typing
                [tool.mypy]
                strict = true

                [[tool.mypy.overrides]]
                module = "tests.*"

                [tool.pytest.ini_options]
                testpaths = ["tests"]

                # Build with hatch.
                [build-system]
                requires = ["hatchling"]
                """);
        assertThat(merge(once.text(), payload).changed()).isFalse();
    }

    @Test
    void newTopLevelTableGoesToTheEndAfterOneBlankLine() {
        String existing = """
                [project]
                name = "orbital-sim"
                """;
        String payload = """
                # Static typing
                [tool.mypy]
                strict = true # catch everything
                """;

        assertThat(merge(existing, payload).text()).isEqualTo("""
                [project]
                name = "orbital-sim"

                # Static typing
                [tool.mypy]
                strict = true # catch everything
                """);
    }

    /** tomlj writes an inserted trailing comment two spaces after the value, whatever the payload's gap. */
    @Test
    void newKeyGoesAfterTheLastKeyOfItsTableWithItsComments() {
        String existing = """
                [tool.ruff]
                line-length = 100 # mine
                src = ["src"]

                # about black
                [tool.black]
                skip-string-normalization = true
                """;
        String payload = """
                [tool.ruff]
                # the interpreter we target
                target-version = 'py312' # literal string kept
                mask = 0xDEAD_BEEF
                """;

        assertThat(merge(existing, payload).text()).isEqualTo("""
                [tool.ruff]
                line-length = 100 # mine
                src = ["src"]
                # the interpreter we target
                target-version = 'py312'  # literal string kept
                mask = 0xDEAD_BEEF

                # about black
                [tool.black]
                skip-string-normalization = true
                """);
    }

    @Test
    void userValueIsKeptAndReportedOnlyWhenItDiffers() {
        String existing = """
                [tool.ruff]
                line-length = 100
                indent-width = 4
                """;
        String payload = """
                [tool.ruff]
                line-length = 88
                indent-width = 4
                """;

        TomlMergeResult result = merge(existing, payload);

        assertThat(result.text()).isEqualTo(existing);
        assertThat(result.changed()).isFalse();
        assertThat(result.keptKeys()).containsExactly("tool.ruff.line-length");
    }

    @Test
    void userArrayIsKeptWhole() {
        String existing = """
                [tool.ruff.lint]
                select = ["E"]
                """;

        TomlMergeResult result = merge(existing, LINT_PAYLOAD);

        assertThat(result.text()).isEqualTo("""
                [tool.ruff.lint]
                select = ["E"]
                ignore = []
                """);
        assertThat(result.keptKeys()).containsExactly("tool.ruff.lint.select");
    }

    @Test
    void typeClashIsAWarningNamingFileAndKeyAndLeavesTheKeyAlone() {
        String existing = """
                [tool]
                ruff = "see setup.cfg"
                """;

        TomlMergeResult result = merge(existing, LINT_PAYLOAD);

        assertThat(result.text()).isEqualTo(existing);
        assertThat(result.changed()).isFalse();
        assertThat(result.warnings()).containsExactly(
                "pyproject.toml: tool.ruff is a string in the file but a table in Protostar's settings;"
                        + " left it as it is. Rename or remove it to let Protostar add its own.");
    }

    @Test
    void scalarInPayloadAgainstUserTableIsAClashToo() {
        String existing = """
                [tool.ruff.lint]
                select = ["E"]
                """;
        String payload = """
                [tool.ruff]
                lint = false
                """;

        TomlMergeResult result = merge(existing, payload);

        assertThat(result.text()).isEqualTo(existing);
        assertThat(result.warnings()).singleElement().asString()
                .startsWith("pyproject.toml: tool.ruff.lint is a table in the file but a boolean");
    }

    @Test
    void arrayOfTablesGainsOnlyNewEntriesAndNotTwice() {
        String existing = """
                [tool.mypy]
                strict = true

                # vendored code
                [[tool.mypy.overrides]]
                module = "vendor.*"
                ignore_errors = true
                """;
        String payload = """
                [[tool.mypy.overrides]]
                module = "vendor.*"
                ignore_errors = true

                # tests may be untyped
                [[tool.mypy.overrides]]
                module = "tests.*"
                disallow_untyped_defs = false
                """;

        TomlMergeResult once = merge(existing, payload);
        TomlMergeResult twice = merge(once.text(), payload);

        assertThat(once.text()).isEqualTo("""
                [tool.mypy]
                strict = true

                # vendored code
                [[tool.mypy.overrides]]
                module = "vendor.*"
                ignore_errors = true

                # tests may be untyped
                [[tool.mypy.overrides]]
                module = "tests.*"
                disallow_untyped_defs = false
                """);
        assertThat(twice.text()).isEqualTo(once.text());
        assertThat(twice.changed()).isFalse();
    }

    @Test
    void mergingTwiceGivesTheSameBytesAsOnce() {
        String existing = """
                [project]
                name = "orbital-sim"

                [tool.ruff]
                line-length = 100
                """;
        String payload = LINT_PAYLOAD + """

                [tool.ruff]
                target-version = "py312"

                [tool.mypy]
                strict = true
                """;

        TomlMergeResult once = merge(existing, payload);
        TomlMergeResult twice = merge(once.text(), payload);

        assertThat(once.changed()).isTrue();
        assertThat(twice.text()).isEqualTo(once.text());
        assertThat(twice.changed()).isFalse();
    }

    @Test
    void absentFileBecomesThePayload() {
        TomlMergeResult result = merge(null, LINT_PAYLOAD);

        assertThat(result.text()).isEqualTo(LINT_PAYLOAD);
        assertThat(result.changed()).isTrue();
    }

    @Test
    void absentFileGetsAFinalNewlineEvenIfThePayloadLacksOne() {
        assertThat(merge(null, "[tool.mypy]\nstrict = true").text()).isEqualTo("[tool.mypy]\nstrict = true\n");
    }

    @Test
    void emptyFileGetsThePayload() {
        assertThat(merge("", LINT_PAYLOAD).text()).isEqualTo(LINT_PAYLOAD);
    }
}
