package dev.protostar.core.format.ignore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.TypedValue;
import dev.protostar.core.format.TypedValue.Str;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Properties of {@link IgnoreLinesEditor} over generated files (patterns, comments, blank and padded
 * lines, LF or CRLF, with or without final newline and byte order mark, or absent) and members.
 */
class IgnoreLinesEditorPropertiesTest {

    private static final long SEED = 20_261_206L;
    private static final int EXAMPLES = 500;
    private static final WorkspacePath PATH = WorkspacePath.of(".dockerignore");
    private static final List<String> ROOT = List.of();

    private static final List<String> PATTERNS = List.of(
            ".env", ".envrc", "!.env", ".venv/", "__pycache__/", "*.py[cod]", "dist/", "\\#hash", "/node_modules");
    private static final List<String> OTHER_LINES = List.of(
            "", "# Python", "# .env", "#.env", "   ", "  .venv/  ", "\t.env", "dist/ # not a comment in git");

    private final IgnoreLinesEditor editor = new IgnoreLinesEditor();

    private static Gen<String> files() {
        Gen<List<String>> lines = SourceDSL.lists()
                .of(Generate.oneOf(Generate.pick(PATTERNS), Generate.pick(OTHER_LINES)))
                .ofSizeBetween(0, 12);
        Gen<String> present = lines.zip(Generate.range(0, 7), (ls, flags) -> {
            String newline = (flags & 1) != 0 ? "\r\n" : "\n";
            String text = String.join(newline, ls);
            text = (flags & 2) != 0 && !ls.isEmpty() ? text + newline : text;
            return (flags & 4) != 0 ? "\uFEFF" + text : text;
        });
        return Generate.frequency(Pair.of(1, Generate.constant((String) null)), Pair.of(8, present));
    }

    private static Gen<String> members() {
        return Generate.pick(PATTERNS);
    }

    private static Slot slot(String pattern) {
        return Slot.member(ROOT, new Str(pattern));
    }

    /** Lines without their breaks; a final line break ends the last line rather than starting an empty one. */
    private static List<String> linesOf(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = new ArrayList<>(List.of(body.split("\r?\n", -1)));
        if (body.endsWith("\n") || body.isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    @Test
    void addMemberChangesExactlyItsSlot() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(files(), members()).checkAssert((file, member) -> {
            String after = editor.addMember(PATH, file, ROOT, new Str(member));

            Map<Slot, TypedValue> expected = new LinkedHashMap<>(editor.slots(PATH, file));
            expected.putIfAbsent(slot(member), new Str(member));
            assertThat(editor.slots(PATH, after)).containsExactlyEntriesOf(expected);
        });
    }

    @Test
    void removeMemberChangesExactlyItsSlot() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(files(), members()).checkAssert((file, member) -> {
            String after = editor.removeMember(PATH, file, ROOT, new Str(member));

            Map<Slot, TypedValue> expected = new LinkedHashMap<>(editor.slots(PATH, file));
            expected.remove(slot(member));
            assertThat(editor.slots(PATH, after)).containsExactlyEntriesOf(expected);
        });
    }

    @Test
    void eachOperationTwiceIsTheOperationOnce() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(files(), members()).checkAssert((file, member) -> {
            String added = editor.addMember(PATH, file, ROOT, new Str(member));
            String removed = editor.removeMember(PATH, file, ROOT, new Str(member));

            assertThat(editor.addMember(PATH, added, ROOT, new Str(member))).isSameAs(added);
            assertThat(editor.removeMember(PATH, removed, ROOT, new Str(member))).isSameAs(removed);
        });
    }

    @Test
    void addThenRemoveOfANewMemberKeepsEveryUserLine() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(files(), members()).checkAssert((file, member) -> {
            if (editor.slots(PATH, file).containsKey(slot(member))) {
                return;
            }
            String roundTrip = editor.removeMember(PATH, editor.addMember(PATH, file, ROOT, new Str(member)), ROOT,
                    new Str(member));

            assertThat(linesOf(roundTrip)).isEqualTo(linesOf(file));
        });
    }

    @Test
    void removeMemberKeepsEveryOtherLineByteForByteInOrder() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(files(), members()).checkAssert((file, member) -> {
            String after = editor.removeMember(PATH, file, ROOT, new Str(member));

            assertThat(linesOf(after)).isEqualTo(
                    linesOf(file).stream().filter(line -> !line.strip().equals(member)).toList());
            if (file != null && file.startsWith("\uFEFF")) {
                assertThat(after).startsWith("\uFEFF");
            }
        });
    }
}
