package dev.protostar.core.format.toml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Utf8Text;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;
import org.tomlj.TomlVersion;

/**
 * The official toml-test cases ({@code shared/toml-test}, a sibling of the checkout) against tomlj
 * and our validation step, one dynamic test per case and check:
 *
 * <ul>
 *   <li>{@code roundtrip}: a valid document parses (byte order mark stripped as {@link TomlFraming}
 *       does) and {@code toToml()} writes it back byte for byte once the framing is restored;
 *   <li>{@code decode}: the parsed document equals the case's typed JSON;
 *   <li>{@code accept}: {@link TomlMerger#validate} accepts it;
 *   <li>{@code reject}: our validation step refuses an invalid document: strict UTF-8 decoding
 *       ({@link Utf8Text#decode}, as the executor reads files), then {@link TomlMerger#validate};
 *   <li>{@code tomlj-reject}: tomlj, reading the bytes itself in the list's TOML version, refuses
 *       an invalid document (an error in the result, or {@link MalformedInputException} for bytes
 *       that are not UTF-8).
 * </ul>
 *
 * Cases listed in {@code toml-test-known-failures.txt} (with the reason) must still fail, so the
 * list cannot rot; every other case must pass. The tests are skipped when the data is absent.
 */
class TomlConformanceTest {

    private static final String KNOWN_FAILURES = "toml-test-known-failures.txt";
    private static final Map<String, TomlVersion> LISTS = Map.of("1.0.0", TomlVersion.V1_0_0,
            "1.1.0", TomlVersion.V1_1_0);
    private static final Set<String> VALID_CHECKS = Set.of("roundtrip", "decode", "accept");
    private static final Set<String> INVALID_CHECKS = Set.of("reject", "tomlj-reject");

    @TestFactory
    Stream<DynamicNode> toml100() throws IOException {
        return suite("1.0.0");
    }

    @TestFactory
    Stream<DynamicNode> toml110() throws IOException {
        return suite("1.1.0");
    }

    /** Every known failure names a case of its list and a check that applies to it. */
    @Test
    void everyKnownFailureNamesACaseOfTheSuite() throws IOException {
        Path tests = TomlTestSuite.root();
        for (KnownFailure known : knownFailures()) {
            assertThat(LISTS).as("TOML version of %s", known).containsKey(known.version());
            assertThat(TomlTestSuite.cases(tests, known.version())).as("case of %s", known).contains(known.path());
            Set<String> checks = known.path().startsWith("valid/") ? VALID_CHECKS : INVALID_CHECKS;
            assertThat(checks).as("check of %s", known).contains(known.check());
            assertThat(known.reason()).as("reason of %s", known).isNotBlank();
        }
    }

    private Stream<DynamicNode> suite(String version) throws IOException {
        Path tests = TomlTestSuite.root();
        TomlVersion tomlVersion = LISTS.get(version);
        ObjectMapper json = new ObjectMapper();
        List<String> cases = TomlTestSuite.cases(tests, version);
        Set<String> known = knownFailures().stream()
                .filter(k -> k.version().equals(version))
                .map(k -> k.check() + " " + k.path())
                .collect(Collectors.toSet());
        List<String> valid = cases.stream().filter(c -> c.startsWith("valid/")).toList();
        List<String> invalid = cases.stream().filter(c -> c.startsWith("invalid/")).toList();
        assertThat(valid.size() + invalid.size()).as("cases of files-toml-%s", version).isEqualTo(cases.size());
        return Stream.of(
                container("roundtrip", valid, known, path -> () -> roundTrips(tests, path, tomlVersion)),
                container("decode", valid, known, path -> () -> decodes(tests, path, tomlVersion, json)),
                container("accept", valid, known, path -> () -> accepts(tests, path)),
                container("reject", invalid, known, path -> () -> rejects(tests, path)),
                container("tomlj-reject", invalid, known, path -> () -> tomljRejects(tests, path, tomlVersion)));
    }

