package dev.protostar.core.format.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.TypedValue;
import dev.protostar.core.format.TypedValue.Str;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Properties of {@link RegionEditor} over generated files (user lines and well-formed regions, LF or
 * CRLF, with or without final newline and byte order mark, or absent) in each comment syntax, and
 * one put or remove of a tag that may or may not be present.
 */
class RegionEditorPropertiesTest {

    private static final long SEED = 20_261_207L;
    private static final int EXAMPLES = 400;

    private static final List<WorkspacePath> PATHS = List.of(
            WorkspacePath.of(".envrc"), WorkspacePath.of("AGENTS.md"), WorkspacePath.of("src/app.js"));
    private static final List<String> TAGS = List.of("venv", "path", "a.b", "x_1-2");
    private static final List<String> USER_LINES = List.of(
            "", "   ", "export A=1", "# a comment", "// a comment", "<!-- a comment -->", "  indented",
            "# region: protostar", "# endregion protostar venv", "region: protostar venv", "unicode: é ✓");
    private static final List<String> CONTENTS = List.of(
            "", "\n", "one line", "one line\n", "two\nlines\n", "crlf\r\nlines\r\n", "\nleading blank",
            "trailing blanks\n\n\n", "  indented\n\tand tabbed", "# looks like a comment\n");
    private static final Pattern MARKER = Pattern.compile(
            "(?:#|//|<!--)\\s*(end)?region:\\s*protostar\\s+([\\w.-]+)\\s*(?:-->)?");

    private record Case(WorkspacePath path, String existing, String tag, String content) {
        @Override
        public String toString() {
            return path + " existing=" + quote(existing) + " tag=" + tag + " content=" + quote(content);
        }
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + s.replace("\r", "\\r").replace("\n", "\\n") + "\"";
    }

    private static Gen<Case> cases() {
        Gen<List<Pair<String, List<String>>>> chunks = SourceDSL.lists().of(Generate.oneOf(
                Generate.pick(USER_LINES).map(line -> Pair.of((String) null, List.of(line))),
                Generate.pick(TAGS).zip(SourceDSL.lists().of(Generate.pick(USER_LINES)).ofSizeBetween(0, 3),
                        Pair::of))).ofSizeBetween(0, 8);
        return Generate.pick(PATHS).zip(chunks, Generate.range(0, 8),
                Generate.pick(TAGS).zip(Generate.pick(CONTENTS), Pair::of), (path, cs, flags, op) -> {
                    String existing = flags == 8 ? null : render(CommentSyntax.forFile(path), cs, flags);
                    return new Case(path, existing, op._1, op._2);
                });
    }

    /** flags: bit 0 CRLF, bit 1 final newline, bit 2 byte order mark; a repeated tag's region becomes plain lines. */
    private static String render(CommentSyntax syntax, List<Pair<String, List<String>>> chunks, int flags) {
        List<String> lines = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Pair<String, List<String>> chunk : chunks) {
            boolean region = chunk._1 != null && used.add(chunk._1);
            if (region) {
                lines.add(syntax.startMarker(chunk._1));
            }
            lines.addAll(chunk._2);
            if (region) {
                lines.add(syntax.endMarker(chunk._1));
            }
        }
        String newline = (flags & 1) != 0 ? "\r\n" : "\n";
        String text = String.join(newline, lines);
        if ((flags & 2) != 0 && !lines.isEmpty()) {
            text += newline;
        }
        return ((flags & 4) != 0 ? "\uFEFF" : "") + text;
    }

    /** The non-blank lines outside regions, found independently of the code under test. */
    private static List<String> userLines(String text) {
        List<String> outside = new ArrayList<>();
        if (text == null) {
            return outside;
        }
        boolean inside = false;
        for (String line : text.replace("\uFEFF", "").split("\r?\n", -1)) {
            var m = MARKER.matcher(line.strip());
            if (m.matches()) {
                inside = m.group(1) == null;
            } else if (!inside && !line.isBlank()) {
                outside.add(line);
            }
        }
        return outside;
    }

    @Test
    void putChangesExactlyItsSlot() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            RegionEditor editor = new RegionEditor(c.path());
            String after = editor.put(c.path(), c.existing(), List.of(c.tag()), new Str(c.content()));

            Map<Slot, TypedValue> expected = new LinkedHashMap<>(editor.slots(c.path(), c.existing()));
            expected.put(Slot.key(List.of(c.tag())), RegionEditor.value(c.content()));
            assertThat(editor.slots(c.path(), after)).containsExactlyEntriesOf(expected);
        });
    }

    @Test
    void removeChangesExactlyItsSlot() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            RegionEditor editor = new RegionEditor(c.path());
            String after = editor.remove(c.path(), c.existing(), List.of(c.tag()));

            Map<Slot, TypedValue> expected = new LinkedHashMap<>(editor.slots(c.path(), c.existing()));
            expected.remove(Slot.key(List.of(c.tag())));
            assertThat(editor.slots(c.path(), after)).containsExactlyEntriesOf(expected);
        });
    }

    @Test
    void eachOperationTwiceIsTheOperationOnce() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            RegionEditor editor = new RegionEditor(c.path());
            List<String> key = List.of(c.tag());
            String put = editor.put(c.path(), c.existing(), key, new Str(c.content()));
            String removed = editor.remove(c.path(), c.existing(), key);

            assertThat(editor.put(c.path(), put, key, new Str(c.content()))).isSameAs(put);
            assertThat(editor.remove(c.path(), removed, key)).isSameAs(removed);
        });
    }

    @Test
    void userLinesSurviveEveryOperation() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            RegionEditor editor = new RegionEditor(c.path());
            List<String> before = userLines(c.existing());

            assertThat(userLines(editor.put(c.path(), c.existing(), List.of(c.tag()), new Str(c.content()))))
                    .isEqualTo(before);
            assertThat(userLines(editor.remove(c.path(), c.existing(), List.of(c.tag())))).isEqualTo(before);
        });
    }

    @Test
    void removeOfAnAppendedRegionRestoresAFileThatEndedWithANonBlankLine() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            RegionEditor editor = new RegionEditor(c.path());
            List<String> key = List.of(c.tag());
            String existing = c.existing();
            if (existing == null || editor.slots(c.path(), existing).containsKey(Slot.key(key))
                    || !existing.endsWith("\n") || lastLineIsBlank(existing)) {
                return;
            }
            String put = editor.put(c.path(), existing, key, new Str(c.content()));

            assertThat(editor.remove(c.path(), put, key)).isEqualTo(existing);
        });
    }

    /** Whether the last line of {@code text} (which ends with a line break) is blank. */
    private static boolean lastLineIsBlank(String text) {
        String lines = text.replace("\uFEFF", "").replaceFirst("\r?\n$", "");
        return lines.substring(lines.lastIndexOf('\n') + 1).isBlank();
    }
}
