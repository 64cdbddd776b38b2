package dev.protostar.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.core.config.ConfigLoader;
import dev.protostar.core.config.ConfigTemplate;
import dev.protostar.core.config.LoadedConfig;
import dev.protostar.testing.StubPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code protostar config}, and the configuration options of {@code protostar init}. */
class ProtostarCliConfigTest {

    @TempDir
    Path temp;

    private Path work;
    private Path home;
    private StubPath stubs;

    @BeforeEach
    void setUp() throws IOException {
        work = Files.createDirectories(temp.resolve("work"));
        home = Files.createDirectories(temp.resolve("home"));
        stubs = StubPath.in(temp.resolve("bin")).with("uv", StubPath.UV);
    }

    /** The stub environment with our own HOME and none of the variables that pick a file or an editor. */
    private Map<String, String> environment(String... pairs) {
        Map<String, String> environment = CliRun.withOwnHome(stubs.environment(), home);
        for (int i = 0; i < pairs.length; i += 2) {
            environment.put(pairs[i], pairs[i + 1]);
        }
        return environment;
    }

    private CliRun cli(Map<String, String> environment, String... args) {
        return CliRun.of(work, environment, args);
    }

    private Path defaultFile() {
        return home.resolve(".config/protostar/config.toml");
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** An editor that logs its arguments beside itself and exits with {@code status}. */
    private Path editor(String name, int status) throws IOException {
        Path script = temp.resolve(name);
        Files.writeString(script, "#!/bin/sh\necho \"$*\" >> \"$0.log\"\nexit " + status + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    @Test
    void pathPrintsTheDefaultFileOnly() {
        CliRun run = cli(environment(), "config", "--path");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(defaultFile() + "\n");
        assertThat(Files.exists(defaultFile())).isFalse();
    }

    @Test
    void pathFollowsXdgThenTheVariableThenTheFlag() {
        Path xdg = temp.resolve("xdg");
        assertThat(cli(environment("XDG_CONFIG_HOME", xdg.toString()), "config", "--path").out())
                .isEqualTo(xdg.resolve("protostar/config.toml") + "\n");
        Map<String, String> withVariable =
                environment("XDG_CONFIG_HOME", xdg.toString(), "PROTOSTAR_CONFIG", temp.resolve("env.toml").toString());
        assertThat(cli(withVariable, "config", "--path").out()).isEqualTo(temp.resolve("env.toml") + "\n");
        assertThat(cli(withVariable, "config", "--path", "--config", "mine.toml").out())
                .isEqualTo(work.resolve("mine.toml") + "\n");
    }

    @Test
    void withoutAnEditorTheFileIsCreatedWithItsFoldersAndThePathPrinted() throws IOException {
        CliRun run = cli(environment(), "config");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(defaultFile())).isEqualTo(ConfigTemplate.text());
        assertThat(run.out()).isEqualTo("Created " + defaultFile()
                + "; every setting in it is commented out until you remove its #.\n"
                + "Configuration file: " + defaultFile() + "\n"
                + "No editor is set. Open the file yourself, or set one (for example `export EDITOR=nano`) and run"
                + " `protostar config` again.\n");
        LoadedConfig loaded = ConfigLoader.read(defaultFile());
        assertThat(loaded).isEqualTo(LoadedConfig.empty());
    }

    @Test
    void anExistingFileIsNeverRewritten() throws IOException {
        write(defaultFile(), "[env]\nmypy = true\n");

        CliRun run = cli(environment(), "config");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("Created");
        assertThat(Files.readString(defaultFile())).isEqualTo("[env]\nmypy = true\n");
    }

    @Test
    void theEditorIsRunWithItsArgumentsAndTheFileAndWaitedFor() throws IOException {
        Path editor = editor("edit", 0);

        CliRun run = cli(environment("EDITOR", "  " + editor + "   --wait  -n "), "config");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(Path.of(editor + ".log"))).isEqualTo("--wait -n " + defaultFile() + "\n");
        assertThat(run.out()).contains("Opening " + defaultFile() + " with " + editor + " --wait -n ...")
                .endsWith("The editor exited with status 0.\n");
    }

    @Test
    void visualBeatsEditor() throws IOException {
        Path visual = editor("visual", 0);
        Path plain = editor("plain", 0);

        cli(environment("VISUAL", visual.toString(), "EDITOR", plain.toString()), "config", "--config", "c.toml");

        assertThat(Files.readString(Path.of(visual + ".log"))).isEqualTo(work.resolve("c.toml") + "\n");
        assertThat(Files.exists(Path.of(plain + ".log"))).isFalse();
    }

    @Test
    void aFailingEditorsStatusIsReported() throws IOException {
        Path editor = editor("broken", 3);

        CliRun run = cli(environment("EDITOR", editor.toString()), "config");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("The editor `" + editor + "` exited with status 3.\n");
    }

    @Test
    void anEditorThatCannotStartIsAConfigurationError() {
        CliRun run = cli(environment("EDITOR", temp.resolve("no-such-editor").toString()), "config");

        assertThat(run.exitCode()).isEqualTo(78);
        assertThat(run.err()).startsWith("ABORTED: cannot start the editor `" + temp.resolve("no-such-editor") + "`");
    }

    @Test
    void noConfigIsAUsageErrorForTheConfigCommand() {
        CliRun run = cli(environment(), "config", "--no-config");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--no-config does not apply to `protostar config`");
    }

    @Test
    void initAppliesTheGlobalAndProjectFilesAndPrintsWarnings() throws IOException {
        write(defaultFile(), "[env]\nmypy = true\nide = \"jetbrains\"\nrufff = false\n"
                + "[dev]\nextra_dependencies = [\"ipython\"]\n");
        write(work.resolve("orbital-sim/.protostar.toml"), "[env]\npytest = true\n");

        CliRun run = cli(environment(), "init", "--python", "--dir", "orbital-sim");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(stubs.calls()).containsExactly("uv init --no-workspace --bare --pin-python --python 3.13",
                "uv add --dev -- ruff mypy pytest pytest-cov pytest-mock ipython");
        assertThat(run.err()).isEqualTo("warning: " + defaultFile() + ":4: unknown key env.rufff is ignored ([env]"
                + " knows ide, python_package_manager, python_version, node_package_manager, latex_preset, ruff, mypy,"
                + " pytest, pre_commit, direnv, markdownlint, docker, scrub, task_timeout);"
                + " check its spelling and its table.\n");
        assertThat(Files.exists(work.resolve("orbital-sim/.vscode"))).isFalse();
    }

    @Test
    void theConfiguredManagerAndVersionApplyWhereNoFlagGivesThem() throws IOException {
        write(defaultFile(), "[env]\npython_version = \"3.12\"\n");

        CliRun run = cli(environment(), "init", "--python", "--dir", "p");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(stubs.calls()).first().isEqualTo("uv init --no-workspace --bare --pin-python --python 3.12");
        CliRun flagged = cli(environment(), "init", "--python", "--python-version", "3.11", "--dir", "q");
        assertThat(flagged.exitCode()).as(flagged.err()).isZero();
        assertThat(stubs.calls()).contains("uv init --no-workspace --bare --pin-python --python 3.11");
    }

    @Test
    void aFlagBeatsTheConfiguration() throws IOException {
        write(defaultFile(), "[env]\nmypy = true\n");

        CliRun run = cli(environment(), "init", "--python", "--no-mypy", "--dir", "p");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(stubs.calls()).contains("uv add --dev -- ruff");
    }

    @Test
    void noConfigIgnoresBothFiles() throws IOException {
        write(defaultFile(), "[env]\nmypy = true\nbroken = \n");
        write(work.resolve("p/.protostar.toml"), "[env]\npytest = true\n");

        CliRun run = cli(environment(), "init", "--python", "--no-config", "--dir", "p");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(stubs.calls()).containsExactly("uv init --no-workspace --bare --pin-python --python 3.13",
                "uv add --dev -- ruff");
    }

    @Test
    void aMissingExplicitFileStopsInitWith78BeforeAnythingIsWritten() {
        CliRun run = cli(environment(), "init", "--python", "--config", "missing.toml", "--dir", "p");

        assertThat(run.exitCode()).isEqualTo(78);
        assertThat(run.err()).contains("ABORTED: The configuration file " + work.resolve("missing.toml")
                + " named by --config does not exist.");
        assertThat(Files.exists(work.resolve("p"))).isFalse();
        CliRun fromVariable = cli(environment("PROTOSTAR_CONFIG", "gone.toml"), "init", "--python", "--dir", "p");
        assertThat(fromVariable.exitCode()).isEqualTo(78);
        assertThat(fromVariable.err()).contains("named by PROTOSTAR_CONFIG does not exist.");
    }

    @Test
    void aSyntaxErrorStopsInitWith78NamingFileLineAndColumn() throws IOException {
        write(defaultFile(), "[env]\nmypy = \n");

        CliRun run = cli(environment(), "init", "--python", "--dir", "p");

        assertThat(run.exitCode()).isEqualTo(78);
        assertThat(run.err()).contains("ABORTED: " + defaultFile() + ":2:8: this is not valid TOML");
        assertThat(stubs.calls()).isEmpty();
    }

    @Test
    void aDryRunUsesTheConfigurationToo() throws IOException {
        write(defaultFile(), "[env]\nmypy = true\n");

        CliRun run = cli(environment(), "init", "--python", "--dry-run", "--dir", "p");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("uv add --dev -- ruff mypy");
        assertThat(stubs.calls()).isEmpty();
    }
}
