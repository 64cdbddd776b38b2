package dev.protostar.core.format.jsonc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.protostar.api.Resolution;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.testing.FramedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of the JSONC merge over generated, commented documents and payloads. */
class JsoncMergerPropertiesTest {

    private static final WorkspacePath FILE = WorkspacePath.of(".vscode/settings.json");
    private static final long SEED = Long.getLong("protostar.seed", 20_240_611L);
    private static final int EXAMPLES = Integer.getInteger("protostar.examples", 300);

    /** An independent reader for the oracle: Jackson with comments and trailing commas, exact numbers. */
    private static final ObjectMapper JSONC = JsonMapper.builder(new JsonFactoryBuilder()
                    .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                    .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** A base document in one of the framings we must keep: LF or CRLF, BOM or not, final newline or not. */
    private record Base(String document, boolean crlf, boolean bom, boolean finalNewline) {

        String text() {
            return FramedText.of(document, crlf, bom, finalNewline);
        }

        @Override
        public String toString() {
            return FramedText.describe(document, crlf, bom, finalNewline);
        }
    }

    private static Gen<Base> bases(boolean linesOnly) {
        Gen<Boolean> often = Generate.range(0, 3).map(i -> i != 0);
        return GeneratedJsonc.documents(linesOnly).zip(Generate.booleans(), Generate.booleans(), often, Base::new);
    }

    private static Gen<Base> bases() {
        return bases(false);
    }

    private static Gen<Resolution> resolutions() {
        return Generate.pick(List.of(Resolution.MERGE, Resolution.OVERWRITE));
    }

    @Test
    void mergingAnEmptyPayloadReturnsTheInputUnchanged() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(bases(), resolutions()).checkAssert((base, mode) -> {
            JsonMergeResult result = JsoncMerger.merge(FILE, base.text(), "{}", mode);

            assertThat(result.text()).isEqualTo(base.text());
            assertThat(result.changed()).isFalse();
            assertThat(result.keptKeys()).isEmpty();
            assertThat(result.warnings()).isEmpty();
        });
    }

