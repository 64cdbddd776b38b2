package dev.protostar.core.format.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.TypedValue;
import dev.protostar.core.testing.FramedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of the pre-commit slot editor over generated configurations and slot edits. */
class PreCommitSlotEditorPropertiesTest {

    private static final WorkspacePath FILE = WorkspacePath.of(".pre-commit-config.yaml");
    private static final PreCommitSlotEditor EDITOR = new PreCommitSlotEditor();
    private static final long SEED = 20_261_206L;
    private static final int EXAMPLES = Integer.getInteger("protostar.examples", 400);

    private static final List<String> URLS;

    static {
        List<String> urls = new ArrayList<>(PreCommitGeneratedConfig.URLS);
        urls.add("https://github.com/PyCQA/bandit");
        URLS = List.copyOf(urls);
    }

    private static final List<String> REVS = List.of("v5.0.0", "v0.9.0", "1.10", "yes", "it's", "#x", "24.4.2",
            "v1: b", "é", "v1.0");
    private static final List<String> STRINGS = List.of("--fix", "--unsafe", "pydantic[mypy]", "yes", "1.10", "it's",
            "#x", "a: b", "--maxkb=500", "", "é", "say \"hi\"", "two\nlines");

    /** A generated configuration in one of the framings we must keep. */
    private record Base(PreCommitGeneratedConfig config, boolean crlf, boolean bom, boolean finalNewline) {

        String text() {
            return FramedText.of(config.text(), crlf, bom, finalNewline);
        }

        @Override
        public String toString() {
            return FramedText.describe(config.text(), crlf, bom, finalNewline);
        }
    }

    /** One slot edit: a put when {@code value} is present, else a remove. */
    private record Op(String url, String hookId, TypedValue value) {

        List<String> keyPath() {
            return hookId == null ? List.of("repos", url, "rev") : List.of("repos", url, "hooks", hookId);
        }

        Slot slot() {
            return Slot.key(keyPath());
        }

        String apply(String text) {
            return value == null ? EDITOR.remove(FILE, text, keyPath()) : EDITOR.put(FILE, text, keyPath(), value);
        }

        @Override
        public String toString() {
            return (value == null ? "remove " : "put ") + keyPath() + (value == null ? "" : " = " + value.display());
        }
    }

    private static Gen<Base> bases() {
        Gen<Boolean> quarter = Generate.range(0, 3).map(i -> i == 0);
        Gen<Boolean> mostly = Generate.range(0, 5).map(i -> i != 0);
        return PreCommitGeneratedConfig.configs().zip(quarter, quarter, mostly, Base::new);
    }

    private static Gen<Op> ops() {
        return in -> {
            String url = URLS.get(Generate.range(0, URLS.size() - 1).generate(in));
            int kind = Generate.range(0, 3).generate(in);
            String id = PreCommitGeneratedConfig.HOOK_IDS.get(
                    Generate.range(0, PreCommitGeneratedConfig.HOOK_IDS.size() - 1).generate(in));
            return switch (kind) {
                case 0 -> new Op(url, null, new TypedValue.Str(REVS.get(Generate.range(0, REVS.size() - 1).generate(in))));
                case 1 -> new Op(url, null, null);
                case 2 -> new Op(url, id, hook(id, in));
                default -> new Op(url, id, null);
            };
        };
    }

    private static TypedValue.Tbl hook(String id, org.quicktheories.core.RandomnessSource in) {
        Map<String, TypedValue> members = new LinkedHashMap<>();
        members.put("id", new TypedValue.Str(id));
        int extras = Generate.range(0, 63).generate(in);
        if ((extras & 1) != 0) {
            members.put("args", strings(in));
        }
        if ((extras & 2) != 0) {
            members.put("additional_dependencies", strings(in));
        }
        if ((extras & 4) != 0) {
            members.put("verbose", new TypedValue.Bool(Generate.booleans().generate(in)));
        }
        if ((extras & 8) != 0) {
            members.put("priority", new TypedValue.Int(Generate.range(-5, 500).generate(in)));
        }
        if ((extras & 16) != 0) {
            members.put("name", new TypedValue.Str(STRINGS.get(Generate.range(0, STRINGS.size() - 1).generate(in))));
        }
        if ((extras & 32) != 0) {
            members.put("env", new TypedValue.Tbl(Map.of("MODE", new TypedValue.Str("strict"),
                    "LEVEL", new TypedValue.Int(2))));
        }
        return new TypedValue.Tbl(members);
    }

