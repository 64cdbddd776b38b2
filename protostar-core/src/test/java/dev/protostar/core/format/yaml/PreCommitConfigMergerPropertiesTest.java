package dev.protostar.core.format.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.protostar.api.PreCommitHook;
import dev.protostar.api.PreCommitRepo;
import dev.protostar.api.Resolution;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.testing.FramedText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of the pre-commit merge over generated configurations and declarations. */
class PreCommitConfigMergerPropertiesTest {

    private static final WorkspacePath FILE = WorkspacePath.of(".pre-commit-config.yaml");
    private static final long SEED = 20_240_917L;
    private static final int EXAMPLES = Integer.getInteger("protostar.examples", 300);

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

    private static Gen<Base> bases() {
        Gen<Boolean> quarter = Generate.range(0, 3).map(i -> i == 0);
        Gen<Boolean> mostly = Generate.range(0, 5).map(i -> i != 0);
        return PreCommitGeneratedConfig.configs().zip(quarter, quarter, mostly, Base::new);
    }

    private static Gen<Resolution> resolutions() {
        return Generate.pick(List.of(Resolution.MERGE, Resolution.OVERWRITE));
    }

    private static PreCommitMergeResult merge(String text, List<PreCommitRepo> declared, Resolution mode) {
        return PreCommitConfigMerger.merge(FILE, text, declared, mode);
    }

    private static List<String> linesOf(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return body.isEmpty() ? List.of() : List.of(body.split("\r?\n", -1));
    }

    private static Object data(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            YAMLMapper mapper = new YAMLMapper();
            JsonNode tree = mapper.readTree(body);
            return tree == null || tree.isMissingNode() ? null : mapper.treeToValue(tree, Object.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("does not parse:\n" + text, e);
        }
    }

    // ------------------------------------------------------------------ a plain reference merge

    /** Repositories by URL, hooks by id; MERGE keeps what exists, OVERWRITE replaces the first entry. */
    @SuppressWarnings("unchecked")
    private static Object reference(Object base, List<PreCommitRepo> declared, Resolution mode) {
        if (declared.isEmpty()) {
            return base;
        }
        Map<String, Object> root = base instanceof Map<?, ?> map
                ? (Map<String, Object>) deepCopy(map) : new LinkedHashMap<>();
        if (!(root.get("repos") instanceof List<?>)) {
            root.put("repos", new ArrayList<>());
        }
        List<Object> repos = (List<Object>) root.get("repos");
        for (PreCommitRepo repo : declared) {
            Map<String, Object> first = null;
            Set<String> ids = new HashSet<>();
            for (Object entry : repos) {
                Map<String, Object> candidate = (Map<String, Object>) entry;
                if (repo.repo().equals(String.valueOf(candidate.get("repo")))) {
                    first = first == null ? candidate : first;
                    if (candidate.get("hooks") instanceof List<?> hooks) {
                        hooks.forEach(hook -> ids.add(String.valueOf(((Map<?, ?>) hook).get("id"))));
                    }
                }
            }
            if (first == null) {
                repos.add(plain(repo));
            } else if (mode == Resolution.OVERWRITE) {
                repos.set(repos.indexOf(first), plain(repo));
            } else {
                List<Object> missing = repo.hooks().stream().filter(hook -> !ids.contains(hook.id()))
                        .<Object>map(PreCommitConfigMergerPropertiesTest::plain).toList();
                if (!missing.isEmpty()) {
                    if (!(first.get("hooks") instanceof List<?>)) {
                        first.put("hooks", new ArrayList<>());
                    }
                    ((List<Object>) first.get("hooks")).addAll(missing);
                }
            }
        }
        return root;
    }