    @Test
    void mergingADocumentsOwnDataChangesNothing() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(bases(), resolutions()).checkAssert((base, mode) -> {
            String ownData = plainJson(base.text());

            JsonMergeResult result = JsoncMerger.merge(FILE, base.text(), ownData, mode);

            assertThat(result.text()).isEqualTo(base.text());
            assertThat(result.changed()).isFalse();
            assertThat(result.keptKeys()).isEmpty();
            assertThat(result.warnings()).isEmpty();
        });
    }

    @Test
    void mergeIsIdempotent() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(bases(), GeneratedJsonc.payloads(), resolutions())
                .checkAssert((base, payload, mode) -> {
                    JsonMergeResult once = JsoncMerger.merge(FILE, base.text(), payload, mode);
                    JsonMergeResult twice = JsoncMerger.merge(FILE, once.text(), payload, mode);

                    assertThat(twice.text()).isEqualTo(once.text());
                    assertThat(twice.changed()).isFalse();
                    assertThat(once.changed()).isEqualTo(!once.text().equals(base.text()));
                });
    }

    /**
     * On documents whose objects are all laid out on lines (every <code>'}'</code> on a line of its own,
     * no object on one line), MERGE keeps every line: each base line appears in the output, in
     * order, either unchanged or with exactly one {@code ','} inserted (the comma added after the
     * value of an object's previous last member). New members only add whole lines.
     */
    @Test
    void mergeKeepsEveryLineOfALineLaidOutFileInOrder() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(bases(true), GeneratedJsonc.payloads())
                .checkAssert((base, payload) -> {
                    String text = JsoncMerger.merge(FILE, base.text(), payload, Resolution.MERGE).text();

                    if (hasRoot(base.text())) { // a blank or comment-only file becomes the payload document
                        assertThat(TextChecks.firstLineMissing(base.text(), text)).as(text).isEqualTo(-1);
                    }
                });
    }

    /**
     * On any document (objects on one line and {@code {}} included), MERGE deletes and changes
     * nothing: the base is a subsequence of the output. An empty object on one line is split over
     * lines and a one-line object grows on its line, which is why the line property above needs
     * line-laid-out documents; this one holds for all.
     */
    @Test
    void mergeOnlyInsertsCharacters() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(bases(), GeneratedJsonc.payloads())
                .checkAssert((base, payload) -> {
                    String text = JsoncMerger.merge(FILE, base.text(), payload, Resolution.MERGE).text();

                    if (hasRoot(base.text())) {
                        assertThat(TextChecks.onlyInserted(base.text(), text)).as(text).isTrue();
                    }
                });
    }

    @Test
    void resultAlwaysValidatesAndKeepsTheFraming() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(bases(), GeneratedJsonc.payloads(), resolutions())
                .checkAssert((base, payload, mode) -> {
                    String text = JsoncMerger.merge(FILE, base.text(), payload, mode).text();

                    assertThatCode(() -> JsoncMerger.validate(FILE, text)).doesNotThrowAnyException();
                    assertThat(text.startsWith("\uFEFF")).isEqualTo(base.bom());
                    String body = base.bom() ? text.substring(1) : text;
                    if (hasRoot(base.text())) {
                        assertThat(text.endsWith("\n")).isEqualTo(base.text().endsWith("\n"));
                    }
                    if (base.text().contains("\r\n")) {
                        assertThat(body.replace("\r\n", "")).doesNotContain("\n");
                    } else {
                        assertThat(body).doesNotContain("\r\n");
                    }
                });
    }

    @Test
    void decodedResultIsThePlainMapMergeOfTheDecodedInputs() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(bases(), GeneratedJsonc.payloads(), resolutions())
                .checkAssert((base, payload, mode) -> {
                    JsonMergeResult result = JsoncMerger.merge(FILE, base.text(), payload, mode);

                    Reference expected = Reference.merge(decode(base.text()), decode(payload), mode);
                    assertThat(decode(result.text())).isEqualTo(expected.data());
                    assertThat(result.keptKeys()).isEqualTo(expected.kept());
                    assertThat(result.warnings()).hasSize(expected.clashes());
                });
    }

    /**
     * The reference merge on plain maps (DESIGN.md section 5, JSON flavour): objects merge
     * recursively; an object meeting a non-object is a clash and the user's value stays; otherwise
     * MERGE keeps the user's value (reporting it when it differs) and OVERWRITE takes the payload's.
     */
    private record Reference(Map<String, Object> data, List<String> kept, int clashes) {

        static Reference merge(Map<String, Object> base, Map<String, Object> payload, Resolution mode) {
            List<String> kept = new ArrayList<>();
            int[] clashes = {0};
            Map<String, Object> data = merge(base, payload, mode, "", kept, clashes);
            return new Reference(data, kept, clashes[0]);
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> payload,
                Resolution mode, String prefix, List<String> kept, int[] clashes) {
            Map<String, Object> result = new LinkedHashMap<>(base);
            for (Map.Entry<String, Object> entry : payload.entrySet()) {
                String key = entry.getKey();
                Object wanted = entry.getValue();
                if (!result.containsKey(key)) {
                    result.put(key, wanted);
                    continue;
                }
                Object existing = result.get(key);
                if (existing instanceof Map && wanted instanceof Map) {
                    result.put(key, merge((Map<String, Object>) existing, (Map<String, Object>) wanted, mode,
                            prefix + key + ".", kept, clashes));
                } else if (existing instanceof Map || wanted instanceof Map) {
                    clashes[0]++;
                } else if (mode == Resolution.OVERWRITE) {
                    result.put(key, wanted);
                } else if (!java.util.Objects.equals(existing, wanted)) {
                    kept.add(prefix + key);
                }
            }
            return result;
        }
    }

    private static boolean hasRoot(String text) {
        return !tree(text).isMissingNode();
    }

    private static JsonNode tree(String text) {
        try {
            JsonNode tree = JSONC.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
            return tree == null ? JSONC.missingNode() : tree;
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSONC: " + e.getOriginalMessage() + "\n" + text, e);
        }
    }

    /** The document's data as maps, lists, strings, booleans, null and normalised BigDecimals. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> decode(String text) {
        JsonNode tree = tree(text);
        if (tree.isMissingNode()) {
            return Map.of();
        }
        return (Map<String, Object>) normalise(JSONC.convertValue(tree, Object.class));
    }

    /** JSON numbers have no types: 1, 1.0 and 1e0 are one number. */
    @SuppressWarnings("unchecked")
    private static Object normalise(Object value) {
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, normalise(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(normalise(v)));
            return out;
        }
        return value;
    }

    /** The document's data written as plain JSON. */
    private static String plainJson(String text) {
        JsonNode tree = tree(text);
        try {
            return tree.isMissingNode() ? "{}" : JSONC.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
