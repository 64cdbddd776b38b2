package dev.protostar.core.format.toml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.Resolution;
import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import org.junit.jupiter.api.Test;

/** Broken files are refused with path:line:column before anything is merged. */
class TomlMergerValidationTest {

    private static final WorkspacePath PYPROJECT = WorkspacePath.of("sub/pyproject.toml");

    private static final String BROKEN = """
            [project]
            name = "orbital-sim"
            version =
            """;

    @Test
    void validationErrorNamesPathLineAndColumn() {
        assertThatThrownBy(() -> TomlMerger.validate(PYPROJECT, BROKEN))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.path()).isEqualTo(PYPROJECT);
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(10);
                })
                .hasMessageStartingWith("sub/pyproject.toml:3:10: invalid TOML: ");
    }

    @Test
    void validationErrorSaysWhatToDo() {
        assertThatThrownBy(() -> TomlMerger.validate(PYPROJECT, BROKEN))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.hint()).hasValue(
                                "Fix the TOML syntax in sub/pyproject.toml (or move the file aside) and run again;"
                                        + " nothing was changed."));
    }

    @Test
    void redefinedTableIsReportedAtTheSecondDefinition() {
        String text = "[a]\nb = 1\n\n[a]\nc = 2\n";

        assertThatThrownBy(() -> TomlMerger.validate(PYPROJECT, text))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.column()).isEqualTo(1);
                });
    }

    @Test
    void mergeRefusesABrokenFileTheSameWay() {
        assertThatThrownBy(() -> TomlMerger.merge(PYPROJECT, BROKEN, "[tool.mypy]\nstrict = true\n",
                Resolution.MERGE))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("sub/pyproject.toml:3:10: ");
    }

    @Test
    void byteOrderMarkAndCrlfAreValid() {
        assertThatCode(() -> TomlMerger.validate(PYPROJECT, "\uFEFF[a]\r\nb = 1\r\n")).doesNotThrowAnyException();
    }

    @Test
    void tomlOnePointOneIsAccepted() {
        assertThatCode(() -> TomlMerger.validate(PYPROJECT, "a = {\n  b = 1,\n}\n")).doesNotThrowAnyException();
    }

    @Test
    void brokenPayloadIsAProgrammingErrorNamingTheTarget() {
        assertThatThrownBy(() -> TomlMerger.merge(PYPROJECT, "", "[tool.mypy\n", Resolution.MERGE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("payload for sub/pyproject.toml")
                .hasMessageContaining("line 1");
    }
}
