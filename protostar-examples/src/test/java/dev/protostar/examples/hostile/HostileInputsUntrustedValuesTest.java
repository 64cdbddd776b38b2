package dev.protostar.examples.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspaceLock;
import dev.protostar.api.WorkspacePath;
import dev.protostar.examples.cli.ProtostarCli;
import dev.protostar.testing.StubPath;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, sections 3 and 4, through the command line: values from configuration files and files
 * of a cloned project that must not reach a command line as options, leave the project, crash the
 * run, or be rewritten against their mode. After every refusal the whole test folder (project,
 * home with its configuration, everything beside them) is identical, path by path, byte by byte
 * and mode by mode, and no stub program ran.
 */
class HostileInputsUntrustedValuesTest {

    @TempDir
    Path temp;

    private Path project;
    private Path home;
    private StubPath stubs;

    @BeforeEach
    void setUp() throws IOException {
        project = Files.createDirectories(temp.resolve("work/clone"));
        home = Files.createDirectories(temp.resolve("home"));
        stubs = StubPath.in(temp.resolve("bin")).with("uv", StubPath.UV).with("git", "#!/bin/sh\nexit 0\n");
    }

    private record Run(int exitCode, String out, String err) {}

    private Run cli(String... args) {
        Map<String, String> environment = new HashMap<>(stubs.environment());
        environment.keySet().removeAll(List.of("XDG_CONFIG_HOME", "PROTOSTAR_CONFIG", "VISUAL", "EDITOR"));
        environment.put("HOME", home.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ProtostarCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), environment,
                temp.resolve("work"));
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Everything under the test folder but the stubs' call log, which {@link #assertNoStubRan()} checks. */
    private Map<String, String> everything() {
        return InputsFolderState.of(temp, "bin");
    }

    private void assertNoStubRan() throws IOException {
        assertThat(stubs.calls()).isEmpty();
    }

    private static void assertNoCrash(Run run) {
        assertThat(run.err()).doesNotContain("crash report", "Exception:", "\tat ");
    }

    // ------------------------------------------------------------------ option injection

    @ParameterizedTest
    @ValueSource(strings = {"--index-url=https://evil.example/simple", "--editable=/etc", "-e", "-r/etc/passwd"})
    void anOptionInTheProjectFilesExtraDependenciesStopsTheRunBeforeUvSeesIt(String value) throws IOException {
        write(project.resolve(".protostar.toml"), "[dev]\nextra_dependencies = [\"ipython\", \"" + value + "\"]\n");
        Map<String, String> before = everything();

        Run run = cli("init", "--python", "--dir", "clone");

        assertThat(run.exitCode()).isEqualTo(78);
        assertThat(run.err()).contains(project.resolve(".protostar.toml") + ":2: dev.extra_dependencies holds \""
                + value + "\", which is not a PEP 508 requirement: it starts with \"-\", so an installer would read it"
                + " as an option, not a package.");
        assertNoCrash(run);
        assertThat(everything()).isEqualTo(before);
        assertNoStubRan();
    }

    @Test
    void anOptionInTheGlobalFilesPresetDependenciesStopsTheRun() throws IOException {
        Path config = write(home.resolve(".config/protostar/config.toml"),
                "[presets.ml]\ndependencies = [\"numpy\", \"torch --index-url=https://evil.example\"]\n");
        Map<String, String> before = everything();

        Run run = cli("init", "--python", "--ml", "--dir", "clone");

        assertThat(run.exitCode()).isEqualTo(78);
        assertThat(run.err()).contains(config + ":2: presets.ml.dependencies holds \"torch"
                + " --index-url=https://evil.example\", which is not a PEP 508 requirement: column 7: unexpected");
        assertNoCrash(run);
        assertThat(everything()).isEqualTo(before);
        assertNoStubRan();
    }

    @Test
    void configuredRequirementsReachUvAfterADoubleDash() throws IOException {
        write(project.resolve(".protostar.toml"), "[dev]\nextra_dependencies = [\"ipython>=8 ; python_version >= '3.9'\"]\n");

        Run run = cli("init", "--python", "--dir", "clone");

        assertThat(run.exitCode()).isZero();
        assertThat(stubs.calls()).contains("uv add --dev -- ruff ipython>=8 ; python_version >= '3.9'");
    }

    // ------------------------------------------------------------------ preset lists

    @ParameterizedTest
    @ValueSource(strings = {"directories = [\"../../x\"]", "directories = [\"/tmp/evil\"]",
        "directories = [\"a\\\\b\"]", "directories = [\"nul\\u0000\"]", "ignores = [\"ok/\", \"a\\nb\"]",
        "ignores = [\"x\\r\\n!important\"]"})
    void aBadPresetListIsAConfigurationErrorNotACrash(String line) throws IOException {
        Path config = write(home.resolve(".config/protostar/config.toml"), "[presets.cli]\n" + line + "\n");
        Map<String, String> before = everything();

        Run run = cli("init", "--python", "--cli", "--dir", "clone");

        assertThat(run.exitCode()).isEqualTo(78);
        String key = line.substring(0, line.indexOf(' '));
        assertThat(run.err()).contains(config + ":2: presets.cli." + key + " holds \"")
                .contains("--no-config");
        assertNoCrash(run);
        assertThat(everything()).isEqualTo(before);
        assertThat(temp.resolve("x")).doesNotExist();
        assertNoStubRan();
    }

