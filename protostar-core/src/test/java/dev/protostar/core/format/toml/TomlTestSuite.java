package dev.protostar.core.format.toml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Where the official toml-test cases are ({@code shared/toml-test/tests}, a sibling of the checkout) and which apply. */
final class TomlTestSuite {

    private TomlTestSuite() {
    }

    /**
     * {@code shared/toml-test/tests} beside the checkout (or beside any ancestor of the working
     * directory); the calling test is skipped, saying why, when it is not there.
     */
    static Path root() {
        Path start = Path.of("").toAbsolutePath();
        Optional<Path> found = Stream.iterate(start, p -> p != null, Path::getParent)
                .map(p -> p.resolve("shared").resolve("toml-test").resolve("tests"))
                .filter(Files::isDirectory)
                .findFirst();
        Assumptions.assumeTrue(found.isPresent(), () -> "toml-test conformance data not found: no"
                + " shared/toml-test/tests in " + start + " or any parent folder; the cases are skipped");
        return found.get();
    }

    /** The {@code .toml} cases of {@code files-toml-<version>} (for example "1.0.0"), in list order. */
    static List<String> cases(Path tests, String version) throws IOException {
        return Files.readAllLines(tests.resolve("files-toml-" + version), StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> line.endsWith(".toml"))
                .toList();
    }
}
