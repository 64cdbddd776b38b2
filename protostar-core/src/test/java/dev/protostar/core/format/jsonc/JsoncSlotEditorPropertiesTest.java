package dev.protostar.core.format.jsonc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
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

/**
 * Properties of the JSONC slot editor over generated, commented documents ({@link GeneratedJsonc})
 * in every framing: each edit changes exactly its slot and no other, keeps comments, always yields
 * a valid file in the input's framing, and doing it twice is doing it once.
 */
class JsoncSlotEditorPropertiesTest {

    private static final WorkspacePath FILE = WorkspacePath.of(".vscode/settings.json");
    private static final long SEED = Long.getLong("protostar.seed", 20_261_206L);
    private static final int EXAMPLES = Integer.getInteger("protostar.examples", 400);
    private static final JsoncSlotEditor EDITOR = new JsoncSlotEditor();

    /** An independent reader for the oracle: Jackson's own trees, doubles read as doubles (so -0.0 keeps its sign). */
    private static final ObjectMapper JSONC = JsonMapper.builder(new JsonFactoryBuilder()
                    .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                    .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                    .build())
            .build();

    /** Values an edit writes: every JSON type, strings that look like comments, an object member. */
    private static final List<TypedValue> VALUES = List.of(
            new TypedValue.Str("new"), new TypedValue.Int(7), new TypedValue.Int(-1), new TypedValue.Flt(2.5),
            new TypedValue.Flt(-0.0), new TypedValue.Bool(false), new TypedValue.Null(),
            new TypedValue.Str("with \"quotes\" // not a comment /* nor this */"), new TypedValue.Str("caf\u00e9\n"),
            new TypedValue.Tbl(Map.of("x", new TypedValue.Int(1))));

    /** A base document in one of the framings we must keep, and choices for the edit made on it. */
    private record Case(String document, boolean crlf, boolean bom, boolean finalNewline, int pick, int value, boolean deep) {

        String text() {
            return FramedText.of(document, crlf, bom, finalNewline);
        }

        TypedValue newValue() {
            return VALUES.get(value % VALUES.size());
        }

        <T> T choose(List<T> options) {
            return options.get(pick % options.size());
        }

        @Override
        public String toString() {
            return "pick=" + pick + " value=" + value + " deep=" + deep + " "
                    + FramedText.describe(document, crlf, bom, finalNewline);
        }
    }

    private static Gen<Case> cases() {
        return cases(false);
    }

    /** @param linesOnly whether every object is laid out on lines (see {@link GeneratedJsonc#documents}) */
    private static Gen<Case> cases(boolean linesOnly) {
        Gen<Boolean> often = Generate.range(0, 3).map(i -> i != 0);
        Gen<Integer> any = Generate.range(0, 10_000);
        return GeneratedJsonc.documents(linesOnly).zip(Generate.booleans(), Generate.booleans(), often,
                        (document, crlf, bom, finalNewline) -> new Case(document, crlf, bom, finalNewline, 0, 0, false))
                .zip(any, any, Generate.booleans(), (c, pick, value, deep) ->
                        new Case(c.document(), c.crlf(), c.bom(), c.finalNewline(), pick, value, deep));
    }

