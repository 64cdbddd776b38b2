package dev.protostar.core.format.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.TypedValue;
import dev.protostar.core.format.TypedValue.Str;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegionEditorTest {

    private static final WorkspacePath ENVRC = WorkspacePath.of(".envrc");
    private static final WorkspacePath AGENTS = WorkspacePath.of("AGENTS.md");

    private final RegionEditor editor = new RegionEditor(ENVRC);

    private static Slot region(String tag) {
        return Slot.key(List.of(tag));
    }

    private String put(String text, String tag, String content) {
        return editor.put(ENVRC, text, List.of(tag), new Str(content));
    }

    private String remove(String text, String tag) {
        return editor.remove(ENVRC, text, List.of(tag));
    }

    @Test
    void slotsAreTheRegionsInFileOrderWithTheirBodiesLineByLine() {
        String text = """
                export A=1
                # region: protostar venv
                PATH_add .venv/bin

                  indented
                # endregion: protostar venv
                  #   region:  protostar empty
                # endregion: protostar empty
                """;

        Map<Slot, TypedValue> slots = editor.slots(ENVRC, text);

        assertThat(slots.keySet()).containsExactly(region("venv"), region("empty"));
        assertThat(slots.get(region("venv"))).isEqualTo(new Str("PATH_add .venv/bin\n\n  indented\n"));
        assertThat(slots.get(region("empty"))).isEqualTo(new Str(""));
    }

    @Test
    void slotValuesUseLfWhateverTheFileUsesAndIgnoreAByteOrderMark() {
        String text = "\uFEFFa\r\n# region: protostar t\r\nx\r\ny\r\n# endregion: protostar t\r\n";

        assertThat(editor.slots(ENVRC, text)).containsExactly(Map.entry(region("t"), new Str("x\ny\n")));
        assertThat(editor.slots(ENVRC, null)).isEmpty();
        assertThat(editor.slots(ENVRC, "")).isEmpty();
    }

    @Test
    void putReplacesTheBodyInPlaceAndKeepsEveryOtherByte() {
        String text = "export A=1\r\n#  region: protostar venv\r\nold\r\n# endregion: protostar venv  \r\n# mine\r\n";

        assertThat(put(text, "venv", "new\nlines\n")).isEqualTo(
                "export A=1\r\n#  region: protostar venv\r\nnew\r\nlines\r\n# endregion: protostar venv  \r\n# mine\r\n");
    }

    @Test
    void putAppendsAMissingRegionAfterABlankLineAsTextRegionsDoes() {
        assertThat(put("export A=1", "venv", "PATH_add x")).isEqualTo(
                "export A=1\n\n# region: protostar venv\nPATH_add x\n# endregion: protostar venv\n");
        assertThat(put("export A=1\n\n", "venv", "x\n")).isEqualTo(
                "export A=1\n\n# region: protostar venv\nx\n# endregion: protostar venv\n");
        assertThat(put("\uFEFFa\r\n", "t", "x")).isEqualTo(
                "\uFEFFa\r\n\r\n# region: protostar t\r\nx\r\n# endregion: protostar t\r\n");
    }

    @Test
    void putOnAnAbsentFileCreatesTheRegionAlone() {
        assertThat(put(null, "venv", "PATH_add x\n")).isEqualTo(
                "# region: protostar venv\nPATH_add x\n# endregion: protostar venv\n");
        assertThat(put(null, "empty", "")).isEqualTo("# region: protostar empty\n# endregion: protostar empty\n");
    }

    @Test
    void putTwiceIsPutOnceAndTheSlotReadsBackTheCanonicalValue() {
        String once = put("a\n", "t", "x\n\n\n");

        assertThat(put(once, "t", "x\n\n\n")).isSameAs(once);
        assertThat(editor.slots(ENVRC, once).get(region("t"))).isEqualTo(RegionEditor.value("x\n\n\n"))
                .isEqualTo(new Str("x\n"));
        assertThat(RegionEditor.value("\n\n")).isEqualTo(new Str(""));
        assertThat(RegionEditor.value("a\r\nb")).isEqualTo(new Str("a\nb\n"));
    }

    @Test
    void theSyntaxComesFromTheConstructorNotTheTargetName() {
        RegionEditor slashes = new RegionEditor(CommentSyntax.SLASHES);
        WorkspacePath conf = WorkspacePath.of("app.conf");

        String text = slashes.put(conf, null, List.of("t"), new Str("x"));

        assertThat(text).isEqualTo("// region: protostar t\nx\n// endregion: protostar t\n");
        assertThat(slashes.slots(conf, text)).containsKey(region("t"));
        assertThat(new RegionEditor(AGENTS).put(AGENTS, "# Notes\n", List.of("t"), new Str("x"))).isEqualTo(
                "# Notes\n\n<!-- region: protostar t -->\nx\n<!-- endregion: protostar t -->\n");
    }

    @Test
    void removeUndoesAnAppendingPut() {
        for (String original : List.of("export A=1\n", "export A=1\r\n", "\uFEFF# mine\n\n# region: protostar o\n"
                + "x\n# endregion: protostar o\n")) {
            assertThat(remove(put(original, "venv", "PATH_add x\n"), "venv")).isEqualTo(original);
        }
    }

    @Test
    void removeDeletesBothMarkersAndOneBlankLineTheRemovalWouldDouble() {
        String text = "a\n\n# region: protostar t\nx\n# endregion: protostar t\n\nb\n";

        assertThat(remove(text, "t")).isEqualTo("a\n\nb\n");
    }

    @Test
    void removeKeepsABlankLineThatIsNotDoubled() {
        assertThat(remove("a\n\n# region: protostar t\nx\n# endregion: protostar t\nb\n", "t")).isEqualTo("a\n\nb\n");
        assertThat(remove("a\n# region: protostar t\nx\n# endregion: protostar t\n\nb\n", "t")).isEqualTo("a\n\nb\n");
        assertThat(remove("a\n# region: protostar t\n# endregion: protostar t\nb", "t")).isEqualTo("a\nb");
    }

    @Test
    void removeOfAFirstRegionTakesTheBlankLineAfterIt() {
        String text = put(put(null, "one", "1"), "two", "2");

        assertThat(remove(text, "one")).isEqualTo("# region: protostar two\n2\n# endregion: protostar two\n");
        assertThat(remove(text, "two")).isEqualTo("# region: protostar one\n1\n# endregion: protostar one\n");
    }

    @Test
    void removeOfTheOnlyContentGivesAnEmptyText() {
        assertThat(remove("# region: protostar t\nx\n# endregion: protostar t\n", "t")).isEqualTo("");
        assertThat(remove("# region: protostar t\r\nx\r\n# endregion: protostar t", "t")).isEqualTo("");
        assertThat(remove("\uFEFF# region: protostar t\nx\n# endregion: protostar t\n", "t")).isEqualTo("\uFEFF");
    }

    @Test
    void removeOfAnAbsentRegionReturnsTheSameText() {
        String text = "# region: protostar other\nx\n# endregion: protostar other\n";

        assertThat(remove(text, "t")).isSameAs(text);
        assertThat(remove(null, "t")).isNull();
    }

    @Test
    void brokenMarkersAreRefusedWithTheFileAndLine() {
        String unclosed = "export A=1\n# region: protostar venv\nx\n";
        String nested = "# region: protostar a\n# region: protostar b\n# endregion: protostar b\n# endregion: protostar a\n";

        assertThatThrownBy(() -> editor.slots(ENVRC, unclosed)).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith(".envrc:2:1: region 'venv' has no end marker");
        assertThatThrownBy(() -> put(nested, "c", "x")).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith(".envrc:2:1:");
        assertThatThrownBy(() -> remove(nested, "a")).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).line()).isEqualTo(2));
    }

    @Test
    void membersAreRefused() {
        assertThatThrownBy(() -> editor.addMember(ENVRC, "", List.of("t"), new Str("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("addMember and removeMember");
        assertThatThrownBy(() -> editor.removeMember(ENVRC, "", List.of("t"), new Str("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".envrc");
    }

    @Test
    void aKeyPathIsOneValidTagAndAValueIsText() {
        assertThatThrownBy(() -> editor.put(ENVRC, "", List.of(), new Str("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tag alone");
        assertThatThrownBy(() -> editor.put(ENVRC, "", List.of("a", "b"), new Str("x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> editor.remove(ENVRC, "", List.of("a b")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> editor.put(ENVRC, "", List.of("t"), new TypedValue.Int(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds text");
        assertThatThrownBy(() -> put("", "t", "x\n# endregion: protostar t\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("region marker");
        assertThatThrownBy(() -> put("", "t", "# --- End Protostar Injection ---\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("region marker");
    }

    @Test
    void aLegacyBlockIsASlotAndAPutOfItsTagReplacesItInsteadOfAddingASecond() {
        String text = "export A=1\n\n# --- Protostar Injection: Python Venv ---\nold\n# --- End Protostar Injection ---\n";

        assertThat(editor.slots(ENVRC, text)).containsExactly(Map.entry(region("python-venv"), new Str("old\n")));
        assertThat(put(text, "python-venv", "new\n")).isEqualTo(
                "export A=1\n\n# region: protostar python-venv\nnew\n# endregion: protostar python-venv\n");
        assertThat(remove(text, "python-venv")).isEqualTo("export A=1\n");
    }
}
