package dev.protostar.core.format.toml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.TypedValue;
import dev.protostar.core.testing.FramedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * Properties of {@link TomlSlotEditor} over generated, commented documents ({@link GeneratedToml})
 * in every framing (LF or CRLF, byte order mark or not, final newline or not): each edit changes
 * exactly its slot, keeps every comment line it does not remove, and applying it twice is applying
 * it once.
 */
class TomlSlotEditorPropertiesTest {

    private static final WorkspacePath FILE = WorkspacePath.of("generated.toml");
    private static final TomlSlotEditor EDITOR = TomlSlotEditor.INSTANCE;
    private static final long SEED = 20_261_206L;
    private static final int EXAMPLES = Integer.getInteger("protostar.examples", 300);
    private static final List<TypedValue> VALUES = List.of(new TypedValue.Int(7), new TypedValue.Str("new \"value\""),
            new TypedValue.Bool(false), new TypedValue.Flt(2.5), new TypedValue.DateTime("local-date", "2025-01-02"),
            new TypedValue.Str(""), new TypedValue.Flt(Double.NaN));

    /** A document in one framing, and choices (which slot, which value) drawn for it. */
    private record Example(GeneratedToml document, boolean crlf, boolean bom, boolean finalNewline, int pick, int value) {

        String text() {
            return FramedText.of(document.text(), crlf, bom, finalNewline);
        }

        TypedValue newValue() {
            return VALUES.get(value % VALUES.size());
        }

        <T> T pickFrom(List<T> choices) {
            return choices.get(pick % choices.size());
        }

        @Override
        public String toString() {
            return "pick=" + pick + " value=" + value + " " + FramedText.describe(document.text(), crlf, bom, finalNewline);
        }
    }

    private static Gen<Example> examples() {
        Gen<Boolean> often = Generate.range(0, 3).map(i -> i != 0);
        Gen<Integer> picks = Generate.range(0, 1_000);
        return GeneratedToml.documents().zip(Generate.booleans(), Generate.booleans(), often, (d, crlf, bom, fin) ->
                new Object[] {d, crlf, bom, fin}).zip(picks, picks, (framed, pick, value) -> new Example(
                        (GeneratedToml) framed[0], (Boolean) framed[1], (Boolean) framed[2], (Boolean) framed[3], pick,
                        value));
    }

    private static List<Slot> keySlots(Map<Slot, TypedValue> slots) {
        return slots.keySet().stream().filter(slot -> !slot.isMember()).toList();
    }

    private static List<Slot> memberSlots(Map<Slot, TypedValue> slots) {
        return slots.keySet().stream().filter(Slot::isMember).toList();
    }

    /** The key paths of the tables a new key can go into: the root and every table not inside an array. */
    private static List<List<String>> tables(TomlTable table, List<String> path, List<List<String>> out) {
        out.add(path);
        for (String key : table.keySet()) {
            if (table.get(List.of(key)) instanceof TomlTable child) {
                List<String> childPath = new ArrayList<>(path);
                childPath.add(key);
                tables(child, List.copyOf(childPath), out);
            }
        }
        return out;
    }

    /** The key paths of every array (inline or of tables) not inside an array, empty ones included. */
    private static List<List<String>> arrays(TomlTable table, List<String> path, List<List<String>> out) {
        for (String key : table.keySet()) {
            List<String> keyPath = new ArrayList<>(path);
            keyPath.add(key);
            Object value = table.get(List.of(key));
            if (value instanceof TomlTable child) {
                arrays(child, List.copyOf(keyPath), out);
            } else if (value instanceof TomlArray) {
                out.add(List.copyOf(keyPath));
            }
        }
        return out;
    }

    private static TomlParseResult parse(String text) {
        return Toml.parse(TomlFraming.bodyOf(text));
    }

    /** The lines of {@code text} that hold only a comment, in order. */
    private static List<String> commentLines(String text) {
        return TomlFraming.bodyOf(text).lines().filter(line -> line.strip().startsWith("#")).toList();
    }

    /** {@code kept} appear in {@code lines} in their order (AssertJ refuses an empty subsequence). */
    private static void assertKeepsInOrder(List<String> lines, List<String> kept) {
        if (!kept.isEmpty()) {
            assertThat(lines).containsSubsequence(kept);
        }
    }

