package dev.protostar.core.format.toml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.protostar.core.format.toml.SectionHeaders.Header;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlVersion;

/**
 * {@link HeaderScan} finds exactly the headers {@link SectionHeaders} finds in a tomlj parse, or
 * declines; and it does not decline on the files Protostar usually edits.
 */
class HeaderScanTest {

    @Test
    void findsTheHeadersOfTheCommentedPyproject() throws IOException {
        String text = resource("commented-pyproject.toml");
        assertThat(HeaderScan.of(lines(text))).isNotNull().isEqualTo(parsedHeaders(text));
    }

    @Test
    void skipsBracketsInsideArraysStringsAndComments() {
        String text = """
                title = "[not.a.header]"
                matrix = [
                  [1, 2],
                  ["[x]", '[y]'],
                ]
                doc = \"\"\"
                [inside.a.string]
                \\\"\"\" still inside
                \"\"\"
                raw = '''
                [inside.raw]
                '''
                # [commented.out]
                [ tool . "quoted.key" ]  # a comment
                  [[tool.items]]
                [tool.'literal key'.sub]
                inline = { a = [1, 2], b = { c = "]" } }
                """;
        List<Header> scanned = HeaderScan.of(lines(text));
        assertThat(scanned).extracting(Header::path).containsExactly(
                List.of("tool", "quoted.key"), List.of("tool", "items"), List.of("tool", "literal key", "sub"));
        assertThat(scanned).isEqualTo(parsedHeaders(text));
    }

    @Test
    void declinesWhatItDoesNotReadExactly() {
        assertThat(HeaderScan.of(List.of("[\"esc\\u0041ped\"]"))).isNull();
        assertThat(HeaderScan.of(List.of("[a] b = 1"))).isNull();
        assertThat(HeaderScan.of(List.of("a = [", "1,"))).isNull();
        assertThat(HeaderScan.of(List.of("a = \"\"\"", "open"))).isNull();
        assertThat(HeaderScan.of(List.of("a = 1\nb = 2"))).isNull();
    }

    @Test
    void agreesWithTheParseOnGeneratedDocuments() {
        int[] read = new int[1];
        qt().withFixedSeed(20260601L).withExamples(500).forAll(GeneratedToml.documents()).checkAssert(document -> {
            String text = document.text();
            List<Header> scanned = HeaderScan.of(lines(text));
            if (scanned != null) {
                read[0]++;
                assertThat(scanned).as("headers of%n%s", text).isEqualTo(parsedHeaders(text));
            }
        });
        assertThat(read[0]).as("generated documents the scanner read").isGreaterThan(250);
    }

    @Test
    void agreesWithTheParseOnEveryValidTomlTestCase() throws IOException {
        Path tests = TomlTestSuite.root();
        int scannedCases = 0;
        for (String version : List.of("1.0.0", "1.1.0")) {
            Path list = tests.resolve("files-toml-" + version);
            if (!Files.isRegularFile(list)) {
                continue;
            }
            for (String entry : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                String path = entry.strip();
                if (!path.startsWith("valid/") || !path.endsWith(".toml")) {
                    continue;
                }
                String text = TomlFraming.bodyOf(Files.readString(tests.resolve(path), StandardCharsets.UTF_8));
                TomlParseResult parsed = Toml.parse(text, TomlVersion.LATEST);
                if (parsed.hasErrors()) {
                    continue;
                }
                for (String newline : List.of("\r\n", "\n")) {
                    List<String> lines = split(text, newline);
                    List<Header> scanned = HeaderScan.of(lines);
                    if (scanned != null) {
                        scannedCases++;
                        assertThat(scanned).as("%s split at %s", path, newline.length() == 2 ? "CRLF" : "LF")
                                .isEqualTo(SectionHeaders.of(parsed, lines));
                    }
                }
            }
        }
        assertThat(scannedCases).as("cases the scanner read").isGreaterThan(100);
    }

    @Test
    void readsThousandsOfSectionsWithArraysOfTablesAsTheParseDoes() {
        StringBuilder text = new StringBuilder("[project]\nname = \"many\"\n\n");
        for (int i = 0; i < 3000; i++) {
            text.append("# section ").append(i).append("\n[tool.custom").append(i).append("]\n")
                    .append("# a commented key\nlevel = 1\npaths = [\"a\", \"b\"]\n\n")
                    .append("[[tool.custom").append(i).append(".items]]\nname = \"x\"\n\n");
        }
        List<Header> scanned = HeaderScan.of(lines(text.toString()));
        assertThat(scanned).isNotNull().hasSize(6001).isEqualTo(parsedHeaders(text.toString()));
    }

