package dev.protostar.core.process;

import static dev.protostar.api.OutputStreamKind.STDERR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.protostar.api.ProtostarListener;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TaskResult;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.process.Stubs.RecordingListener;
import dev.protostar.core.testing.WorkspaceSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedUvTest {

    private static final WorkspacePath PYPROJECT = WorkspacePath.of("pyproject.toml");
    private static final WorkspacePath LOCK = WorkspacePath.of("uv.lock");

    private final SimulatedProcessRunner runner = SimulatedProcessRunner.create();
    private final Workspace workspace = Workspace.inMemory();

    private TaskResult run(Workspace target, String... command) {
        return runner.run(SystemTask.command(java.util.List.of(command)).build(), target, ProtostarListener.none());
    }

    private TaskResult run(String... command) {
        return run(workspace, command);
    }

    private String text(WorkspacePath path) {
        return workspace.readString(path);
    }

    @Test
    void initWritesTheBarePyprojectNamedProjectInMemory() {
        RecordingListener listener = new RecordingListener();

        TaskResult result = runner.run(SystemTask.command("uv", "init", "--bare", "--no-workspace").build(), workspace,
                listener);

        assertThat(result.exitCode()).isZero();
        assertThat(result.duration()).isZero();
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).isEqualTo("Initialized project `project`\n");
        assertThat(listener.texts(STDERR)).containsExactly("Initialized project `project`");
        assertThat(WorkspaceSnapshot.of(workspace)).containsExactly(entry("pyproject.toml", """
                [project]
                name = "project"
                version = "0.1.0"
                requires-python = ">=3.13"
                dependencies = []
                """));
    }

    @Test
    void initPinsPythonAndTakesTheVersionAndNameGiven() {
        TaskResult result = run("uv", "init", "--pin-python", "--python", "3.12", "--name", "My Cool_App");

        assertThat(result.exitCode()).isZero();
        assertThat(WorkspaceSnapshot.of(workspace)).containsExactly(
                entry(".python-version", "3.12\n"),
                entry("pyproject.toml", """
                        [project]
                        name = "my-cool-app"
                        version = "0.1.0"
                        requires-python = ">=3.12"
                        dependencies = []
                        """));
    }

    @Test
    void pinnedPythonDefaultsTo313() {
        run("uv", "init", "--bare", "--pin-python");

        assertThat(text(WorkspacePath.of(".python-version"))).isEqualTo("3.13\n");
    }

    @Test
    void projectNameComesFromTheFolderNormalised(@TempDir Path temp) throws Exception {
        Workspace onDisk = Workspace.at(Files.createDirectories(temp.resolve("Orbital  Sim_2!")));

        run(onDisk, "uv", "init", "--bare");

        assertThat(onDisk.readString(PYPROJECT)).contains("name = \"orbital-sim-2\"\n");
    }

    @Test
    void runnerCanBeToldTheFolderNameForAnInMemoryPreview() {
        SimulatedProcessRunner named = SimulatedProcessRunner.forFolderNamed("Orbital_Sim");

        named.run(SystemTask.command("uv", "init", "--bare").build(), workspace, ProtostarListener.none());

        assertThat(text(PYPROJECT)).contains("name = \"orbital-sim\"\n");
    }

    @Test
    void initRefusesAnExistingPyprojectAndChangesNothing() {
        workspace.write(PYPROJECT, "[tool.ruff]\nline-length = 100\n".getBytes(StandardCharsets.UTF_8));

        TaskResult result = run("uv", "init", "--bare", "--pin-python");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).isEqualTo(
                "error: Project is already initialized in `in-memory workspace` (`pyproject.toml` file exists)\n");
        assertThat(WorkspaceSnapshot.of(workspace)).containsExactly(entry("pyproject.toml", "[tool.ruff]\nline-length = 100\n"));
    }

    @Test
    void initRejectsUnknownOptions() {
        TaskResult result = run("uv", "init", "--lib");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).startsWith("error: unexpected argument '--lib' found");
        assertThat(WorkspaceSnapshot.of(workspace)).isEmpty();
    }

    @Test
    void addReadsEverythingAfterTheDoubleDashAsPackages() {
        run("uv", "init", "--bare");

        TaskResult result = run("uv", "add", "--dev", "--", "ruff>=0.6", "pytest");
        TaskResult option = run("uv", "add", "--", "--index-url=https://evil.example");

        assertThat(result.exitCode()).isZero();
        assertThat(text(PYPROJECT)).endsWith("[dependency-groups]\ndev = [\"ruff>=0.6\", \"pytest\"]\n");
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.stderr()).startsWith("error: Failed to parse: `--index-url=https://evil.example`");
    }

    @Test
    void addPutsPackagesIntoDependenciesAndWritesTheLock() {
        run("uv", "init", "--bare");

        TaskResult result = run("uv", "add", "requests", "ruff>=0.6");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stderr()).isEqualTo("Resolved 3 packages in 0ms\n");
        assertThat(text(PYPROJECT)).isEqualTo("""
                [project]
                name = "project"
                version = "0.1.0"
                requires-python = ">=3.13"
                dependencies = ["requests", "ruff>=0.6"]
                """);
        assertThat(text(LOCK)).isEqualTo("""
                version = 1
                requires-python = ">=3.13"

                [[package]]
                name = "project"
                version = "0.1.0"
                source = { virtual = "." }
                dependencies = [
                    { name = "requests" },
                    { name = "ruff" },
                ]

                [[package]]
                name = "requests"
                version = "0.0.0"
                source = { registry = "https://pypi.org/simple" }

                [[package]]
                name = "ruff"
                version = "0.0.0"
                source = { registry = "https://pypi.org/simple" }
                """);
    }

    @Test
    void addDevCreatesTheDependencyGroup() {
        run("uv", "init", "--bare");
        run("uv", "add", "requests");

        TaskResult result = run("uv", "add", "--dev", "pytest", "mypy");

        assertThat(result.exitCode()).isZero();
        assertThat(text(PYPROJECT)).isEqualTo("""
                [project]
                name = "project"
                version = "0.1.0"
                requires-python = ">=3.13"
                dependencies = ["requests"]

                [dependency-groups]
                dev = ["pytest", "mypy"]
                """);
        assertThat(text(LOCK)).isEqualTo("""
                version = 1
                requires-python = ">=3.13"

                [[package]]
                name = "project"
                version = "0.1.0"
                source = { virtual = "." }
                dependencies = [
                    { name = "requests" },
                ]

                [package.dev-dependencies]
                dev = [
                    { name = "mypy" },
                    { name = "pytest" },
                ]

                [[package]]
                name = "mypy"
                version = "0.0.0"
                source = { registry = "https://pypi.org/simple" }

                [[package]]
                name = "pytest"
                version = "0.0.0"
                source = { registry = "https://pypi.org/simple" }

                [[package]]
                name = "requests"
                version = "0.0.0"
                source = { registry = "https://pypi.org/simple" }
                """);
    }

    @Test
    void addingWhatIsAlreadyThereChangesNoByte() {
        run("uv", "init", "--bare");
        run("uv", "add", "Ruff>=0.6", "requests");
        run("uv", "add", "--dev", "pytest");
        Map<String, String> before = WorkspaceSnapshot.of(workspace);

        TaskResult again = run("uv", "add", "ruff", "requests");
        TaskResult againDev = run("uv", "add", "--dev", "PyTest");

        assertThat(again.exitCode()).isZero();
        assertThat(againDev.exitCode()).isZero();
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
    }

    @Test
    void addKeepsEveryOtherByteIncludingCommentsCrlfAndTheByteOrderMark() {
        String original = "\uFEFF# My project\r\n[project]\r\nname = 'demo'  # keep quoting\r\n"
                + "dependencies = [\r\n    \"requests>=2\",  # http\r\n]\r\n\r\n[tool.ruff]\r\nline-length = 100\r\n";
        workspace.write(PYPROJECT, original.getBytes(StandardCharsets.UTF_8));

        TaskResult result = run("uv", "add", "ruff");

        assertThat(result.exitCode()).isZero();
        assertThat(workspace.read(PYPROJECT)).isEqualTo(("\uFEFF# My project\r\n[project]\r\nname = 'demo'  # keep quoting\r\n"
                + "dependencies = [\r\n    \"requests>=2\",  # http\r\n    \"ruff\",\r\n]\r\n\r\n[tool.ruff]\r\n"
                + "line-length = 100\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(text(LOCK)).startsWith("version = 1\n\n[[package]]\nname = \"demo\"\nsource = { virtual = \".\" }\n");
    }

    @Test
    void addNeedsAPyproject() {
        TaskResult result = run("uv", "add", "ruff");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).startsWith("error: No `pyproject.toml` found in current directory");
        assertThat(WorkspaceSnapshot.of(workspace)).isEmpty();
    }

    @Test
    void addNeedsAProjectTable() {
        workspace.write(PYPROJECT, "[tool.ruff]\n".getBytes(StandardCharsets.UTF_8));

        TaskResult result = run("uv", "add", "ruff");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).isEqualTo("error: No `project` table found in: `pyproject.toml`\n");
        assertThat(WorkspaceSnapshot.of(workspace)).containsOnlyKeys("pyproject.toml");
    }

    @Test
    void addRefusesBrokenTomlNamingTheLine() {
        String broken = "[project]\nname = \"x\"\ndependencies = [\n";
        workspace.write(PYPROJECT, broken.getBytes(StandardCharsets.UTF_8));

        TaskResult result = run("uv", "add", "ruff");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).startsWith("error: Failed to parse `pyproject.toml` at line ");
        assertThat(text(PYPROJECT)).isEqualTo(broken);
        assertThat(workspace.exists(LOCK)).isFalse();
    }

    @Test
    void addRefusesADependenciesValueThatIsNotAnArray() {
        workspace.write(PYPROJECT, "[project]\nname = \"x\"\ndependencies = \"ruff\"\n".getBytes(StandardCharsets.UTF_8));

        TaskResult result = run("uv", "add", "mypy");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("`project.dependencies`").contains("is not an array");
    }

    @Test
    void addNeedsPackagesAndValidNames() {
        run("uv", "init", "--bare");
        Map<String, String> before = WorkspaceSnapshot.of(workspace);

        assertThat(run("uv", "add").exitCode()).isEqualTo(2);
        assertThat(run("uv", "add", "--dev").exitCode()).isEqualTo(2);
        assertThat(run("uv", "add", "ruff$").stderr()).startsWith("error: Failed to parse: `ruff$`");
        assertThat(run("uv", "add", "--upgrade", "ruff").exitCode()).isEqualTo(2);
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
    }

    @Test
    void addToANamedGroup() {
        run("uv", "init", "--bare");

        run("uv", "add", "--group", "docs", "mkdocs");

        assertThat(text(PYPROJECT)).endsWith("dependencies = []\n\n[dependency-groups]\ndocs = [\"mkdocs\"]\n");
        assertThat(text(LOCK)).contains("[package.dev-dependencies]\ndocs = [\n    { name = \"mkdocs\" },\n]\n");
    }

    @Test
    void removeTakesBackWhatAddAddedKeepingEveryOtherByte() {
        workspace.write(PYPROJECT, """
                [project]
                name = "demo"
                dependencies = ["numpy>=1.26"]  # vectors

                [dependency-groups]
                dev = [
                    "ruff>=0.6",  # lint
                    "mypy",
                ]
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        TaskResult result = run("uv", "remove", "--dev", "--", "Ruff");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(text(PYPROJECT)).isEqualTo("""
                [project]
                name = "demo"
                dependencies = ["numpy>=1.26"]  # vectors

                [dependency-groups]
                dev = [
                    "mypy",
                ]
                """);
        assertThat(text(LOCK)).contains("mypy").doesNotContain("ruff");
    }

    @Test
    void removingAPackageThatIsNotListedFailsAndChangesNothing() {
        workspace.write(PYPROJECT, "[project]\nname = \"demo\"\ndependencies = []\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        TaskResult result = run("uv", "remove", "--", "requests");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("`requests` could not be found");
        assertThat(text(PYPROJECT)).isEqualTo("[project]\nname = \"demo\"\ndependencies = []\n");
        assertThat(workspace.exists(LOCK)).isFalse();
    }
}
