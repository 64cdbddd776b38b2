package dev.protostar.core.format.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.TextBlock;
import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Byte-for-byte examples of writing text blocks into plain files. */
class TextRegionsApplyTest {

    private static final WorkspacePath ENVRC = WorkspacePath.of(".envrc");
    private static final WorkspacePath AGENTS = WorkspacePath.of("AGENTS.md");
    private static final WorkspacePath JS = WorkspacePath.of("web/setup.js");

    private static TextBlock block(WorkspacePath path, String tag, String content) {
        return new TextBlock(path, tag, content);
    }

    @Test
    void envrcGetsAHashRegionAfterTheUsersLinesWithABlankLineBetween() {
        String existing = "export FOO=1\nuse nix\n";

        String result = TextRegions.apply(ENVRC, existing,
                List.of(block(ENVRC, "venv", "source .venv/bin/activate\nexport VIRTUAL_ENV=.venv")));

        assertThat(result).isEqualTo("""
                export FOO=1
                use nix

                # region: protostar venv
                source .venv/bin/activate
                export VIRTUAL_ENV=.venv
                # endregion: protostar venv
                """);
    }

    @Test
    void agentsMarkdownGetsAnHtmlCommentRegion() {
        String existing = "# Agents\n\nRead the README first.\n";

        String result = TextRegions.apply(AGENTS, existing,
                List.of(block(AGENTS, "python", "- Run `uv run pytest` before committing.\n")));

        assertThat(result).isEqualTo("""
                # Agents

                Read the README first.

                <!-- region: protostar python -->
                - Run `uv run pytest` before committing.
                <!-- endregion: protostar python -->
                """);
    }

    @Test
    void javascriptFileGetsASlashesRegion() {
        String existing = "import { run } from './run.js';\n\nrun();\n";

        String result = TextRegions.apply(JS, existing, List.of(block(JS, "env", "process.env.TZ = 'UTC';")));

        assertThat(result).isEqualTo("""
                import { run } from './run.js';

                run();

                // region: protostar env
                process.env.TZ = 'UTC';
                // endregion: protostar env
                """);
    }

    @Test
    void rerunReplacesOnlyTheBodyAndKeepsTheUsersTextAboveAndBelow() {
        String existing = """
                # my settings
                export A=1
                # region: protostar venv
                source old/bin/activate
                echo stale
                # endregion: protostar venv
                export B=2   # kept, trailing spaces too\u0020\u0020
                """;

        String result = TextRegions.apply(ENVRC, existing, List.of(block(ENVRC, "venv", "source .venv/bin/activate")));

        assertThat(result).isEqualTo("""
                # my settings
                export A=1
                # region: protostar venv
                source .venv/bin/activate
                # endregion: protostar venv
                export B=2   # kept, trailing spaces too\u0020\u0020
                """);
        assertThat(TextRegions.apply(ENVRC, result, List.of(block(ENVRC, "venv", "source .venv/bin/activate"))))
                .isSameAs(result);
    }

    @Test
    void unchangedRegionReturnsTheSameString() {
        String existing = "# region: protostar venv\nlayout python\n# endregion: protostar venv\n";

        assertThat(TextRegions.apply(ENVRC, existing, List.of(block(ENVRC, "venv", "layout python\n\n\n"))))
                .isSameAs(existing);
    }

    @Test
    void tolerantMarkersAreFoundAndKeptAsWritten() {
        String existing = "  #   region:   protostar   venv  \nold\n\t#endregion: protostar venv\nafter\n";

        String result = TextRegions.apply(ENVRC, existing, List.of(block(ENVRC, "venv", "new")));

        assertThat(result).isEqualTo("  #   region:   protostar   venv  \nnew\n\t#endregion: protostar venv\nafter\n");
    }

    @Test
    void twoRegionsInOneFileAreReplacedInPlaceAndAMissingOneIsAppended() {
        String existing = """
                <!-- region: protostar b -->
                old b
                <!-- endregion: protostar b -->
                between
                <!-- region: protostar a -->
                old a
                <!-- endregion: protostar a -->
                tail""";

        String result = TextRegions.apply(AGENTS, existing, List.of(
                block(AGENTS, "a", "new a"), block(AGENTS, "c", "new c"), block(AGENTS, "b", "new b\nline 2")));

        assertThat(result).isEqualTo("""
                <!-- region: protostar b -->
                new b
                line 2
                <!-- endregion: protostar b -->
                between
                <!-- region: protostar a -->
                new a
                <!-- endregion: protostar a -->
                tail

                <!-- region: protostar c -->
                new c
                <!-- endregion: protostar c -->
                """);
    }

    @Test
    void regionsNotNamedByABlockAreLeftAlone() {
        String existing = "# region: protostar other\nkeep me\n# endregion: protostar other\n";

        assertThat(TextRegions.apply(ENVRC, existing, List.of(block(ENVRC, "venv", "x"))))
                .isEqualTo(existing + "\n# region: protostar venv\nx\n# endregion: protostar venv\n");
    }

    @Test
    void crlfFileKeepsCrlfAndTheContentIsConverted() {
        String existing = "export A=1\r\n# region: protostar venv\r\nold\r\n# endregion: protostar venv\r\nexport B=2\r\n";

        String result = TextRegions.apply(ENVRC, existing, List.of(
                block(ENVRC, "venv", "one\ntwo\n"), block(ENVRC, "path", "PATH_add bin\r\n")));

        assertThat(result).isEqualTo("export A=1\r\n# region: protostar venv\r\none\r\ntwo\r\n"
                + "# endregion: protostar venv\r\nexport B=2\r\n\r\n"
                + "# region: protostar path\r\nPATH_add bin\r\n# endregion: protostar path\r\n");
    }

