package dev.protostar.core.format.toml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.Resolution;
import dev.protostar.api.WorkspacePath;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Payload entries that land in a TOML 1.0 inline table go in without their comments and line
 * breaks (tomlj cannot write those there), in every merge entry point, and the rest of the payload
 * keeps its comments. The merge first applies the edits unchecked and renders once; these cases are
 * the ones where that rendering is refused and the edits run again, checked one by one.
 */
class TomlMergerInlineTableTest {

    private static final WorkspacePath PYPROJECT = WorkspacePath.of("pyproject.toml");

    private static final String EXISTING = """
            [project]
            name = "x"

            [tool]
            ruff = { line-length = 100 }  # keep
            """;

    private static final String RUFF = """
            [tool.ruff]
            # Ruff's defaults
            target-version = "py313"  # the project's Python

            [tool.ruff.lint]
            # rules
            select = [
              "E",  # errors
              "F",
            ]
            """;

    private static final String MYPY = """
            [tool.mypy]
            # strict
            strict = true
            """;

    @Test
    void oneMergeIntoAnInlineTableDropsOnlyTheCommentsThatCannotGoThere() {
        TomlMergeResult result = TomlMerger.merge(PYPROJECT, EXISTING, RUFF, Resolution.MERGE);

        assertThat(result.text()).isEqualTo("""
                [project]
                name = "x"

                [tool]
                ruff = { line-length = 100, target-version = "py313", lint = { select = ["E", "F"] } }  # keep
                """);
        assertThat(result.changed()).isTrue();
    }

    @Test
    void mergeAllKeepsTheCommentsOfTheTablesOutsideTheInlineOne() {
        TomlMergeResult result = TomlMerger.mergeAll(PYPROJECT, EXISTING, List.of(RUFF, MYPY), Resolution.MERGE);

        assertThat(result.text()).isEqualTo("""
                [project]
                name = "x"

                [tool]
                ruff = { line-length = 100, target-version = "py313", lint = { select = ["E", "F"] } }  # keep

                [tool.mypy]
                # strict
                strict = true
                """);
        assertThat(TomlMerger.mergeAll(PYPROJECT, result.text(), List.of(RUFF, MYPY), Resolution.MERGE).changed())
                .isFalse();
    }

    @Test
    void overwriteReplacesTheInlineTablesValuesInPlainForm() {
        TomlMergeResult result = TomlMerger.mergeAll(PYPROJECT, EXISTING, List.of(RUFF, MYPY),
                Resolution.OVERWRITE);

        assertThat(result.text()).isEqualTo("""
                [project]
                name = "x"

                [tool]
                ruff = { target-version = "py313", lint = { select = ["E", "F"] } }  # keep

                [tool.mypy]
                # strict
                strict = true
                """);
    }

    @Test
    void arraysOfTablesInsideInlineTablesGainPlainEntries() {
        String existing = """
                [[tool.x]]
                name = "a"

                [tool]
                y = { z = [ { k = 1 } ] }
                """;
        String payload = """
                [tool.y]
                # c
                w = 2 # d
                [[tool.y.z]]
                # e
                k = 2 # f
                """;

        TomlMergeResult result = TomlMerger.merge(PYPROJECT, existing, payload, Resolution.MERGE);

        assertThat(result.text()).isEqualTo("""
                [[tool.x]]
                name = "a"

                [tool]
                y = { z = [ { k = 1 }, { k = 2 } ], w = 2 }
                """);
    }
}
