package dev.protostar.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.testing.LanguageStubs;
import dev.protostar.testing.StubPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration file's node_package_manager, [presets.*] and latex_preset, as the CLI applies them. */
class ProtostarCliConfiguredModulesTest {

    @TempDir
    Path temp;

    private Path work;
    private Path configFile;
    private Map<String, String> environment;

    @BeforeEach
    void setUp() throws IOException {
        work = Files.createDirectories(temp.resolve("work"));
        Path home = Files.createDirectories(temp.resolve("home"));
        StubPath stubs = StubPath.in(temp.resolve("bin"))
                .with("uv", StubPath.UV)
                .with("npm", LanguageStubs.NPM)
                .with("pnpm", LanguageStubs.PNPM);
        environment = CliRun.withOwnHome(stubs.environment(), home);
        configFile = home.resolve(".config/protostar/config.toml");
        Files.createDirectories(configFile.getParent());
    }

    private void configure(String toml) throws IOException {
        Files.writeString(configFile, toml, StandardCharsets.UTF_8);
    }

    private CliRun cli(String... args) {
        return CliRun.of(work, environment, args);
    }

    @Test
    void nodeUsesTheConfiguredPackageManager() throws IOException {
        configure("[env]\nnode_package_manager = \"pnpm\"\n");

        CliRun run = cli("init", "--node", "--dir", "web");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("pnpm init");
        assertThat(work.resolve("web/package.json")).exists();
    }

    @Test
    void theFlagBeatsTheConfiguredPackageManager() throws IOException {
        configure("[env]\nnode_package_manager = \"pnpm\"\n");

        CliRun run = cli("init", "--node", "--node-package-manager", "npm", "--dir", "web");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("npm init -y").doesNotContain("pnpm init");
    }

    @Test
    void noConfigIgnoresTheConfiguredPackageManager() throws IOException {
        configure("[env]\nnode_package_manager = \"pnpm\"\n");

        CliRun run = cli("init", "--node", "--no-config", "--dir", "web");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("npm init -y");
    }

    @Test
    void aPresetTableReplacesThePresetsDependencies() throws IOException {
        configure("[presets.cli]\ndependencies = [\"click\"]\n");

        CliRun run = cli("init", "--python", "--cli", "--dir", "tool");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("uv add -- click").doesNotContain("typer");
        assertThat(Files.readString(work.resolve("tool/pyproject.toml"))).contains("\"click\"");
    }

    @Test
    void theProjectFileBeatsTheGlobalPresetTable() throws IOException {
        configure("[presets.cli]\ndependencies = [\"click\"]\n");
        Path project = Files.createDirectories(work.resolve("tool"));
        Files.writeString(project.resolve(".protostar.toml"), "[presets.cli]\ndependencies = [\"cyclopts\"]\n");

        CliRun run = cli("init", "--python", "--cli", "--dir", "tool");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("uv add -- cyclopts").doesNotContain("click");
    }

    @Test
    void generateTexTakesTheConfiguredLatexPreset() throws IOException {
        configure("[env]\nlatex_preset = \"science\"\n");

        CliRun run = cli("generate", "tex", "--dir", "paper");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(work.resolve("paper/main.tex"))).contains("{siunitx}");
    }

    @Test
    void theLatexPresetFlagBeatsTheConfiguration() throws IOException {
        configure("[env]\nlatex_preset = \"science\"\n");

        CliRun run = cli("generate", "tex", "--latex-preset", "minimal", "--dir", "paper");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(work.resolve("paper/main.tex"))).doesNotContain("siunitx");
    }

    @Test
    void aBrokenConfigurationStopsGenerateWithExitCode78() throws IOException {
        configure("[env\n");

        CliRun run = cli("generate", "tex", "--dir", "paper");

        assertThat(run.exitCode()).isEqualTo(78);
        assertThat(run.err()).contains("config.toml:1:");
        assertThat(work.resolve("paper")).doesNotExist();
    }
}