    // ------------------------------------------------------------------ read-only files

    @Test
    void aReadOnlyGitignoreIsRefusedNamingItAndWrittenOnlyWithForceReadonly() throws IOException {
        Path gitignore = write(project.resolve(".gitignore"), "*.log\n");
        Files.setPosixFilePermissions(gitignore, PosixFilePermissions.fromString("r--r--r--"));
        Map<String, String> before = everything();

        Run refused = cli("init", "--cpp", "--dir", "clone");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("The run would modify a read-only file: .gitignore.")
                .contains("chmod u+w .gitignore").contains("--force-readonly");
        assertNoCrash(refused);
        assertThat(everything()).isEqualTo(before);

        Run forced = cli("init", "--cpp", "--force-readonly", "--dir", "clone");

        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readString(gitignore)).startsWith("*.log\n").contains("build/");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(gitignore))).isEqualTo("r--r--r--");
    }

    @Test
    void aReadOnlyPyprojectIsRefusedForTheMergeAndForUvAddAlike() throws IOException {
        Path pyproject = write(project.resolve("pyproject.toml"), "[project]\nname = \"clone\"\ndependencies = []\n");
        Files.setPosixFilePermissions(pyproject, PosixFilePermissions.fromString("r--r--r--"));
        Map<String, String> before = everything();

        Run run = cli("init", "--python", "--force", "--json", "--dir", "clone");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode document = new ObjectMapper().readTree(run.out());
        assertThat(document.get("status").textValue()).isEqualTo("ABORTED");
        assertThat(document.get("error").get("type").textValue()).isEqualTo("ReadOnlyTargetException");
        assertThat(document.get("error").get("read_only")).extracting(JsonNode::textValue).containsExactly("pyproject.toml");
        assertThat(everything()).isEqualTo(before);
        assertNoStubRan();
    }

    // ------------------------------------------------------------------ names and nesting

    @Test
    void aFileNameWithABackslashIsNamedAsTheCauseNotTheDisk() throws IOException {
        write(project.resolve("src/back\\slash.cpp"), "int x;\n");
        Map<String, String> before = everything();

        Run run = cli("generate", "cmake", "demo", "--dir", "clone");

        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.err()).contains("src: holds \"back\\slash.cpp\", a name a workspace path cannot spell")
                .contains("Rename \"back\\slash.cpp\"").doesNotContain("disk is not full");
        assertNoCrash(run);
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void settingsNestedTwoThousandLevelsDeepAreAnErrorAtLineAndColumn() throws IOException {
        write(project.resolve(".vscode/settings.json"), "{\n  \"a\": " + "[".repeat(2000) + "]".repeat(2000) + "\n}\n");
        Map<String, String> before = everything();

        Run run = cli("init", "--python", "--force", "--dir", "clone");

        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.err()).contains(".vscode/settings.json:2:1008: the values are nested more than 1000 levels"
                + " deep, more than Protostar reads; flatten the file").doesNotContain("invalid JSON");
        assertThat(everything()).isEqualTo(before);
        assertNoStubRan();
    }

    @Test
    void aPreCommitConfigNestedTwoThousandLevelsDeepIsAnErrorAtLineAndColumn() throws IOException {
        write(project.resolve(".pre-commit-config.yaml"), "repos:\n  - " + "[".repeat(2000) + "]".repeat(2000) + "\n");
        Map<String, String> before = everything();

        Run run = cli("init", "--python", "--pre-commit", "--force", "--dir", "clone");

        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.err()).containsPattern("\\.pre-commit-config\\.yaml:2:\\d+: the values are nested more than")
                .doesNotContain("invalid JSON");
        assertThat(everything()).isEqualTo(before);
        assertNoStubRan();
    }

    // ------------------------------------------------------------------ a busy folder

    @Test
    void aFolderAnotherRunHoldsExitsWithTempfailNotIoError() throws IOException {
        Files.createDirectories(project.resolve(".protostar"));
        try (WorkspaceLock held = Workspace.at(project).lock(WorkspacePath.of(".protostar"))) {
            Map<String, String> before = everything();

            Run run = cli("init", "--cpp", "--json", "--dir", "clone");

            assertThat(run.exitCode()).isEqualTo(75);
            JsonNode document = new ObjectMapper().readTree(run.out());
            assertThat(document.get("exit_code").intValue()).isEqualTo(75);
            assertThat(document.get("error").get("type").textValue()).isEqualTo("WorkspaceBusyException");
            assertThat(run.err()).contains("Another Protostar run is working in " + project);
            assertThat(everything()).isEqualTo(before);
        }
    }
}
