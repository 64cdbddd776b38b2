package dev.protostar.core.format.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.TextBlock;
import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.text.LegacyInjectionMarkers.Converted;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegacyInjectionMarkersTest {

    private static final WorkspacePath ENVRC = WorkspacePath.of(".envrc");
    private static final WorkspacePath JUSTFILE = WorkspacePath.of("justfile");
    private static final WorkspacePath AGENTS = WorkspacePath.of("AGENTS.md");
    private static final WorkspacePath JS = WorkspacePath.of("src/app.js");

    private static Converted convert(WorkspacePath path, String text) {
        return LegacyInjectionMarkers.convert(path, text, CommentSyntax.forFile(path));
    }

    private static void assertInvalid(WorkspacePath path, String text, int line, String detail) {
        assertThatThrownBy(() -> convert(path, text)).isInstanceOf(ValidationException.class)
                .hasMessageContaining(detail)
                .satisfies(e -> {
                    ValidationException v = (ValidationException) e;
                    assertThat(v.path()).isEqualTo(path);
                    assertThat(v.line()).isEqualTo(line);
                    assertThat(v.hint()).hasValueSatisfying(hint -> assertThat(hint).contains("nothing was changed"));
                });
    }

    /** What the Python original's executor appended to a justfile: a hash-named block after a blank line. */
    @Test
    void aBlockAsThePythonOriginalWroteItBecomesARegionWithItsInnerLinesByteForByte() {
        String text = "clean:\n    rm -rf .ruff_cache\n\n# --- Protostar Injection: 57494455 ---\n"
                + "port := \"/dev/ttyACM0\"  \n\nflash:\n\tmpremote fs cp -r src/board/* :\n"
                + "# --- End Protostar Injection ---\n";

        Converted converted = convert(JUSTFILE, text);

        assertThat(converted.text()).isEqualTo("clean:\n    rm -rf .ruff_cache\n\n# region: protostar 57494455\n"
                + "port := \"/dev/ttyACM0\"  \n\nflash:\n\tmpremote fs cp -r src/board/* :\n"
                + "# endregion: protostar 57494455\n");
        assertThat(converted.tags()).containsExactly("57494455");
        assertThat(converted.changed()).isTrue();
    }

    @Test
    void aTextWithoutLegacyBlocksIsReturnedAsItIs() {
        String text = "export A=1\necho 'Protostar Injection: is a phrase'\n# region: protostar t\n# endregion: protostar t\n";

        Converted converted = convert(ENVRC, text);

        assertThat(converted.text()).isSameAs(text);
        assertThat(converted.tags()).isEmpty();
        assertThat(converted.changed()).isFalse();
        assertThat(convert(ENVRC, "").text()).isEmpty();
    }

    @Test
    void tagsAreNamesInLowerCaseWithPunctuationAndSpacesAsHyphens() {
        assertThat(LegacyInjectionMarkers.tagOf("Python Venv")).isEqualTo("python-venv");
        assertThat(LegacyInjectionMarkers.tagOf("module:environment")).isEqualTo("module-environment");
        assertThat(LegacyInjectionMarkers.tagOf("__My  Tool.cfg!__")).isEqualTo("my-tool-cfg");
        assertThat(LegacyInjectionMarkers.tagOf("57494455")).isEqualTo("57494455");
        assertThat(LegacyInjectionMarkers.tagOf("!!!")).isEmpty();
    }

    @Test
    void lineBreaksAMissingFinalNewlineAndAByteOrderMarkAreKept() {
        String text = "\uFEFFa\r\n# --- Protostar Injection: One ---\r\nx\r\n# --- End Protostar Injection ---";

        assertThat(convert(ENVRC, text).text())
                .isEqualTo("\uFEFFa\r\n# region: protostar one\r\nx\r\n# endregion: protostar one");
    }

    @Test
    void markersAreRecognisedWithIndentationAndLooseSpacing() {
        String text = "  #   ---  Protostar  Injection:   Alpha Beta   ---  \n\tx\n\t# ---   End Protostar\tInjection  ---\t\n";

        assertThat(convert(ENVRC, text).text())
                .isEqualTo("# region: protostar alpha-beta\n\tx\n# endregion: protostar alpha-beta\n");
    }

    @Test
    void theFilesCommentSyntaxAndTheEarlyHashAreBothRecognised() {
        assertThat(convert(AGENTS, "<!-- --- Protostar Injection: abcd --- -->\nx\n<!-- --- End Protostar Injection --- -->\n")
                .text()).isEqualTo("<!-- region: protostar abcd -->\nx\n<!-- endregion: protostar abcd -->\n");
        assertThat(convert(JS, "// --- Protostar Injection: abcd ---\nx;\n// --- End Protostar Injection ---\n").text())
                .isEqualTo("// region: protostar abcd\nx;\n// endregion: protostar abcd\n");
        assertThat(convert(JS, "# --- Protostar Injection: abcd ---\nx;\n# --- End Protostar Injection ---\n").text())
                .isEqualTo("// region: protostar abcd\nx;\n// endregion: protostar abcd\n");
    }

    @Test
    void anotherLanguagesCommentIsNotAMarker() {
        String text = "// --- Protostar Injection: abcd ---\nx\n// --- End Protostar Injection ---\n";

        assertThat(convert(ENVRC, text).text()).isSameAs(text);
    }

    @Test
    void theNamedRegionSpellingOfLaterReleasesIsConvertedToo() {
        String text = "a\n# --- Protostar Region: module:environment ---\nexport B=2\n"
                + "# --- End Protostar Region: module:environment ---\n";

        Converted converted = convert(ENVRC, text);

        assertThat(converted.text()).isEqualTo("a\n# region: protostar module-environment\nexport B=2\n"
                + "# endregion: protostar module-environment\n");
        assertThat(converted.tags()).containsExactly("module-environment");
    }

    @Test
    void severalBlocksAreConvertedInFileOrder() {
        String text = "# --- Protostar Injection: b ---\n1\n# --- End Protostar Injection ---\n\n"
                + "# --- Protostar Injection: a ---\n2\n# --- End Protostar Injection ---\n";

        assertThat(convert(ENVRC, text).tags()).containsExactly("b", "a");
    }

    @Test
    void anUnclosedBlockIsRefusedAtItsStartLine() {
        assertInvalid(ENVRC, "a\n\n# --- Protostar Injection: 1234abcd ---\nexport X=1\n", 3,
                "legacy Protostar block '1234abcd' has no end marker");
    }

    @Test
    void brokenLegacyMarkersAreRefusedWithTheirLine() {
        assertInvalid(ENVRC, "a\n# --- End Protostar Injection ---\n", 2, "without a start marker");
        assertInvalid(ENVRC, "# --- Protostar Injection: a ---\n# --- Protostar Injection: b ---\n"
                + "# --- End Protostar Injection ---\n", 2, "starts inside the legacy block 'a'");
        assertInvalid(ENVRC, "# --- Protostar Region: a ---\nx\n# --- End Protostar Region: b ---\n", 3,
                "does not close the block 'a'");
        assertInvalid(ENVRC, "# --- Protostar Region: a ---\nx\n# --- End Protostar Injection ---\n", 3,
                "does not close the block 'a'");
        assertInvalid(ENVRC, "# --- Protostar Injection: !!! ---\nx\n# --- End Protostar Injection ---\n", 1,
                "no letter or digit");
    }

    @Test
    void aTagThatIsAlreadyTakenIsRefused() {
        assertInvalid(ENVRC, "# --- Protostar Injection: Venv ---\n1\n# --- End Protostar Injection ---\n"
                + "# --- Protostar Injection: venv ---\n2\n# --- End Protostar Injection ---\n", 4,
                "would become region 'venv', which the block or region at line 1 already is");
        assertInvalid(ENVRC, "# region: protostar venv\n# endregion: protostar venv\n"
                + "# --- Protostar Injection: venv ---\n2\n# --- End Protostar Injection ---\n", 3, "at line 1");
    }

    @Test
    void validateAndApplyConvertFirstSoTheSameTagReplacesTheBlock() {
        String text = "export MINE=1\n\n# --- Protostar Injection: python-venv ---\nlayout python\n"
                + "# --- End Protostar Injection ---\n";

        String applied = TextRegions.apply(ENVRC, text, List.of(new TextBlock(ENVRC, "python-venv", "PATH_add x\n")));

        assertThat(applied).isEqualTo("export MINE=1\n\n# region: protostar python-venv\nPATH_add x\n"
                + "# endregion: protostar python-venv\n");
        assertThat(TextRegions.apply(ENVRC, applied, List.of(new TextBlock(ENVRC, "python-venv", "PATH_add x\n"))))
                .isSameAs(applied);
        assertThat(TextRegions.apply(ENVRC, text, List.of(new TextBlock(ENVRC, "other", "y"))))
                .isEqualTo("export MINE=1\n\n# region: protostar python-venv\nlayout python\n"
                        + "# endregion: protostar python-venv\n\n# region: protostar other\ny\n"
                        + "# endregion: protostar other\n");
        assertThatThrownBy(() -> TextRegions.validate(ENVRC, "x\n# --- Protostar Injection: a ---\n"))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith(".envrc:2:1: legacy Protostar block");
    }

    @Test
    void aRegionMarkerInsideALegacyBlockIsNesting() {
        assertThatThrownBy(() -> TextRegions.validate(ENVRC, "# --- Protostar Injection: a ---\n"
                + "# region: protostar b\n# endregion: protostar b\n# --- End Protostar Injection ---\n"))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith(".envrc:2:1: region 'b' starts inside");
    }
}