    private static DynamicContainer container(String check, List<String> cases, Set<String> known,
            Function<String, Executable> test) {
        return DynamicContainer.dynamicContainer(check + " (" + cases.size() + ")", cases.stream()
                .map(path -> DynamicTest.dynamicTest(path, known.contains(check + " " + path)
                        ? stillFails(check, path, test.apply(path))
                        : test.apply(path))));
    }

    /**
     * A known failure must keep failing its check (an assertion, not some other error); once it
     * passes, the list entry has to go.
     */
    private static Executable stillFails(String check, String path, Executable test) {
        return () -> {
            Throwable failure = catchThrowable(test::execute);
            if (failure == null) {
                fail(check + " " + path + " is listed in " + KNOWN_FAILURES + " but now passes: remove the entry");
            }
            if (!(failure instanceof AssertionError)) {
                throw failure;
            }
        };
    }

    // ---- the checks

    private static void roundTrips(Path tests, String path, TomlVersion version) throws IOException {
        byte[] bytes = Files.readAllBytes(tests.resolve(path));
        TomlFraming framing = TomlFraming.of(new String(bytes, StandardCharsets.UTF_8));
        TomlParseResult document = parsed(path, framing.body(), version);

        String written = framing.frame(document.toToml());

        assertThat(written).as("%s written back", path).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        assertThat(written.getBytes(StandardCharsets.UTF_8)).as("%s written back, bytes", path).isEqualTo(bytes);
    }

    private static void decodes(Path tests, String path, TomlVersion version, ObjectMapper json)
            throws IOException {
        String text = new String(Files.readAllBytes(tests.resolve(path)), StandardCharsets.UTF_8);
        TomlParseResult document = parsed(path, TomlFraming.bodyOf(text), version);
        JsonNode expected = json.readTree(
                tests.resolve(path.substring(0, path.length() - ".toml".length()) + ".json").toFile());

        try {
            TypedJson.assertEquals("", expected, document);
        } catch (AssertionError mismatch) {
            throw new AssertionError(path + " decodes differently from its JSON: " + mismatch.getMessage(), mismatch);
        }
    }

    private static void accepts(Path tests, String path) throws IOException {
        String text = new String(Files.readAllBytes(tests.resolve(path)), StandardCharsets.UTF_8);

        TomlMerger.validate(WorkspacePath.of(path), text);
    }

    /** Our validation step: strict UTF-8 decoding (as the executor reads files), then TomlMerger.validate. */
    private static void rejects(Path tests, String path) throws IOException {
        byte[] bytes = Files.readAllBytes(tests.resolve(path));
        WorkspacePath target = WorkspacePath.of(path);

        Throwable refusal = catchThrowable(() -> TomlMerger.validate(target, Utf8Text.decode(target, bytes)));

        assertThat(refusal).as("our validation refuses %s%s", path, isUtf8(bytes) ? "" : " (not UTF-8)")
                .isInstanceOf(ValidationException.class);
    }

    /** tomlj reading the bytes itself: it refuses malformed UTF-8 with an exception, other errors in the result. */
    private static void tomljRejects(Path tests, String path, TomlVersion version) throws IOException {
        byte[] bytes = Files.readAllBytes(tests.resolve(path));
        int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        boolean refused;
        try {
            refused = Toml.parse(new ByteArrayInputStream(bytes, bom, bytes.length - bom), version).hasErrors();
        } catch (MalformedInputException notUtf8) {
            refused = true;
        }

        assertThat(refused).as("tomlj %s refuses %s", version, path).isTrue();
    }