    @Test
    void declinesWhereAnImplicitTableWouldGetAHeaderLineOrATableSitsInAnArrayOfTables() {
        // [tool.a.sub] creates tool and tool.a before [tool.a] defines tool.a: tomlj puts tool at that line.
        assertThat(HeaderScan.of(List.of("[tool.a.sub]", "k = 1", "[tool.a]", "j = 2"))).isNull();
        assertThat(HeaderScan.of(List.of("[[tool.items]]", "k = 1", "[tool.items.sub]", "j = 2"))).isNull();
        assertThat(HeaderScan.of(List.of("[tool.b]", "[tool.a.sub]", "[tool.a]"))).isNotNull();
        assertThat(HeaderScan.of(List.of("[tool.a]", "[tool.a.sub]", "[[tool.a.items]]"))).isNotNull();
    }

    /**
     * The one-pass check answers exactly as the scan over every header for every header it replaced
     * (kept below as {@link #implicitTablesDifferByPairs}), on random header lists drawn from a small
     * pool of paths so that prefixes, repeats, arrays and orders collide often.
     */
    @Test
    void implicitTablesCheckAgreesWithTheScanOverAllPairs() {
        List<List<String>> pool = List.of(List.of("a"), List.of("a", "b"), List.of("a", "b", "c"),
                List.of("a", "c"), List.of("a", "b", "c", "d"), List.of("b"), List.of("b", "a"),
                List.of("a", "c", "b"), List.of("b", "a", "b"));
        int[] differ = new int[1];
        qt().withFixedSeed(20261206L).withExamples(3000)
                .forAll(lists().of(integers().between(0, 2 * pool.size() - 1)).ofSizeBetween(0, 9))
                .checkAssert(picks -> {
                    List<Header> headers = new ArrayList<>();
                    BitSet arrayHeaders = new BitSet();
                    for (int pick : picks) {
                        if (pick >= pool.size()) {
                            arrayHeaders.set(headers.size());
                        }
                        headers.add(new Header(headers.size(), pool.get(pick % pool.size())));
                    }
                    boolean expected = implicitTablesDifferByPairs(headers, arrayHeaders);
                    differ[0] += expected ? 1 : 0;
                    assertThat(HeaderScan.implicitTablesDiffer(headers, arrayHeaders))
                            .as("%s, arrays at %s", headers, arrayHeaders).isEqualTo(expected);
                });
        assertThat(differ[0]).as("header lists where the check declines").isBetween(300, 2700);
    }

    /** The check as it was before it became one pass (commit 632ed86), for comparison. */
    private static boolean implicitTablesDifferByPairs(List<Header> headers, BitSet arrayHeaders) {
        Set<List<String>> arrays = new HashSet<>();
        Set<List<String>> explicit = new HashSet<>();
        for (int i = 0; i < headers.size(); i++) {
            explicit.add(headers.get(i).path());
            if (arrayHeaders.get(i)) {
                arrays.add(headers.get(i).path());
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            List<String> path = headers.get(i).path();
            for (List<String> array : arrays) {
                if (path.size() > array.size() && path.subList(0, array.size()).equals(array)) {
                    return true;
                }
            }
            for (int k = 1; k <= path.size() - 2; k++) {
                List<String> table = path.subList(0, k);
                boolean createdBefore = false;
                for (int j = 0; j < i; j++) {
                    List<String> earlier = headers.get(j).path();
                    createdBefore |= earlier.size() >= table.size() && earlier.subList(0, table.size()).equals(table);
                }
                if (explicit.contains(table) || createdBefore) {
                    continue;
                }
                List<String> child = path.subList(0, k + 1);
                for (int j = i + 1; j < headers.size(); j++) {
                    if (headers.get(j).path().equals(child)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<Header> parsedHeaders(String text) {
        TomlParseResult parsed = Toml.parse(text, TomlVersion.LATEST);
        assertThat(parsed.errors()).as("test document parses").isEmpty();
        return SectionHeaders.of(parsed, lines(text));
    }

    private static List<String> lines(String text) {
        return split(text, "\n");
    }

    /** As the placement step splits a text: at {@code newline}, without the empty piece after the last one. */
    private static List<String> split(String text, String newline) {
        List<String> lines = new ArrayList<>(List.of(text.split(newline, -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HeaderScanTest.class.getResourceAsStream(name)) {
            assertThat(in).as("test resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