    @Test
    void slotsAreTheDocumentsDataReadIndependently() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(cases()).checkAssert(c ->
                assertThat(EDITOR.slots(FILE, c.text())).isEqualTo(referenceSlots(c.text())));
    }

    @Test
    void putOfAPresentKeyChangesExactlyThatSlot() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            List<Slot> keys = keySlots(c.text());
            if (keys.isEmpty()) {
                return;
            }
            Slot slot = c.choose(keys);
            TypedValue value = scalar(c);

            String once = EDITOR.put(FILE, c.text(), slot.keyPath(), value);

            Map<Slot, TypedValue> expected = new LinkedHashMap<>(referenceSlots(c.text()));
            expected.put(slot, value);
            assertEdit(c, once, expected);
            assertThat(comments(once)).isEqualTo(comments(c.text()));
            assertThat(EDITOR.put(FILE, once, slot.keyPath(), value)).isEqualTo(once);
        });
    }

    @Test
    void putOfAnAbsentKeyAddsExactlyThatSlot() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            List<String> keyPath = freshPath(c);
            TypedValue value = scalar(c);

            String once = EDITOR.put(FILE, c.text(), keyPath, value);

            Map<Slot, TypedValue> expected = new LinkedHashMap<>(referenceSlots(c.text()));
            expected.put(Slot.key(keyPath), value);
            assertEdit(c, once, expected);
            assertThat(comments(once)).isEqualTo(comments(c.text()));
            assertThat(EDITOR.put(FILE, once, keyPath, value)).isEqualTo(once);
        });
    }

    @Test
    void removeTakesExactlyThatSlotAndKeepsEveryCommentOnALineOfItsOwn() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            List<Slot> keys = keySlots(c.text());
            if (keys.isEmpty()) {
                return;
            }
            Slot slot = c.choose(keys);

            String once = EDITOR.remove(FILE, c.text(), slot.keyPath());

            Map<Slot, TypedValue> expected = new LinkedHashMap<>(referenceSlots(c.text()));
            expected.remove(slot);
            assertEdit(c, once, expected);
            assertCommentsSurvive(c.text(), once);
            assertThat(EDITOR.remove(FILE, once, slot.keyPath())).isEqualTo(once);
        });
    }

    /**
     * In a file whose objects are all laid out on lines, removing a key deletes whole lines (one
     * block: the member, with the objects it leaves empty) and at most one comma, the one before a
     * last member; every other line stays as it was. The root left empty is the exception: it
     * becomes <code>{}</code>.
     */
    @Test
    void removeInALineLaidOutFileDeletesOneBlockOfLinesAndAtMostOneComma() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(cases(true)).checkAssert(c -> {
            List<Slot> keys = keySlots(c.text());
            if (keys.isEmpty()) {
                return;
            }
            Slot slot = c.choose(keys);

            String result = EDITOR.remove(FILE, c.text(), slot.keyPath());

            if (!tree(result).isEmpty()) {
                assertThat(oneBlockAndOneCommaFewer(TextChecks.lines(c.text()), TextChecks.lines(result)))
                        .as(result).isTrue();
            }
        });
    }

    @Test
    void addMemberAddsExactlyThatMemberSlot() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            List<Slot> members = memberSlots(c.text());
            List<String> keyPath = members.isEmpty() || c.deep() ? freshPath(c) : c.choose(members).keyPath();
            TypedValue member = c.newValue();

            String once = EDITOR.addMember(FILE, c.text(), keyPath, member);

            Map<Slot, TypedValue> expected = new LinkedHashMap<>(referenceSlots(c.text()));
            expected.remove(Slot.key(keyPath)); // an empty array is a key slot until it has a member
            expected.put(Slot.member(keyPath, member), member);
            assertEdit(c, once, expected);
            assertThat(comments(once)).isEqualTo(comments(c.text()));
            assertThat(EDITOR.addMember(FILE, once, keyPath, member)).isEqualTo(once);
        });
    }

    @Test
    void removeMemberTakesExactlyThatMemberSlotAndKeepsEveryCommentOnALineOfItsOwn() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            List<Slot> members = memberSlots(c.text());
            if (members.isEmpty()) {
                return;
            }
            Slot slot = c.choose(members);

            String once = EDITOR.removeMember(FILE, c.text(), slot.keyPath(), slot.member().orElseThrow());

            Map<Slot, TypedValue> expected = new LinkedHashMap<>(referenceSlots(c.text()));
            expected.remove(slot);
            assertEdit(c, once, expected);
            assertCommentsSurvive(c.text(), once);
            assertThat(EDITOR.removeMember(FILE, once, slot.keyPath(), slot.member().orElseThrow())).isEqualTo(once);
        });
    }

    @Test
    void addingThenRemovingANewMemberRestoresTheSlots() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            List<Slot> members = memberSlots(c.text());
            if (members.isEmpty()) {
                return;
            }
            List<String> keyPath = c.choose(members).keyPath();
            TypedValue member = new TypedValue.Str("protostar-only");

            String added = EDITOR.addMember(FILE, c.text(), keyPath, member);
            String removed = EDITOR.removeMember(FILE, added, keyPath, member);

            assertEdit(c, removed, referenceSlots(c.text()));
            assertThat(comments(removed)).isEqualTo(comments(c.text()));
        });
    }

    /** The result validates, keeps the input's framing and holds exactly {@code expected}. */
    private static void assertEdit(Case c, String result, Map<Slot, TypedValue> expected) {
        assertThatCode(() -> JsoncMerger.validate(FILE, result)).as(result).doesNotThrowAnyException();
        assertThat(referenceSlots(result)).as(result).isEqualTo(expected);
        assertThat(result.startsWith("\uFEFF")).isEqualTo(c.bom());
        String body = c.bom() ? result.substring(1) : result;
        if (c.text().contains("\r\n")) {
            assertThat(body.replace("\r\n", "")).as(result).doesNotContain("\n");
        } else {
            assertThat(body).as(result).doesNotContain("\r\n");
        }
        if (!tree(c.text()).isMissingNode()) {
            assertThat(result.endsWith("\n")).isEqualTo(c.text().endsWith("\n"));
        }
    }

    /**
     * Removing deletes comments only where the removed entry stood: the result's comments are the
     * base's in order with some left out, and every comment alone on its line(s) is among them.
     */
    private static void assertCommentsSurvive(String base, String result) {
        List<String> before = comments(base);
        List<String> after = comments(result);
        assertThat(isSubsequence(after, before)).as(result).isTrue();
        assertThat(isSubsequence(aloneComments(base), after)).as(result).isTrue();
    }

    private static TypedValue scalar(Case c) {
        TypedValue value = c.newValue();
        return value instanceof TypedValue.Tbl ? new TypedValue.Str("table") : value;
    }

    /** A key path nothing in the document has: under an object the document has, one or two keys deep. */
    private static List<String> freshPath(Case c) {
        List<List<String>> objects = new ArrayList<>();
        objects.add(List.of());
        for (Slot slot : referenceSlots(c.text()).keySet()) {
            List<String> path = slot.keyPath().subList(0, slot.keyPath().size() - 1); // an array's path is no object
            for (int i = 1; i <= path.size(); i++) {
                if (!objects.contains(path.subList(0, i))) {
                    objects.add(List.copyOf(path.subList(0, i)));
                }
            }
        }
        List<String> path = new ArrayList<>(c.choose(objects));
        path.add("protostar.added");
        if (c.deep()) {
            path.add("[deeper]");
        }
        return path;
    }

    private static List<Slot> keySlots(String text) {
        return referenceSlots(text).keySet().stream().filter(slot -> !slot.isMember()).toList();
    }

    private static List<Slot> memberSlots(String text) {
        return referenceSlots(text).keySet().stream().filter(Slot::isMember).toList();
    }

    /** The slots of {@code text} as the contract defines them, from Jackson's tree. */
    private static Map<Slot, TypedValue> referenceSlots(String text) {
        Map<Slot, TypedValue> slots = new LinkedHashMap<>();
        JsonNode root = tree(text);
        if (!root.isMissingNode()) {
            collect(root, List.of(), slots);
        }
        return slots;
    }

    private static void collect(JsonNode object, List<String> path, Map<Slot, TypedValue> slots) {
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            List<String> keyPath = new ArrayList<>(path);
            keyPath.add(entry.getKey());
            JsonNode value = entry.getValue();
            if (value.isObject()) {
                collect(value, keyPath, slots);
            } else if (value.isArray() && !value.isEmpty()) {
                for (JsonNode item : value) {
                    slots.putIfAbsent(Slot.member(keyPath, typed(item)), typed(item));
                }
            } else {
                slots.put(Slot.key(keyPath), typed(value));
            }
        }
    }

    private static TypedValue typed(JsonNode node) {
        if (node.isTextual()) {
            return new TypedValue.Str(node.textValue());
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? new TypedValue.Int(node.longValue()) : new TypedValue.Flt(node.doubleValue());
        }
        if (node.isNumber()) {
            return new TypedValue.Flt(node.doubleValue());
        }
        if (node.isBoolean()) {
            return new TypedValue.Bool(node.booleanValue());
        }
        if (node.isNull()) {
            return new TypedValue.Null();
        }
        if (node.isArray()) {
            List<TypedValue> items = new ArrayList<>();
            node.forEach(item -> items.add(typed(item)));
            return new TypedValue.Arr(items);
        }
        Map<String, TypedValue> members = new LinkedHashMap<>();
        node.properties().forEach(e -> members.put(e.getKey(), typed(e.getValue())));
        return new TypedValue.Tbl(members);
    }

    private static JsonNode tree(String text) {
        try {
            JsonNode tree = JSONC.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
            return tree == null ? JSONC.missingNode() : tree;
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSONC: " + e.getOriginalMessage() + "\n" + text, e);
        }
    }

    /** A comment's text and where it is. */
    private record Comment(String text, int start, int end) {
    }

    /** Every comment's text, in order. */
    private static List<String> comments(String text) {
        return scanComments(text).stream().map(Comment::text).toList();
    }

    /** The comments with nothing but spaces and tabs before them on their first line and after them on their last. */
    private static List<String> aloneComments(String text) {
        List<String> alone = new ArrayList<>();
        for (Comment comment : scanComments(text)) {
            int before = comment.start();
            while (before > 0 && (text.charAt(before - 1) == ' ' || text.charAt(before - 1) == '\t')) {
                before--;
            }
            int after = comment.end();
            while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
                after++;
            }
            boolean startsLine = before == 0 || text.charAt(before - 1) == '\n' || text.charAt(before - 1) == '\uFEFF';
            boolean endsLine = after == text.length() || text.charAt(after) == '\r' || text.charAt(after) == '\n';
            if (startsLine && endsLine) {
                alone.add(comment.text());
            }
        }
        return alone;
    }

    /** The comments of a JSONC text, found by a lexer of its own (strings skipped). */
    private static List<Comment> scanComments(String text) {
        List<Comment> comments = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                i++;
                while (text.charAt(i) != '"') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (text.startsWith("//", i)) {
                int end = i;
                while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    end++;
                }
                comments.add(new Comment(text.substring(i, end), i, end));
                i = end;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2) + 2;
                comments.add(new Comment(text.substring(i, end), i, end));
                i = end;
            } else {
                i++;
            }
        }
        return comments;
    }

    /** Whether {@code after} is {@code before} without one block of consecutive lines and with at most one comma fewer before it. */
    private static boolean oneBlockAndOneCommaFewer(List<String> before, List<String> after) {
        if (oneBlockFewer(before, after)) {
            return true;
        }
        int p = 0;
        while (p < after.size() && before.get(p).equals(after.get(p))) {
            p++;
        }
        return p < after.size() && isOneCommaFewer(before.get(p), after.get(p))
                && oneBlockFewer(before.subList(p + 1, before.size()), after.subList(p + 1, after.size()));
    }

    private static boolean oneBlockFewer(List<String> before, List<String> after) {
        if (after.size() > before.size()) {
            return false;
        }
        int prefix = 0;
        while (prefix < after.size() && before.get(prefix).equals(after.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < after.size() - prefix
                && before.get(before.size() - 1 - suffix).equals(after.get(after.size() - 1 - suffix))) {
            suffix++;
        }
        return prefix + suffix == after.size();
    }

    private static boolean isOneCommaFewer(String line, String shorter) {
        for (int i = line.indexOf(','); i >= 0; i = line.indexOf(',', i + 1)) {
            if ((line.substring(0, i) + line.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code part} is {@code whole} with some elements left out, order kept. */
    private static boolean isSubsequence(List<String> part, List<String> whole) {
        int next = 0;
        for (String item : whole) {
            if (next < part.size() && part.get(next).equals(item)) {
                next++;
            }
        }
        return next == part.size();
    }

    @Test
    void theCommentOracleSeesCommentsNotStrings() {
        String text = "{\r\n  // alone\r\n  \"a\": \"// no\", /* tail */\r\n  /* b\r\n  c */\r\n}";
        assertThat(comments(text)).containsExactly("// alone", "/* tail */", "/* b\r\n  c */");
        assertThat(aloneComments(text)).containsExactly("// alone", "/* b\r\n  c */");
        Set<String> none = new LinkedHashSet<>(comments("{\"a\": \"/* x */\"}"));
        assertThat(none).isEmpty();
    }
}