    private static TomlParseResult parsed(String path, String body, TomlVersion version) {
        TomlParseResult document = Toml.parse(body, version);
        if (document.hasErrors()) {
            TomlParseError first = document.errors().get(0);
            fail("tomlj " + version + " refuses " + path + ": " + first.toString());
        }
        return document;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    // ---- the data

    /** One entry of the known-failures list: {@code <version> <check> <path>  # reason}. */
    private record KnownFailure(String version, String check, String path, String reason) {
    }

    private static List<KnownFailure> knownFailures() throws IOException {
        List<KnownFailure> entries = new ArrayList<>();
        try (InputStream in = TomlConformanceTest.class.getResourceAsStream(KNOWN_FAILURES)) {
            assertThat(in).as("test resource %s", KNOWN_FAILURES).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> seen = new LinkedHashSet<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                int hash = entry.indexOf('#');
                String[] fields = (hash < 0 ? entry : entry.substring(0, hash)).strip().split("\\s+");
                assertThat(fields).as("known failure '%s': <version> <check> <path>  # reason", entry).hasSize(3);
                assertThat(seen.add(fields[0] + " " + fields[1] + " " + fields[2])).as("duplicate '%s'", entry)
                        .isTrue();
                entries.add(new KnownFailure(fields[0], fields[1], fields[2],
                        hash < 0 ? "" : entry.substring(hash + 1).strip()));
            }
        }
        return entries;
    }

    /** toml-test's typed JSON: tables as objects, arrays as arrays, scalars as {type, value}. */
    private static final class TypedJson {

        private TypedJson() {
        }

        static void assertEquals(String where, JsonNode expected, Object actual) {
            if (isScalar(expected)) {
                assertScalar(where, expected.get("type").asText(), expected.get("value").asText(), actual);
            } else if (expected.isArray()) {
                assertThat(actual).as("%s is an array", at(where)).isInstanceOf(TomlArray.class);
                TomlArray array = (TomlArray) actual;
                assertThat(array.size()).as("size of %s", at(where)).isEqualTo(expected.size());
                for (int i = 0; i < expected.size(); i++) {
                    assertEquals(where + "[" + i + "]", expected.get(i), array.get(i));
                }
            } else {
                assertThat(expected.isObject()).as("expected JSON at %s", at(where)).isTrue();
                assertThat(actual).as("%s is a table", at(where)).isInstanceOf(TomlTable.class);
                TomlTable table = (TomlTable) actual;
                Set<String> keys = new TreeSet<>();
                for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
                    keys.add(names.next());
                }
                assertThat(new TreeSet<>(table.keySet())).as("keys of %s", at(where)).isEqualTo(keys);
                for (String key : keys) {
                    assertEquals(where.isEmpty() ? quoteKey(key) : where + "." + quoteKey(key), expected.get(key),
                            table.get(List.of(key)));
                }
            }
        }

        /** A scalar is an object of exactly two text fields, type and value (a table may use those keys too). */
        private static boolean isScalar(JsonNode node) {
            return node.isObject() && node.size() == 2 && node.path("type").isTextual()
                    && node.path("value").isTextual();
        }

        private static void assertScalar(String where, String type, String value, Object actual) {
            Object wanted = switch (type) {
                case "string" -> value;
                case "integer" -> new BigInteger(value);
                case "float" -> parseFloat(value);
                case "bool" -> Boolean.valueOf(value);
                case "datetime" -> OffsetDateTime.parse(value);
                case "datetime-local" -> LocalDateTime.parse(value);
                case "date-local" -> LocalDate.parse(value);
                case "time-local" -> LocalTime.parse(value);
                default -> throw new AssertionError("unknown toml-test type '" + type + "' at " + at(where));
            };
            Object got = actual instanceof Long l ? BigInteger.valueOf(l) : actual;
            // Double.equals: NaN equals NaN, and -0.0 differs from 0.0, as a TOML decoder must keep it.
            assertThat(got).as("%s (%s %s)", at(where), type, value).isEqualTo(wanted);
        }

        private static Double parseFloat(String value) {
            return switch (value) {
                case "inf", "+inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                case "nan", "+nan", "-nan" -> Double.NaN;
                default -> Double.valueOf(value);
            };
        }

        private static String quoteKey(String key) {
            return key.matches("[A-Za-z0-9_-]+") ? key : '"' + key + '"';
        }

        private static String at(String where) {
            return where.isEmpty() ? "the document" : where;
        }
    }
}
