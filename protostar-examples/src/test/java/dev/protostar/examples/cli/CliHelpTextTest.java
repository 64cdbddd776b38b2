package dev.protostar.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The help, version and usage-error texts of every command, byte for byte against golden files in
 * {@code src/test/resources/cli-text/}: the command-line model is built by hand for start-up speed,
 * and these texts must stay exactly what users and scripts know.
 */
class CliHelpTextTest {

    @TempDir
    Path folder;

    static Stream<Arguments> commandLines() {
        return Stream.of(
                Arguments.of("help", new String[] {"--help"}),
                Arguments.of("help-short", new String[] {"-h"}),
                Arguments.of("no-command", new String[] {}),
                Arguments.of("unknown-command", new String[] {"frobnicate"}),
                Arguments.of("init-help", new String[] {"init", "--help"}),
                Arguments.of("init-unknown-option", new String[] {"init", "--bogus"}),
                Arguments.of("init-missing-value", new String[] {"init", "--dir"}),
                Arguments.of("init-bad-flag-value", new String[] {"init", "--force=maybe"}),
                Arguments.of("init-usage-json", new String[] {"init", "--bogus", "--json"}),
                Arguments.of("init-node-manager-alone", new String[] {"init", "--node-package-manager", "npm"}),
                Arguments.of("sync-help", new String[] {"sync", "--help"}),
                Arguments.of("sync-bad-resolve", new String[] {"sync", "--resolve", "c-1234"}),
                Arguments.of("status-help", new String[] {"status", "--help"}),
                Arguments.of("diff-help", new String[] {"diff", "--help"}),
                Arguments.of("eject-help", new String[] {"eject", "--help"}),
                Arguments.of("generate-help", new String[] {"generate", "--help"}),
                Arguments.of("generate-missing-target", new String[] {"generate"}),
                Arguments.of("generate-too-many", new String[] {"generate", "tex", "a", "b"}),
                Arguments.of("config-help", new String[] {"config", "-h"}),
                Arguments.of("config-unknown-option", new String[] {"config", "--edit"}),
                Arguments.of("completion-help", new String[] {"completion", "--help"}),
                Arguments.of("completion-unknown-shell", new String[] {"completion", "tcsh"}),
                Arguments.of("help-command", new String[] {"help", "config"}),
                Arguments.of("help-unknown-command", new String[] {"help", "bogus"}),
                Arguments.of("version", new String[] {"--version"}),
                Arguments.of("init-version", new String[] {"init", "-V"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandLines")
    void textIsExactlyTheGoldenOne(String name, String[] args) throws IOException {
        CliRun run = CliRun.of(folder, Map.of("PATH", "", "HOME", folder.toString()), args);
        String actual = "exit " + run.exitCode() + "\n--- out\n" + run.out() + "--- err\n" + run.err();
        actual = actual.replace("Java " + System.getProperty("java.version"), "Java <version>")
                .replace(VersionProvider.version(), "<protostar-version>");
        String record = System.getProperty("protostar.recordGolden");
        if (record != null) {
            Files.writeString(Path.of(record, name + ".txt"), actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(golden(name));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = CliHelpTextTest.class.getResourceAsStream("/cli-text/" + name + ".txt")) {
            assertThat(in).as("golden file cli-text/%s.txt", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