    private static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, deepCopy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(deepCopy(item)));
            return copy;
        }
        return value;
    }

    private static Map<String, Object> plain(PreCommitRepo repo) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("repo", repo.repo());
        if (!repo.rev().isBlank()) {
            map.put("rev", repo.rev());
        }
        map.put("hooks", new ArrayList<>(repo.hooks().stream().map(PreCommitConfigMergerPropertiesTest::plain).toList()));
        return map;
    }

    private static Map<String, Object> plain(PreCommitHook hook) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", hook.id());
        if (!hook.args().isEmpty()) {
            map.put("args", new ArrayList<>(hook.args()));
        }
        if (!hook.additionalDependencies().isEmpty()) {
            map.put("additional_dependencies", new ArrayList<>(hook.additionalDependencies()));
        }
        return map;
    }

    // ------------------------------------------------------------------ properties

    @Test
    void generatedBasesAreValidConfigurations() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(bases()).checkAssert(base ->
                PreCommitConfigMerger.validate(FILE, base.text()));
    }

    @Test
    void generatedBasesCoverTheLayoutsTheyClaim() {
        Map<String, Integer> seen = new LinkedHashMap<>();
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(bases()).checkAssert(base -> {
            String text = base.config().text();
            count(seen, "crlf", base.crlf());
            count(seen, "bom", base.bom());
            count(seen, "no final newline", !base.finalNewline());
            count(seen, "flow values", base.config().flowValues());
            count(seen, "no repos", !text.contains("repos:"));
            count(seen, "0-space repos", text.contains("\n- repo:"));
            count(seen, "4-space repos", text.contains("\n    - repo:") || text.contains("\n    -   repo:"));
            count(seen, "4-column items", text.contains("-   repo:") || text.contains("-   id:"));
            count(seen, "comment lines", text.contains("# note"));
            count(seen, "blank lines", text.contains("\n\n"));
            count(seen, "block scalars", text.contains(": |"));
            count(seen, "ci section", text.contains("ci:"));
        });
        assertThat(seen).hasSize(12).allSatisfy((feature, count) -> assertThat(count).as(feature).isGreaterThan(5));
    }

    private static void count(Map<String, Integer> seen, String feature, boolean present) {
        if (present) {
            seen.merge(feature, 1, Integer::sum);
        }
    }

    @Test
    void mergeIsIdempotent() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(bases(), PreCommitGeneratedConfig.declarations(), resolutions())
                .checkAssert((base, declared, mode) -> {
                    PreCommitMergeResult first = merge(base.text(), declared, mode);
                    PreCommitMergeResult second = merge(first.text(), declared, mode);

                    assertThat(second.text()).isEqualTo(first.text());
                    assertThat(second.changed()).isFalse();
                    assertThat(second.warnings()).isEmpty();
                    assertThat(first.changed()).isEqualTo(!first.text().equals(base.text()));
                });
    }

    @Test
    void mergeKeepsEveryLineOfTheBaseInOrder() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(bases(), PreCommitGeneratedConfig.declarations())
                .checkAssert((base, declared) -> {
                    PreCommitMergeResult result = merge(base.text(), declared, Resolution.MERGE);

                    boolean stripped = result.warnings().stream().anyMatch(w -> w.contains("the block scalar here"));
                    List<String> others = result.warnings().stream()
                            .filter(w -> !w.contains("the block scalar here")).toList();
                    if (!base.config().flowValues()) {
                        assertThat(others).isEmpty();
                    }
                    // A block scalar that ended the file gains a '-' indicator; every other line is kept.
                    List<String> lines = linesOf(result.text()).stream()
                            .map(line -> stripped && line.matches(".*: [|>]-") ? line.substring(0, line.length() - 1)
                                    : line)
                            .toList();
                    if (others.isEmpty() && !linesOf(base.text()).isEmpty()) {
                        assertThat(lines).containsSubsequence(linesOf(base.text()));
                    }
                });
    }

    @Test
    void resultParsesToThePlainReferenceMerge() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(bases(), PreCommitGeneratedConfig.declarations(), resolutions())
                .checkAssert((base, declared, mode) -> {
                    PreCommitMergeResult result = merge(base.text(), declared, mode);

                    PreCommitConfigMerger.validate(FILE, result.text());
                    assertThat(data(result.text())).isEqualTo(reference(data(base.text()), declared, mode));
                });
    }

    @Test
    void framingIsKept() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(bases(), PreCommitGeneratedConfig.declarations(), resolutions())
                .checkAssert((base, declared, mode) -> {
                    String text = merge(base.text(), declared, mode).text();

                    assertThat(text.startsWith("\uFEFF")).isEqualTo(base.bom());
                    assertThat(text.indexOf('\uFEFF', 1)).isEqualTo(-1);
                    if (base.crlf()) {
                        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
                    } else {
                        assertThat(text).doesNotContain("\r");
                    }
                    boolean baseEnds = base.text().replace("\uFEFF", "").isEmpty() || base.text().endsWith("\n");
                    assertThat(text.endsWith("\n")).isEqualTo(baseEnds);
                });
    }

    @Test
    void mergingNothingReturnsTheInputUnchanged() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(bases(), resolutions()).checkAssert((base, mode) -> {
            String text = base.text();
            PreCommitMergeResult result = merge(text, List.of(), mode);

            assertThat(result.text()).isSameAs(text);
            assertThat(result.changed()).isFalse();
        });
    }

    @Test
    void existingEntriesStayInPlaceAndOnlyManagedOnesChange() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(bases(), PreCommitGeneratedConfig.declarations(), resolutions())
                .checkAssert((base, declared, mode) -> {
                    List<?> before = repos(data(base.text()));
                    List<?> after = repos(data(merge(base.text(), declared, mode).text()));
                    Set<String> seen = new HashSet<>();

                    assertThat(after).hasSizeGreaterThanOrEqualTo(before.size());
                    for (int i = 0; i < before.size(); i++) {
                        Map<?, ?> old = (Map<?, ?>) before.get(i);
                        Map<?, ?> now = (Map<?, ?>) after.get(i);
                        String url = String.valueOf(old.get("repo"));
                        PreCommitRepo managed = declared.stream().filter(repo -> repo.repo().equals(url))
                                .findFirst().orElse(null);
                        boolean firstOfUrl = seen.add(url);
                        if (managed != null && firstOfUrl && mode == Resolution.OVERWRITE) {
                            assertThat(now).isEqualTo(plain(managed));
                        } else if (managed != null && firstOfUrl) {
                            Map<Object, Object> withoutHooks = new LinkedHashMap<>(now);
                            withoutHooks.remove("hooks");
                            if (old.containsKey("hooks")) {
                                withoutHooks.put("hooks", old.get("hooks"));
                            }
                            assertThat(withoutHooks).isEqualTo(old);
                            List<?> oldHooks = old.get("hooks") instanceof List<?> list ? list : List.of();
                            List<?> newHooks = now.get("hooks") instanceof List<?> list ? list : List.of();
                            assertThat(newHooks.subList(0, Math.min(oldHooks.size(), newHooks.size())))
                                    .isEqualTo(oldHooks);
                        } else {
                            assertThat(now).isEqualTo(old);
                        }
                    }
                });
    }

    private static List<?> repos(Object data) {
        return data instanceof Map<?, ?> map && map.get("repos") instanceof List<?> list ? list : List.of();
    }
}
