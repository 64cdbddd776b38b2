package dev.protostar.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.ConfigurationException;
import dev.protostar.api.Ide;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFilesTest {

    @TempDir
    Path root;

    private Path home() {
        return root.resolve("home");
    }

    private Path project() throws IOException {
        return Files.createDirectories(root.resolve("project"));
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private ConfigFiles files(Map<String, String> environment) {
        return ConfigFiles.of(environment, home(), root);
    }

    @Test
    void theDefaultIsUnderHomeDotConfig() {
        assertThat(files(Map.of()).globalFile()).isEqualTo(home().resolve(".config/protostar/config.toml"));
    }

    @Test
    void xdgConfigHomeWinsOverHomeWhenAbsolute() {
        Path xdg = root.resolve("xdg");
        assertThat(files(Map.of("XDG_CONFIG_HOME", xdg.toString())).globalFile())
                .isEqualTo(xdg.resolve("protostar/config.toml"));
        assertThat(files(Map.of("XDG_CONFIG_HOME", "relative/path")).globalFile())
                .isEqualTo(home().resolve(".config/protostar/config.toml"));
        assertThat(files(Map.of("XDG_CONFIG_HOME", " ")).globalFile())
                .isEqualTo(home().resolve(".config/protostar/config.toml"));
    }

    @Test
    void theVariableWinsOverXdgAndTheFlagWinsOverTheVariable() {
        Path fromVariable = root.resolve("env.toml");
        Map<String, String> environment = Map.of(ConfigFiles.ENVIRONMENT_VARIABLE, fromVariable.toString(),
                "XDG_CONFIG_HOME", root.resolve("xdg").toString());
        assertThat(files(environment).globalFile()).isEqualTo(fromVariable);
        assertThat(files(environment).withExplicitFile(Path.of("flag.toml")).globalFile())
                .isEqualTo(root.resolve("flag.toml"));
        assertThat(files(Map.of(ConfigFiles.ENVIRONMENT_VARIABLE, "rel.toml")).globalFile())
                .isEqualTo(root.resolve("rel.toml"));
    }

    @Test
    void aMissingDefaultFileIsNoConfiguration() throws IOException {
        assertThat(files(Map.of()).load(project())).isEqualTo(LoadedConfig.empty());
    }

    @Test
    void theGlobalFileIsRead() throws IOException {
        write(home().resolve(".config/protostar/config.toml"), "[env]\nide = \"cursor\"\n");
        assertThat(files(Map.of()).load(project()).config().ide()).contains(Ide.CURSOR);
    }

    @Test
    void aMissingFileNamedByTheFlagOrTheVariableIsAnError() throws IOException {
        Path project = project();
        Path missing = root.resolve("missing.toml");
        assertThatThrownBy(() -> files(Map.of()).withExplicitFile(missing).load(project))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(
                            "The configuration file " + missing + " named by --config does not exist.");
                    assertThat(e.hint()).hasValueSatisfying(hint -> assertThat(hint).contains("protostar config"));
                });
        assertThatThrownBy(() -> files(Map.of(ConfigFiles.ENVIRONMENT_VARIABLE, missing.toString())).load(project))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The configuration file " + missing + " named by PROTOSTAR_CONFIG does not exist.");
        assertThatThrownBy(() -> files(Map.of()).withExplicitFile(root).load(project))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The configuration file " + root + " named by --config is not a regular file.");
    }

    @Test
    void theFlagReplacesTheDefaultFileRatherThanAddingToIt() throws IOException {
        write(home().resolve(".config/protostar/config.toml"), "[env]\nmypy = true\nide = \"cursor\"\n");
        Path flagged = write(root.resolve("other.toml"), "[env]\npytest = true\n");

        LoadedConfig loaded = files(Map.of()).withExplicitFile(flagged).load(project());

        assertThat(loaded.config().tools()).isEqualTo(Map.of("pytest", true));
        assertThat(loaded.config().ide()).isEmpty();
    }

    @Test
    void theProjectFileIsLaidOverTheGlobalFile() throws IOException {
        write(home().resolve(".config/protostar/config.toml"),
                "[env]\nide = \"cursor\"\nmypy = true\npytest = true\n");
        Path project = project();
        write(project.resolve(".protostar.toml"), "[env]\nmypy = false\n");

        LoadedConfig loaded = files(Map.of()).load(project);

        assertThat(loaded.config().ide()).contains(Ide.CURSOR);
        assertThat(loaded.config().tools()).isEqualTo(Map.of("mypy", false, "pytest", true));
    }

    @Test
    void theProjectFileAloneIsEnough() throws IOException {
        Path project = project();
        write(project.resolve(".protostar.toml"), "[env]\nide = \"none\"\n");
        assertThat(files(Map.of()).load(project).config().ide()).contains(Ide.NONE);
    }

    @Test
    void noConfigIgnoresTheGlobalAndTheProjectFile() throws IOException {
        write(home().resolve(".config/protostar/config.toml"), "[env]\nmypy = true\n");
        Path project = project();
        write(project.resolve(".protostar.toml"), "[env]\npytest = true\n");

        assertThat(files(Map.of()).ignoringFiles().load(project)).isEqualTo(LoadedConfig.empty());
        assertThat(files(Map.of()).withExplicitFile(root.resolve("missing.toml")).ignoringFiles().load(project))
                .isEqualTo(LoadedConfig.empty());
    }

    @Test
    void warningsNameTheFileTheyCameFrom() throws IOException {
        Path global = write(home().resolve(".config/protostar/config.toml"), "[env]\nrufff = true\n");
        Path project = project();
        Path local = write(project.resolve(".protostar.toml"), "\n[env]\nide = \"vim\"\n");

        assertThat(files(Map.of()).load(project).warnings()).satisfiesExactly(
                first -> assertThat(first).startsWith(global + ":2: unknown key env.rufff"),
                second -> assertThat(second).startsWith(local + ":3: env.ide = \"vim\" is not one of"));
    }

    @Test
    void aFileThatIsNotUtf8IsAConfigurationError() throws IOException {
        Path file = root.resolve("latin1.toml");
        Files.write(file, new byte[] {'#', ' ', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> ConfigLoader.read(file))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The configuration file " + file + " is not UTF-8 text.");
    }

    @Test
    void aSyntaxErrorNamesTheFilePath() throws IOException {
        Path file = write(root.resolve("broken.toml"), "[env]\nide = = 1\n");
        assertThatThrownBy(() -> ConfigLoader.read(file))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(file + ":2:");
    }
}