    @Test
    void lfFileGetsLfEvenWhenTheContentUsesCrlf() {
        assertThat(TextRegions.apply(ENVRC, "a\n", List.of(block(ENVRC, "t", "x\r\ny\r\n"))))
                .isEqualTo("a\n\n# region: protostar t\nx\ny\n# endregion: protostar t\n");
    }

    @Test
    void missingFinalNewlineIsAddedOnlyToAppend() {
        assertThat(TextRegions.apply(ENVRC, "export A=1", List.of(block(ENVRC, "venv", "x"))))
                .isEqualTo("export A=1\n\n# region: protostar venv\nx\n# endregion: protostar venv\n");
    }

    @Test
    void missingFinalNewlineAfterAnEndMarkerStaysMissingWhenTheBodyIsReplaced() {
        String existing = "top\n# region: protostar venv\nold\n# endregion: protostar venv";

        assertThat(TextRegions.apply(ENVRC, existing, List.of(block(ENVRC, "venv", "new"))))
                .isEqualTo("top\n# region: protostar venv\nnew\n# endregion: protostar venv");
    }

    @Test
    void lastLineThatIsAlreadyBlankGetsNoSecondBlankLine() {
        assertThat(TextRegions.apply(ENVRC, "a\n\n", List.of(block(ENVRC, "t", "x"))))
                .isEqualTo("a\n\n# region: protostar t\nx\n# endregion: protostar t\n");
        assertThat(TextRegions.apply(ENVRC, "a\n  ", List.of(block(ENVRC, "t", "x"))))
                .isEqualTo("a\n  \n# region: protostar t\nx\n# endregion: protostar t\n");
    }

    @Test
    void absentFileBecomesJustTheRegions() {
        String result = TextRegions.apply(ENVRC, null, List.of(
                block(ENVRC, "venv", "layout python"), block(ENVRC, "path", "PATH_add bin\n")));

        assertThat(result).isEqualTo("""
                # region: protostar venv
                layout python
                # endregion: protostar venv

                # region: protostar path
                PATH_add bin
                # endregion: protostar path
                """);
    }

    @Test
    void emptyFileAndAbsentFileWithoutBlocks() {
        assertThat(TextRegions.apply(ENVRC, "", List.of(block(ENVRC, "t", "x"))))
                .isEqualTo("# region: protostar t\nx\n# endregion: protostar t\n");
        assertThat(TextRegions.apply(ENVRC, null, List.of())).isNull();
        String existing = "untouched";
        assertThat(TextRegions.apply(ENVRC, existing, List.of())).isSameAs(existing);
    }

    @Test
    void emptyContentGivesAnEmptyBody() {
        assertThat(TextRegions.apply(ENVRC, null, List.of(block(ENVRC, "t", "\n"))))
                .isEqualTo("# region: protostar t\n# endregion: protostar t\n");
    }

    @Test
    void leadingBlankLinesOfTheContentAreKeptTrailingOnesCollapse() {
        assertThat(TextRegions.apply(ENVRC, null, List.of(block(ENVRC, "t", "\n  indented\n\n\n"))))
                .isEqualTo("# region: protostar t\n\n  indented\n# endregion: protostar t\n");
    }

    @Test
    void byteOrderMarkIsKept() {
        assertThat(TextRegions.apply(AGENTS, "\uFEFF# Notes\n", List.of(block(AGENTS, "t", "x"))))
                .isEqualTo("\uFEFF# Notes\n\n<!-- region: protostar t -->\nx\n<!-- endregion: protostar t -->\n");
        assertThat(TextRegions.apply(AGENTS, "\uFEFF", List.of(block(AGENTS, "t", "x"))))
                .isEqualTo("\uFEFF<!-- region: protostar t -->\nx\n<!-- endregion: protostar t -->\n");
        String marked = "\uFEFF<!-- region: protostar t -->\nold\n<!-- endregion: protostar t -->\n";
        assertThat(TextRegions.apply(AGENTS, marked, List.of(block(AGENTS, "t", "x"))))
                .isEqualTo("\uFEFF<!-- region: protostar t -->\nx\n<!-- endregion: protostar t -->\n");
    }

    @Test
    void markersOfAnotherSyntaxAreOrdinaryText() {
        String existing = "// region: protostar t\n";

        assertThat(TextRegions.apply(ENVRC, existing, List.of(block(ENVRC, "t", "x"))))
                .isEqualTo("// region: protostar t\n\n# region: protostar t\nx\n# endregion: protostar t\n");
    }

    @Test
    void brokenMarkersAreRefusedBeforeAnythingIsApplied() {
        String existing = "# region: protostar venv\nno end\n";

        assertThatThrownBy(() -> TextRegions.apply(ENVRC, existing, List.of(block(ENVRC, "other", "x"))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> TextRegions.apply(ENVRC, existing, List.of()))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void contentHoldingAMarkerIsRefused() {
        assertThatThrownBy(() -> TextRegions.apply(ENVRC, null,
                List.of(block(ENVRC, "t", "ok\n  # endregion: protostar t\n"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void blockForAnotherFileOrConflictingDuplicateTagIsRefused() {
        assertThatThrownBy(() -> TextRegions.apply(ENVRC, null, List.of(block(AGENTS, "t", "x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AGENTS.md");
        assertThatThrownBy(() -> TextRegions.apply(ENVRC, null,
                List.of(block(ENVRC, "t", "x"), block(ENVRC, "t", "y"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'t'");
        assertThat(TextRegions.apply(ENVRC, null, List.of(block(ENVRC, "t", "x"), block(ENVRC, "t", "x"))))
                .isEqualTo("# region: protostar t\nx\n# endregion: protostar t\n");
    }
}
