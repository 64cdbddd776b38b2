package dev.protostar.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.testing.StubPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code protostar help [COMMAND]} prints exactly what {@code --help} prints; the short preset flags. */
class HelpCommandTest {

    @TempDir
    Path folder;

    private CliRun cli(String... args) {
        return CliRun.of(folder, Map.of("PATH", "", "HOME", folder.toString()), args);
    }

    @Test
    void helpAloneIsTheToolsHelp() {
        CliRun help = cli("help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.out()).isEqualTo(cli("--help").out()).contains("  completion  ").contains("  help  ");
    }

    @ParameterizedTest(name = "help {0}")
    @ValueSource(strings = {"init", "generate", "config", "completion", "help"})
    void helpOfACommandIsThatCommandsHelp(String command) {
        CliRun help = cli("help", command);

        assertThat(help.exitCode()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.out()).isEqualTo(cli(command, "--help").out()).startsWith("Usage: protostar " + command);
    }

    @Test
    void helpOfGenerateListsItsTargets() {
        assertThat(cli("help", "generate").out()).contains("Targets:").contains("cpp-class");
    }

    @Test
    void helpOfAnUnknownCommandIsAUsageError() {
        CliRun help = cli("help", "frobnicate");

        assertThat(help.exitCode()).isEqualTo(2);
        assertThat(help.out()).isEmpty();
        assertThat(help.err()).startsWith(
                "Unknown command 'frobnicate'; the commands are init, sync, status, diff, eject, generate, config, completion, help.\n");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"-s, --scientific", "-a, --astro", "-e, --embedded"})
    void shortPresetFlagsAreTheLongOnes(String shortFlag, String longFlag) throws IOException {
        Path home = Files.createDirectories(folder.resolve("home"));
        StubPath stubs = StubPath.in(folder.resolve("bin")).with("uv", StubPath.UV);

        CliRun byShort = CliRun.of(home, stubs.environment(), "init", "-p", shortFlag, "--dry-run", "--dir", "x");
        CliRun byLong = CliRun.of(home, stubs.environment(), "init", "-p", longFlag, "--dry-run", "--dir", "x");

        assertThat(byShort.exitCode()).as(byShort.err()).isZero();
        assertThat(byShort.out()).isEqualTo(byLong.out());
        assertThat(byShort.out()).isNotEqualTo(
                CliRun.of(home, stubs.environment(), "init", "-p", "--dry-run", "--dir", "x").out());
        assertThat(stubs.calls()).isEmpty();
    }
}
