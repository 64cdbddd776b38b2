package dev.protostar.core.format.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import org.junit.jupiter.api.Test;

/** Marker errors are reported at the exact line and column, before anything is written. */
class TextRegionsValidationTest {

    private static final WorkspacePath ENVRC = WorkspacePath.of("dev/.envrc");
    private static final WorkspacePath AGENTS = WorkspacePath.of("AGENTS.md");

    private static void assertInvalid(WorkspacePath path, String text, int line, int column, String detail) {
        assertThatThrownBy(() -> TextRegions.validate(path, text))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.path()).isEqualTo(path);
                    assertThat(e.line()).as("line").isEqualTo(line);
                    assertThat(e.column()).as("column").isEqualTo(column);
                    assertThat(e.detail()).isEqualTo(detail);
                });
    }

    @Test
    void wellFormedRegionsAndPlainTextAreAccepted() {
        assertThatCode(() -> {
            TextRegions.validate(ENVRC, "");
            TextRegions.validate(ENVRC, "\uFEFF");
            TextRegions.validate(ENVRC, "plain\n# region: protostar\n# region protostar a\n");
            TextRegions.validate(ENVRC, "# region: protostar a\n# endregion: protostar a\n"
                    + "  #region: protostar b\r\nx\r\n#   endregion:   protostar b  ");
        }).doesNotThrowAnyException();
    }

    @Test
    void duplicateRegionIsReportedAtItsSecondStart() {
        String text = "# region: protostar venv\n# endregion: protostar venv\nx\n  # region: protostar venv\n"
                + "# endregion: protostar venv\n";

        assertInvalid(ENVRC, text, 4, 3, "duplicate region 'venv' (already at lines 1-2); each tag may appear once per file");
    }

    @Test
    void endWithoutStartIsReportedAtTheEnd() {
        assertInvalid(ENVRC, "a\nb\n# endregion: protostar venv\n", 3, 1,
                "end marker of region 'venv' without a start marker above it");
    }

    @Test
    void secondEndIsAnEndWithoutStart() {
        assertInvalid(ENVRC, "# region: protostar t\n# endregion: protostar t\n# endregion: protostar t\n", 3, 1,
                "end marker of region 't' without a start marker above it");
    }

    @Test
    void startWithoutEndIsReportedAtTheStart() {
        assertInvalid(ENVRC, "a\n\t# region: protostar venv\nb\nc", 2, 2, "region 'venv' has no end marker");
        assertInvalid(ENVRC, "a\n# region: protostar venv", 2, 1, "region 'venv' has no end marker");
    }

    @Test
    void nestedRegionIsReportedAtTheInnerStart() {
        String text = """
                <!-- region: protostar outer -->
                text
                <!-- region: protostar inner -->
                <!-- endregion: protostar inner -->
                <!-- endregion: protostar outer -->
                """;

        assertInvalid(AGENTS, text, 3, 1,
                "region 'inner' starts inside region 'outer' (opened at line 1); protostar regions cannot be nested"
                        + " or overlap");
    }

    @Test
    void endOfAnotherRegionInsideARegionIsReported() {
        assertInvalid(ENVRC, "x\n# region: protostar a\n# endregion: protostar b\n# endregion: protostar a\n", 3, 1,
                "end marker of region 'b' inside region 'a' (opened at line 2); protostar regions cannot be nested"
                        + " or overlap");
    }

    @Test
    void lineNumbersCountCrlfLinesAndIgnoreTheByteOrderMark() {
        assertInvalid(ENVRC, "\uFEFF# endregion: protostar a\r\n", 1, 1,
                "end marker of region 'a' without a start marker above it");
        assertInvalid(ENVRC, "a\r\nb\r\n# endregion: protostar a\r\n", 3, 1,
                "end marker of region 'a' without a start marker above it");
    }

    @Test
    void messageAndHintNameTheFileAndItsMarkerSyntax() {
        assertThatThrownBy(() -> TextRegions.validate(AGENTS, "<!-- endregion: protostar a -->"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.getMessage()).startsWith("AGENTS.md:1:1: end marker of region 'a'");
                    assertThat(e.hint()).hasValueSatisfying(hint -> assertThat(hint)
                            .contains("'<!-- region: protostar <tag> -->'")
                            .contains("'<!-- endregion: protostar <tag> -->'")
                            .contains("nothing was changed"));
                });
    }
}
