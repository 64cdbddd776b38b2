package dev.protostar.core.format.toml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.protostar.core.format.toml.SectionHeaders.Header;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
