package dev.protostar.core.format.ignore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.TypedValue;
import dev.protostar.core.format.TypedValue.Str;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IgnoreLinesEditorTest {

    private static final WorkspacePath GITIGNORE = WorkspacePath.of(".gitignore");
    private static final List<String> ROOT = List.of();

    private final IgnoreLinesEditor editor = new IgnoreLinesEditor();

    private static Slot line(String pattern) {
        return Slot.member(ROOT, new Str(pattern));
    }

    private String add(String text, String pattern) {
        return editor.addMember(GITIGNORE, text, ROOT, new Str(pattern));
    }

    private String drop(String text, String pattern) {
        return editor.removeMember(GITIGNORE, text, ROOT, new Str(pattern));
    }

    @Test
    void slotsAreTheDistinctPatternsInOrderWithoutCommentsOrBlankLines() {
        String text = "# Python\n__pycache__/\n\n  .venv/  \n!keep.me\n.venv/\n\t# indented comment\n*.log\r\n   \n";

        Map<Slot, TypedValue> slots = editor.slots(GITIGNORE, text);

        assertThat(slots.keySet()).containsExactly(line("__pycache__/"), line(".venv/"), line("!keep.me"),
                line("*.log"));
        assertThat(slots.get(line(".venv/"))).isEqualTo(new Str(".venv/"));
        assertThat(slots.keySet()).allMatch(slot -> slot.keyPath().isEmpty() && slot.isMember());
    }

    @Test
    void absentOrEmptyFilesHaveNoSlotsAndAByteOrderMarkIsNotPartOfTheFirstLine() {
        assertThat(editor.slots(GITIGNORE, null)).isEmpty();
        assertThat(editor.slots(GITIGNORE, "")).isEmpty();
        assertThat(editor.slots(GITIGNORE, "\uFEFF.env\n").keySet()).containsExactly(line(".env"));
    }

    @Test
    void addMemberAppendsLikeIgnoreFileMerge() {
        assertThat(add("# mine\n.env\n", "dist/")).isEqualTo("# mine\n.env\ndist/\n");
        assertThat(add("a\r\nb", "c")).isEqualTo("a\r\nb\r\nc\r\n");
        assertThat(add("a", "c")).isEqualTo("a\nc\n");
        assertThat(add(null, ".venv/")).isEqualTo(".venv/\n");
        assertThat(add("", ".venv/")).isEqualTo(".venv/\n");
        assertThat(add("\uFEFF# mine\n", ".venv/")).isEqualTo("\uFEFF# mine\n.venv/\n");
    }

    @Test
    void addMemberOfAPresentPatternReturnsTheSameText() {
        String text = "  .env  \n";
        assertThat(add(text, ".env")).isSameAs(text);
    }

    @Test
    void addMemberIsLineExactNeverSubstring() {
        assertThat(add(".envrc\n# .env\n!.env\n", ".env")).isEqualTo(".envrc\n# .env\n!.env\n.env\n");
    }

    @Test
    void removeMemberRemovesEveryExactLineAndKeepsEveryOtherByte() {
        String text = "# .env is secret\r\n.env\r\n.envrc\r\n!.env\r\n  .env \t\r\n*.env.bak\r\n\r\n.env";

        assertThat(drop(text, ".env")).isEqualTo("# .env is secret\r\n.envrc\r\n!.env\r\n*.env.bak\r\n\r\n");
    }

    @Test
    void everyKeptLineKeepsItsOwnLineBreak() {
        assertThat(drop("a\nb", "b")).isEqualTo("a\n");
        assertThat(drop("a\r\nb", "b")).isEqualTo("a\r\n");
        assertThat(drop("a\nb\n", "b")).isEqualTo("a\n");
        assertThat(drop("b\na", "b")).isEqualTo("a");
        assertThat(drop("a\n\nb\nb", "b")).isEqualTo("a\n\n");
    }

    @Test
    void removingTheLastPatternLeavesTheUsersCommentsAndBlankLines() {
        assertThat(drop("# ignore\n\n.venv/\n", ".venv/")).isEqualTo("# ignore\n\n");
        assertThat(drop(".venv/\n", ".venv/")).isEqualTo("");
        assertThat(drop(".venv/", ".venv/")).isEqualTo("");
        assertThat(drop("\uFEFF.venv/\n", ".venv/")).isEqualTo("\uFEFF");
    }

    @Test
    void removingAnAbsentPatternReturnsTheSameText() {
        String text = "# .venv/\n!.venv/\n.venv/x\n";

        assertThat(drop(text, ".venv/")).isSameAs(text);
        assertThat(drop(null, ".venv/")).isNull();
    }

    @Test
    void aNegationIsItsOwnPattern() {
        assertThat(drop("x\n!x\n", "!x")).isEqualTo("x\n");
        assertThat(drop("x\n!x\n", "x")).isEqualTo("!x\n");
    }

    @Test
    void keysAreRefused() {
        assertThatThrownBy(() -> editor.put(GITIGNORE, "", List.of("a"), new Str("b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("put and remove do not apply");
        assertThatThrownBy(() -> editor.remove(GITIGNORE, "", List.of("a")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".gitignore");
    }

    @Test
    void membersThatCouldNeverBeReadBackAreRefused() {
        assertThatThrownBy(() -> add("", " .env")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> add("", "a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> add("", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> add("", "# comment")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("comment");
        assertThatThrownBy(() -> drop("", "# comment")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> editor.addMember(GITIGNORE, "", ROOT, new TypedValue.Int(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> editor.addMember(GITIGNORE, "", List.of("k"), new Str("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty key path");
    }
}
