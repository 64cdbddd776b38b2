package dev.protostar.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The command line is a client of the public API and the {@code dev.protostar} facade only. */
class CliLayeringTest {

    @Test
    void noCommandLineSourceImportsCore() throws IOException {
        Path sources = Path.of("src/main/java/dev/protostar/examples/cli");
        List<String> offenders;
        try (Stream<Path> files = Files.list(sources)) {
            offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> read(file).contains("import dev.protostar.core."))
                    .map(file -> file.getFileName().toString())
                    .toList();
        }
        assertThat(sources).isDirectory();
        assertThat(offenders).isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