    private static TypedValue.Arr strings(org.quicktheories.core.RandomnessSource in) {
        List<TypedValue> items = new ArrayList<>();
        for (int i = 0, n = Generate.range(0, 3).generate(in); i < n; i++) {
            items.add(new TypedValue.Str(STRINGS.get(Generate.range(0, STRINGS.size() - 1).generate(in))));
        }
        return new TypedValue.Arr(items);
    }

    // ------------------------------------------------------------------ properties

    @Test
    void eachEditChangesExactlyItsSlotAndTheResultParses() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(bases(), ops()).checkAssert((base, op) -> {
            String text = base.text();
            Map<Slot, TypedValue> before = EDITOR.slots(FILE, text);
            String after = op.apply(text);
            Map<Slot, TypedValue> expected = new HashMap<>(before);
            if (op.value() != null) {
                expected.put(op.slot(), op.value());
            } else if (op.hookId() != null || !hasHooks(before, op.url())) {
                expected.remove(op.slot());
            }
            assertThat(EDITOR.slots(FILE, after)).as("%s on\n%s\ngave\n%s", op, base, after).isEqualTo(expected);
            if (expected.equals(before)) {
                assertThat(after).isSameAs(text);
            }
        });
    }

    @Test
    void editingTwiceIsEditingOnce() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(bases(), ops()).checkAssert((base, op) -> {
            String once = op.apply(base.text());
            assertThat(op.apply(once)).as("%s on\n%s", op, base).isEqualTo(once);
        });
    }

    @Test
    void userKeysFramingAndCommentsSurvive() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(bases(), ops()).checkAssert((base, op) -> {
            String after = op.apply(base.text());
            assertThat(withoutRepos(after)).as("%s on\n%s\ngave\n%s", op, base, after)
                    .isEqualTo(withoutRepos(base.text()));
            assertThat(after.startsWith("\uFEFF")).isEqualTo(base.bom());
            boolean crlf = base.text().contains("\r\n"); // a file without a line break gets LF
            assertThat(after.replace("\r\n", "").contains("\n")).as("bare LF in\n%s", after).isEqualTo(
                    !crlf && after.contains("\n"));
            List<String> lines = base.config().lines();
            Map<String, Integer> lost = comments(lines, 0, lines.size() - 1);
            comments(linesOf(after), 0, linesOf(after).size() - 1).forEach((comment, count) ->
                    lost.merge(comment, -count, Integer::sum));
            lost.values().removeIf(count -> count <= 0);
            Map<String, Integer> mayGo = new HashMap<>();
            mayGoRanges(lines, op, EDITOR.slots(FILE, base.text())).forEach(range ->
                    comments(lines, range[0], range[1]).forEach((comment, count) -> mayGo.merge(comment, count, Integer::sum)));
            lost.forEach((comment, count) -> assertThat(mayGo.getOrDefault(comment, 0))
                    .as("comment %s lost by %s on\n%s\ngave\n%s", comment, op, base, after).isGreaterThanOrEqualTo(count));
        });
    }

    @Test
    void putsOfANewRepositoryInAnyOrderGiveTheSameText() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES / 2).forAll(bases(), ops(), ops()).checkAssert((base, a, b) -> {
            String url = "https://github.com/example/new-hooks";
            Op rev = new Op(url, null, new TypedValue.Str("v1.0.0"));
            Op first = new Op(url, "one", a.value() instanceof TypedValue.Tbl t ? renamed(t, "one") : hookOnly("one"));
            Op second = new Op(url, "two", b.value() instanceof TypedValue.Tbl t ? renamed(t, "two") : hookOnly("two"));
            String text = base.text();
            String expected = second.apply(first.apply(rev.apply(text)));
            assertThat(rev.apply(second.apply(first.apply(text)))).as("%s", base).isEqualTo(expected);
            assertThat(second.apply(rev.apply(first.apply(text)))).as("%s", base).isEqualTo(expected);
        });
    }

    // ------------------------------------------------------------------ helpers

    private static TypedValue.Tbl hookOnly(String id) {
        return new TypedValue.Tbl(Map.of("id", new TypedValue.Str(id)));
    }

    private static TypedValue.Tbl renamed(TypedValue.Tbl hook, String id) {
        Map<String, TypedValue> members = new LinkedHashMap<>(hook.members());
        members.put("id", new TypedValue.Str(id));
        return new TypedValue.Tbl(members);
    }

    private static boolean hasHooks(Map<Slot, TypedValue> slots, String url) {
        return slots.keySet().stream().anyMatch(slot -> slot.keyPath().size() == 4 && slot.keyPath().get(1).equals(url));
    }

    private static JsonNode withoutRepos(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            JsonNode tree = new YAMLMapper().readTree(body);
            if (tree instanceof ObjectNode object) {
                object.remove("repos");
                return object.isEmpty() ? null : object;
            }
            return tree == null || tree.isMissingNode() ? null : tree;
        } catch (JsonProcessingException e) {
            throw new AssertionError("does not parse:\n" + text, e);
        }
    }

    private static List<String> linesOf(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return body.isEmpty() ? List.of() : List.of(body.split("\r?\n", -1));
    }

    /** Comments (whole-line, and after a value) of lines {@code from} to {@code to}, counted. */
    private static Map<String, Integer> comments(List<String> lines, int from, int to) {
        Map<String, Integer> found = new HashMap<>();
        for (int i = Math.max(0, from); i <= to && i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.strip().startsWith("#") ? line.indexOf('#') : line.indexOf(" #");
            if (hash >= 0) {
                found.merge(line.substring(hash).strip(), 1, Integer::sum);
            }
        }
        return found;
    }

    /**
     * The line ranges whose comments an edit may drop: a hook item replaced or removed (with the
     * comment lines right above a removed one), a repository item removed whole.
     */
    private static List<int[]> mayGoRanges(List<String> lines, Op op, Map<Slot, TypedValue> before) {
        List<int[]> ranges = new ArrayList<>();
        int repo = itemStart(lines, Pattern.compile("^(\\s*)-\\s+repo: " + Pattern.quote(op.url()) + "(\\s.*)?$"), 0,
                lines.size() - 1);
        if (repo < 0) {
            return ranges;
        }
        int repoEnd = itemEnd(lines, repo);
        boolean removesRepo = op.value() == null && (op.hookId() == null
                || (!before.containsKey(Slot.key(List.of("repos", op.url(), "rev")))
                        && before.keySet().stream().filter(s -> s.keyPath().size() == 4
                                && s.keyPath().get(1).equals(op.url())).count() <= 1));
        if (removesRepo) {
            ranges.add(new int[] {commentsAbove(lines, repo), repoEnd});
            return ranges;
        }
        if (op.hookId() != null) {
            Pattern hook = Pattern.compile("^(\\s*)-\\s+id: " + Pattern.quote(op.hookId()) + "(\\s.*)?$");
            for (int at = itemStart(lines, hook, repo, repoEnd); at >= 0; at = itemStart(lines, hook, at + 1, repoEnd)) {
                ranges.add(new int[] {op.value() == null ? commentsAbove(lines, at) : at, itemEnd(lines, at)});
            }
        }
        return ranges;
    }

    private static int itemStart(List<String> lines, Pattern pattern, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (pattern.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The last line of the block item whose dash is on line {@code start}: the last line indented
     * deeper than the dash (the generator writes comments between items at the dashes' column).
     */
    private static int itemEnd(List<String> lines, int start) {
        Matcher dash = Pattern.compile("^(\\s*)-").matcher(lines.get(start));
        dash.find();
        int column = dash.group(1).length();
        int end = start;
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            if (indent <= column) {
                break;
            }
            end = i;
        }
        return end;
    }

    private static int commentsAbove(List<String> lines, int start) {
        int first = start;
        while (first > 0 && lines.get(first - 1).strip().startsWith("#")) {
            first--;
        }
        return first;
    }
}
