package dev.protostar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.BinaryLocator;
import dev.protostar.api.ConfigurationException;
import dev.protostar.api.Ide;
import dev.protostar.api.ProcessRunner;
import dev.protostar.api.ProtostarConfig;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TaskResult;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The factories a host needs without touching the engine: runners, locators, configuration. */
class HostFactoriesTest {

    @TempDir
    Path temp;

    @Test
    void theSimulatedRunnerAppliesEffectsAndStartsNoProcess() {
        ProcessRunner runner = Protostar.simulatedRunner();
        Workspace workspace = Workspace.inMemory();

        TaskResult result = runner.run(SystemTask.command("git", "init").build(), workspace, ProtostarListener.none());

        assertThat(runner.isSimulated()).isTrue();
        assertThat(result.exitCode()).isZero();
        assertThat(workspace.exists(WorkspacePath.of(".git/HEAD"))).isTrue();
        assertThat(runner.binaryLocator().isAvailable("uv")).isTrue();
        assertThat(runner.binaryLocator().isAvailable("definitely-not-simulated")).isFalse();
        assertThat(runner.run(SystemTask.command("make").build(), workspace, ProtostarListener.none()).exitCode())
                .isEqualTo(127);
    }

    @Test
    void aSimulatedRunnerWithAFolderNameNamesTheProjectAfterIt() {
        Workspace workspace = Workspace.inMemory();

        Protostar.builder().workspace(workspace).python().noRuff()
                .processRunner(Protostar.simulatedRunner("orbital-sim")).run();

        assertThat(workspace.readString(WorkspacePath.of("pyproject.toml"))).contains("name = \"orbital-sim\"");
        assertThatThrownBy(() -> Protostar.simulatedRunner(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLocatorOnPathFindsExecutablesOfTheGivenPathOnly() throws IOException {
        Path bin = Files.createDirectory(temp.resolve("bin"));
        Path tool = Files.writeString(bin.resolve("fancy-tool"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path plain = Files.writeString(bin.resolve("not-executable"), "text\n");
        Files.setPosixFilePermissions(plain, PosixFilePermissions.fromString("rw-r--r--"));

        BinaryLocator locator = Protostar.binaryLocatorOnPath(Map.of("PATH", "relative/dir:" + bin));

        assertThat(locator.isAvailable("fancy-tool")).isTrue();
        assertThat(locator.isAvailable("not-executable")).isFalse();
        assertThat(locator.isAvailable("bin/fancy-tool")).isFalse();
        assertThat(Protostar.binaryLocatorOnPath(Map.of()).isAvailable("fancy-tool")).isFalse();
        // This process's PATH does not hold the temporary folder.
        assertThat(Protostar.binaryLocatorOnPath().isAvailable("fancy-tool")).isFalse();
    }

    @Test
    void loadConfigReadsAFileAndReportsWhatItSkipped() throws IOException {
        Path file = Files.writeString(temp.resolve("config.toml"), """
                [env]
                ide = "jetbrains"
                python_package_manager = "pip"
                colour = "blue"
                """, StandardCharsets.UTF_8);
        List<String> warnings = new ArrayList<>();

        ProtostarConfig config = Protostar.loadConfig(file, warnings::add);

        assertThat(config.ide()).contains(Ide.JETBRAINS);
        assertThat(config.pythonPackageManager()).contains("pip");
        assertThat(warnings).singleElement().asString().contains(file.toString()).contains("colour");
    }

    @Test
    void loadConfigNamesTheLineAndColumnOfBrokenToml() throws IOException {
        Path file = Files.writeString(temp.resolve("config.toml"), "[env]\nide = \n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Protostar.loadConfig(file, warning -> {}))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(file + ":2:");
        assertThatThrownBy(() -> Protostar.loadConfig(temp.resolve("missing.toml"), warning -> {}))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("does not exist");
    }

    @Test
    void theLayeredConfigurationLaysTheProjectFileOverTheGlobalOne() throws IOException {
        Path home = Files.createDirectory(temp.resolve("home"));
        Files.createDirectories(home.resolve(".config/protostar"));
        Files.writeString(home.resolve(".config/protostar/config.toml"), """
                [env]
                ide = "jetbrains"
                python_version = "3.12"
                """, StandardCharsets.UTF_8);
        Path project = Files.createDirectory(temp.resolve("project"));
        Files.writeString(project.resolve(".protostar.toml"), """
                [env]
                python_version = "3.11"
                """, StandardCharsets.UTF_8);
        List<String> warnings = new ArrayList<>();

        ProtostarConfig config = Protostar.loadConfig(project, Map.of(), home, warnings::add);

        assertThat(config.ide()).contains(Ide.JETBRAINS);
        assertThat(config.pythonVersion()).contains("3.11");
        assertThat(warnings).isEmpty();
        assertThat(Protostar.loadConfig(project, Map.of(), temp.resolve("nobody"), warning -> {}).ide()).isEmpty();
    }
}