    @Test
    void putChangesExactlyItsSlotAndPuttingTwiceIsPuttingOnce() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(examples()).checkAssert(example -> {
            String text = example.text();
            Map<Slot, TypedValue> before = EDITOR.slots(FILE, text);
            List<Slot> keys = keySlots(before);
            List<String> keyPath;
            if (!keys.isEmpty() && example.value() % 3 != 0) {
                keyPath = example.pickFrom(keys).keyPath();
            } else {
                List<String> table = new ArrayList<>(example.pickFrom(tables(parse(text), List.of(), new ArrayList<>())));
                table.add(example.value() % 2 == 0 ? "fresh-key" : "fresh.key");
                keyPath = table;
            }
            TypedValue value = example.newValue();

            String once = EDITOR.put(FILE, text, keyPath, value);
            String twice = EDITOR.put(FILE, once, keyPath, value);

            Map<Slot, TypedValue> expected = new LinkedHashMap<>(before);
            expected.put(Slot.key(keyPath), value);
            assertThat(EDITOR.slots(FILE, once)).isEqualTo(expected);
            assertThat(twice).isEqualTo(once);
            assertKeepsInOrder(commentLines(once), commentLines(text));
            assertThat(once.startsWith("\uFEFF")).isEqualTo(example.bom());
        });
    }

    @Test
    void removeRemovesExactlyItsSlotAndKeepsEveryCommentLine() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(examples()).checkAssert(example -> {
            String text = example.text();
            Map<Slot, TypedValue> before = EDITOR.slots(FILE, text);
            List<Slot> keys = keySlots(before);
            if (keys.isEmpty()) {
                assertThat(EDITOR.remove(FILE, text, List.of("absent"))).isSameAs(text);
                return;
            }
            Slot slot = example.pickFrom(keys);

            String result = EDITOR.remove(FILE, text, slot.keyPath());

            Map<Slot, TypedValue> expected = new LinkedHashMap<>(before);
            expected.remove(slot);
            assertThat(EDITOR.slots(FILE, result)).isEqualTo(expected);
            assertThat(commentLines(result)).containsExactlyElementsOf(commentLines(text));
            assertThat(EDITOR.remove(FILE, result, slot.keyPath())).isSameAs(result);
        });
    }

    @Test
    void removingAWholeArrayRemovesExactlyItsMembers() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(examples()).checkAssert(example -> {
            String text = example.text();
            List<List<String>> arrays = arrays(parse(text), List.of(), new ArrayList<>());
            if (arrays.isEmpty()) {
                return;
            }
            List<String> keyPath = example.pickFrom(arrays);
            Map<Slot, TypedValue> before = EDITOR.slots(FILE, text);

            String result = EDITOR.remove(FILE, text, keyPath);

            Map<Slot, TypedValue> expected = new LinkedHashMap<>(before);
            expected.keySet().removeIf(slot -> slot.keyPath().equals(keyPath));
            assertThat(EDITOR.slots(FILE, result)).isEqualTo(expected);
            assertThat(parse(result).contains(keyPath)).isFalse();
        });
    }

    @Test
    void addMemberAddsExactlyItsSlotAndAddingTwiceIsAddingOnce() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(examples()).checkAssert(example -> {
            String text = example.text();
            TomlParseResult parsed = parse(text);
            List<List<String>> arrays = arrays(parsed, List.of(), new ArrayList<>());
            List<String> keyPath;
            TypedValue member;
            if (!arrays.isEmpty() && example.value() % 4 != 0) {
                keyPath = example.pickFrom(arrays);
                TomlArray array = parsed.getArray(keyPath);
                boolean tables = !array.isEmpty() && array.get(0) instanceof TomlTable;
                member = tables ? new TypedValue.Tbl(Map.of("k1", example.newValue()))
                        : example.newValue();
            } else {
                List<String> table = new ArrayList<>(example.pickFrom(tables(parsed, List.of(), new ArrayList<>())));
                table.add("fresh-list");
                keyPath = table;
                member = example.value() % 2 == 0 ? new TypedValue.Tbl(Map.of("k1", example.newValue()))
                        : example.newValue();
            }
            Map<Slot, TypedValue> before = EDITOR.slots(FILE, text);

            String once = EDITOR.addMember(FILE, text, keyPath, member);
            String twice = EDITOR.addMember(FILE, once, keyPath, member);

            Map<Slot, TypedValue> expected = new LinkedHashMap<>(before);
            expected.remove(Slot.key(keyPath)); // an empty array is a key slot until it has a member
            expected.put(Slot.member(keyPath, member), member);
            assertThat(EDITOR.slots(FILE, once)).isEqualTo(expected);
            assertThat(twice).isSameAs(once);
            assertKeepsInOrder(commentLines(once), commentLines(text));
        });
    }

    @Test
    void removeMemberRemovesExactlyItsSlotAndOnlyCommentsInsideARemovedEntry() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(examples()).checkAssert(example -> {
            String text = example.text();
            Map<Slot, TypedValue> before = EDITOR.slots(FILE, text);
            List<Slot> members = memberSlots(before);
            if (members.isEmpty()) {
                return;
            }
            Slot slot = example.pickFrom(members);

            String result = EDITOR.removeMember(FILE, text, slot.keyPath(), slot.member().get());

            Map<Slot, TypedValue> expected = new LinkedHashMap<>(before);
            expected.remove(slot);
            assertThat(EDITOR.slots(FILE, result)).isEqualTo(expected);
            assertThat(EDITOR.removeMember(FILE, result, slot.keyPath(), slot.member().get())).isSameAs(result);
            assertKeepsInOrder(commentLines(result), survivingComments(example, slot));
        });
    }

    /**
     * The comment lines of the example that must survive removing {@code slot}'s member: all of them,
     * except, for an array of tables, those between a removed entry's header and the next header.
     */
    private static List<String> survivingComments(Example example, Slot slot) {
        List<String> lines = example.document().lines();
        String header = "[[" + String.join(".", slot.keyPath()) + "]]";
        TomlParseResult parsed = parse(example.document().text());
        Set<Integer> removed = new LinkedHashSet<>();
        int entry = 0;
        boolean inRemoved = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("[")) {
                inRemoved = false;
                if (line.equals(header) || line.startsWith(header + " ")) {
                    TypedValue value = TomlTyped.of(parsed.getArray(slot.keyPath()).get(entry++));
                    inRemoved = value.equals(slot.member().get());
                }
            }
            if (inRemoved) {
                removed.add(i);
            }
        }
        List<String> surviving = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!removed.contains(i) && lines.get(i).strip().startsWith("#")) {
                surviving.add(lines.get(i));
            }
        }
        return surviving;
    }
}
