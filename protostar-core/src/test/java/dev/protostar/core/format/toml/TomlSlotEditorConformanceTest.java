package dev.protostar.core.format.toml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.TypedValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link TomlSlotEditor} on every valid toml-test case ({@code shared/toml-test}, skipped when
 * absent), so the walk and the span scanner meet every TOML shape:
 *
 * <ul>
 *   <li>{@code slots}: the slots equal the flattening of the case's typed JSON (tables walked into,
 *       arrays as distinct members, every other value a key slot);
 *   <li>{@code edits}: every key slot can be set to a value of another type and removed, and every
 *       member slot removed and a new member added, each result checked by the editor itself (it
 *       throws when a result does not parse or holds other data) and by its slots here.
 * </ul>
 */
class TomlSlotEditorConformanceTest {

    private static final TomlSlotEditor EDITOR = TomlSlotEditor.INSTANCE;

    @TestFactory
    Stream<DynamicNode> toml100() throws IOException {
        return suite("1.0.0");
    }

    @TestFactory
    Stream<DynamicNode> toml110() throws IOException {
        return suite("1.1.0");
    }

    private Stream<DynamicNode> suite(String version) throws IOException {
        Path tests = TomlTestSuite.root();
        List<String> valid = TomlTestSuite.cases(tests, version).stream().filter(c -> c.startsWith("valid/")).toList();
        ObjectMapper json = new ObjectMapper();
        return Stream.of(
                DynamicContainer.dynamicContainer("slots (" + valid.size() + ")", valid.stream()
                        .map(path -> DynamicTest.dynamicTest(path, () -> slotsMatchTheJson(tests, path, json)))),
                DynamicContainer.dynamicContainer("edits (" + valid.size() + ")", valid.stream()
                        .map(path -> DynamicTest.dynamicTest(path, () -> everySlotCanBeEdited(tests, path)))));
    }

    private static String read(Path tests, String path) throws IOException {
        return new String(Files.readAllBytes(tests.resolve(path)), StandardCharsets.UTF_8);
    }

    private static void slotsMatchTheJson(Path tests, String path, ObjectMapper json) throws IOException {
        JsonNode expected = json.readTree(
                tests.resolve(path.substring(0, path.length() - ".toml".length()) + ".json").toFile());
        Map<Slot, TypedValue> flattened = new LinkedHashMap<>();
        flatten(expected, new ArrayList<>(), flattened);

        Map<Slot, TypedValue> slots = EDITOR.slots(WorkspacePath.of(path), read(tests, path));

        assertThat(slots).as("slots of %s", path).isEqualTo(flattened);
    }

    private static void everySlotCanBeEdited(Path tests, String path) throws IOException {
        WorkspacePath target = WorkspacePath.of(path);
        String text = read(tests, path);
        Map<Slot, TypedValue> slots = EDITOR.slots(target, text);
        for (Map.Entry<Slot, TypedValue> entry : slots.entrySet()) {
            Slot slot = entry.getKey();
            Map<Slot, TypedValue> others = new LinkedHashMap<>(slots);
            others.remove(slot);
            if (slot.isMember()) {
                String removed = EDITOR.removeMember(target, text, slot.keyPath(), slot.member().get());
                assertThat(EDITOR.slots(target, removed)).as("%s without %s", path, slot.display()).isEqualTo(others);
                TypedValue added = slot.member().get() instanceof TypedValue.Tbl
                        ? new TypedValue.Tbl(Map.of("added", new TypedValue.Str("x")))
                        : new TypedValue.Str("added member");
                Map<Slot, TypedValue> more = new LinkedHashMap<>(slots);
                more.put(Slot.member(slot.keyPath(), added), added);
                assertThat(EDITOR.slots(target, EDITOR.addMember(target, text, slot.keyPath(), added)))
                        .as("%s with %s added to %s", path, added.display(), slot.dottedKey()).isEqualTo(more);
            } else {
                TypedValue other = entry.getValue() instanceof TypedValue.Str ? new TypedValue.Int(7)
                        : new TypedValue.Str("changed \"value\"");
                Map<Slot, TypedValue> changed = new LinkedHashMap<>(slots);
                changed.put(slot, other);
                assertThat(EDITOR.slots(target, EDITOR.put(target, text, slot.keyPath(), other)))
                        .as("%s with %s set", path, slot.display()).isEqualTo(changed);
                assertThat(EDITOR.slots(target, EDITOR.remove(target, text, slot.keyPath())))
                        .as("%s without %s", path, slot.display()).isEqualTo(others);
            }
        }
    }

    /** toml-test's typed JSON flattened into slots as {@link TomlSlotEditor#slots} defines them. */
    private static void flatten(JsonNode node, List<String> path, Map<Slot, TypedValue> out) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            path.add(field.getKey());
            JsonNode value = field.getValue();
            if (value.isArray() && value.isEmpty()) {
                out.put(Slot.key(path), new TypedValue.Arr(List.of()));
            } else if (value.isArray()) {
                LinkedHashSet<TypedValue> members = new LinkedHashSet<>();
                value.forEach(member -> members.add(typed(member)));
                for (TypedValue member : members) {
                    out.put(Slot.member(path, member), member);
                }
            } else if (isScalar(value)) {
                out.put(Slot.key(path), typed(value));
            } else {
                flatten(value, path, out);
            }
            path.remove(path.size() - 1);
        }
    }

    private static TypedValue typed(JsonNode node) {
        if (node.isArray()) {
            List<TypedValue> items = new ArrayList<>();
            node.forEach(item -> items.add(typed(item)));
            return new TypedValue.Arr(items);
        }
        if (!isScalar(node)) {
            Map<String, TypedValue> members = new LinkedHashMap<>();
            node.fields().forEachRemaining(field -> members.put(field.getKey(), typed(field.getValue())));
            return new TypedValue.Tbl(members);
        }
        String value = node.get("value").asText();
        return switch (node.get("type").asText()) {
            case "string" -> new TypedValue.Str(value);
            case "integer" -> new TypedValue.Int(Long.parseLong(value));
            case "float" -> new TypedValue.Flt(switch (value) {
                case "inf", "+inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                case "nan", "+nan", "-nan" -> Double.NaN;
                default -> Double.parseDouble(value);
            });
            case "bool" -> new TypedValue.Bool(Boolean.parseBoolean(value));
            case "datetime" -> new TypedValue.DateTime("offset-date-time", TomlTyped.text(OffsetDateTime.parse(value)));
            case "datetime-local" -> new TypedValue.DateTime("local-date-time", TomlTyped.text(LocalDateTime.parse(value)));
            case "date-local" -> new TypedValue.DateTime("local-date", TomlTyped.text(LocalDate.parse(value)));
            case "time-local" -> new TypedValue.DateTime("local-time", TomlTyped.text(LocalTime.parse(value)));
            default -> throw new AssertionError("unknown toml-test type " + node);
        };
    }

    /** A scalar is an object of exactly two text fields, type and value (a table may use those keys too). */
    private static boolean isScalar(JsonNode node) {
        return node.isObject() && node.size() == 2 && node.path("type").isTextual() && node.path("value").isTextual();
    }
}
