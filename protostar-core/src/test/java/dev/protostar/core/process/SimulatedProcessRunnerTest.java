package dev.protostar.core.process;

import static dev.protostar.api.OutputStreamKind.STDERR;
import static dev.protostar.api.OutputStreamKind.STDOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.protostar.api.BinaryLocator;
import dev.protostar.api.FileAttributes;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.RunInterruptedException;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TaskResult;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspaceException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.process.Stubs.RecordingListener;
import dev.protostar.core.testing.WorkspaceSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SimulatedProcessRunnerTest {

    private static final String PLACEHOLDER_PYTHON = """
            #!/bin/sh
            # Placeholder for the Python %s interpreter of a virtual environment simulated by Protostar.
            echo 'This virtual environment was simulated; create it with a real python -m venv.' >&2
            exit 1
            """;

    private final SimulatedProcessRunner runner = SimulatedProcessRunner.create();
    private final Workspace workspace = Workspace.inMemory();

    private TaskResult run(String... command) {
        return runner.run(SystemTask.command(List.of(command)).build(), workspace, ProtostarListener.none());
    }

    private static Map<String, String> gitSkeleton(String branch) {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(".git/", "");
        expected.put(".git/HEAD", "ref: refs/heads/" + branch + "\n");
        expected.put(".git/config", "[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n"
                + "\tlogallrefupdates = true\n");
        expected.put(".git/description", "Unnamed repository; edit this file 'description' to name the repository.\n");
        expected.put(".git/hooks/", "");
        expected.put(".git/info/", "");
        expected.put(".git/info/exclude", SimulatedGitInit.EXCLUDE);
        expected.put(".git/objects/", "");
        expected.put(".git/objects/info/", "");
        expected.put(".git/objects/pack/", "");
        expected.put(".git/refs/", "");
        expected.put(".git/refs/heads/", "");
        expected.put(".git/refs/tags/", "");
        return expected;
    }

    @Test
    void isSimulated() {
        assertThat(runner.isSimulated()).isTrue();
    }

    @Test
    void gitInitCreatesTheRepositorySkeletonAndStreamsItsMessage() {
        RecordingListener listener = new RecordingListener();

        TaskResult result = runner.run(SystemTask.command("git", "init").build(), workspace, listener);

        assertThat(result).isEqualTo(new TaskResult(0, "Initialized empty Git repository in .git/\n", "", false,
                java.time.Duration.ZERO));
        assertThat(listener.texts(STDOUT)).containsExactly("Initialized empty Git repository in .git/");
        assertThat(WorkspaceSnapshot.of(workspace)).containsExactlyEntriesOf(gitSkeleton("main"));
        assertThat(workspace.readString(WorkspacePath.of(".git/HEAD"))).isEqualTo("ref: refs/heads/main\n");
    }

    @Test
    void gitInitOnAnExistingRepositoryChangesNothing() {
        run("git", "init");
        workspace.write(WorkspacePath.of(".git/HEAD"), "ref: refs/heads/trunk\n".getBytes(StandardCharsets.UTF_8));
        Map<String, String> before = WorkspaceSnapshot.of(workspace);

        TaskResult again = run("git", "init");

        assertThat(again.exitCode()).isZero();
        assertThat(again.stdout()).isEqualTo("Reinitialized existing Git repository in .git/\n");
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
    }

    @Test
    void gitInitTakesABranchAndQuietFlag() {
        TaskResult result = run("git", "init", "-q", "--initial-branch=trunk");

        assertThat(result.stdout()).isEmpty();
        assertThat(WorkspaceSnapshot.of(workspace)).containsExactlyEntriesOf(gitSkeleton("trunk"));
    }

    @Test
    void gitInitWorksOnJimfs() throws Exception {
        try (FileSystem jimfs = Jimfs.newFileSystem(Configuration.unix())) {
            Workspace onJimfs = Workspace.at(Files.createDirectories(jimfs.getPath("/work/demo")));

            TaskResult result = runner.run(SystemTask.command("git", "init").build(), onJimfs, ProtostarListener.none());

            assertThat(result.exitCode()).isZero();
            assertThat(WorkspaceSnapshot.of(onJimfs)).containsExactlyEntriesOf(gitSkeleton("main"));
        }
    }

    @Test
    void venvCreatesTheEnvironmentForTheProgramsPythonVersion() {
        TaskResult result = run("python3.12", "-m", "venv", ".venv");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).isEmpty();
        assertThat(WorkspaceSnapshot.of(workspace)).containsExactly(
                entry(".venv/", ""),
                entry(".venv/bin/", ""),
                entry(".venv/bin/pip", SimulatedVenv.placeholder("pip")),
                entry(".venv/bin/python", PLACEHOLDER_PYTHON.formatted("3.12")),
                entry(".venv/lib/", ""),
                entry(".venv/lib/python3.12/", ""),
                entry(".venv/lib/python3.12/site-packages/", ""),
                entry(".venv/pyvenv.cfg", "home = /usr/bin\ninclude-system-site-packages = false\nversion = 3.12.0\n"));
    }

    @Test
    void venvDefaultsTo313AndHonoursItsOptions() {
        TaskResult result = run("python3", "-m", "venv", "--without-pip", "--system-site-packages", "--prompt", "demo",
                "env");

        assertThat(result.exitCode()).isZero();
        assertThat(workspace.readString(WorkspacePath.of("env/pyvenv.cfg")))
                .isEqualTo("home = /usr/bin\ninclude-system-site-packages = true\nversion = 3.13.0\nprompt = 'demo'\n");
        assertThat(workspace.exists(WorkspacePath.of("env/bin/pip"))).isFalse();
        assertThat(workspace.isDirectory(WorkspacePath.of("env/lib/python3.13/site-packages"))).isTrue();
    }

    @Test
    void venvNeedsADirectoryInsideTheWorkspace() {
        assertThat(run("python", "-m", "venv").exitCode()).isEqualTo(2);
        assertThat(run("python", "-m", "venv", "../outside").exitCode()).isEqualTo(1);
        assertThat(run("python", "-m", "venv", ".").exitCode()).isEqualTo(1);
        assertThat(WorkspaceSnapshot.of(workspace)).isEmpty();
    }

    @Test
    void pipInstallAndFreezeRoundTrip() {
        run("python3", "-m", "venv", ".venv");

        TaskResult install = run(".venv/bin/python", "-m", "pip", "install", "Requests>=2", "typing-extensions");
        TaskResult again = run(".venv/bin/pip", "install", "requests");
        TaskResult freeze = run(".venv/bin/python", "-m", "pip", "freeze");

        assertThat(install.exitCode()).isZero();
        assertThat(install.stdout()).isEqualTo("Successfully installed Requests-0.0.0 typing-extensions-0.0.0\n");
        assertThat(again.stdout()).isEqualTo(
                "Requirement already satisfied: requests in ./.venv/lib/python3.13/site-packages (0.0.0)\n");
        assertThat(freeze.exitCode()).isZero();
        assertThat(freeze.stdout()).isEqualTo("requests==0.0.0\ntyping-extensions==0.0.0\n");
        assertThat(WorkspaceSnapshot.of(workspace)).contains(
                entry(".venv/lib/python3.13/site-packages/requests-0.0.0.dist-info/METADATA",
                        "Metadata-Version: 2.1\nName: Requests\nVersion: 0.0.0\n"),
                entry(".venv/lib/python3.13/site-packages/typing_extensions-0.0.0.dist-info/METADATA",
                        "Metadata-Version: 2.1\nName: typing-extensions\nVersion: 0.0.0\n"));
    }

    @Test
    void pipReadsEverythingAfterTheDoubleDashAsRequirements() {
        run("python3", "-m", "venv", ".venv");

        TaskResult install = run(".venv/bin/python", "-m", "pip", "install", "--", "requests");
        TaskResult option = run(".venv/bin/python", "-m", "pip", "install", "--", "-e");

        assertThat(install.stdout()).isEqualTo("Successfully installed requests-0.0.0\n");
        assertThat(option.exitCode()).isEqualTo(1);
        assertThat(option.stderr()).startsWith("ERROR: Invalid requirement: '-e'");
    }

    @Test
    void pipReadsRequirementFiles() {
        run("python", "-m", "venv", ".venv");
        workspace.write(WorkspacePath.of("requirements.txt"),
                "# pinned elsewhere\nruff\n\nmypy>=1\n".getBytes(StandardCharsets.UTF_8));

        run(".venv/bin/pip", "install", "-r", "requirements.txt");

        assertThat(run(".venv/bin/pip", "freeze").stdout()).isEqualTo("mypy==0.0.0\nruff==0.0.0\n");
    }

    @Test
    void pipFailsWithoutTheVirtualEnvironment() {
        TaskResult result = run(".venv/bin/python", "-m", "pip", "install", "ruff");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains(".venv/pyvenv.cfg").contains("python -m venv");
        assertThat(WorkspaceSnapshot.of(workspace)).isEmpty();
    }

    @Test
    void unknownCommandsGive127AndChangeNothing() {
        RecordingListener listener = new RecordingListener();

        TaskResult result = runner.run(SystemTask.command("docker", "build", ".").build(), workspace, listener);
        TaskResult gitStatus = run("git", "status");

        assertThat(result.exitCode()).isEqualTo(127);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).startsWith("the simulated runner cannot run `docker build .`");
        assertThat(listener.texts(STDERR)).hasSize(1).first().asString().startsWith("the simulated runner cannot run");
        assertThat(gitStatus.exitCode()).isEqualTo(127);
        assertThat(gitStatus.stderr()).startsWith("the simulated runner cannot run `git status`");
        assertThat(WorkspaceSnapshot.of(workspace)).isEmpty();
    }

    @Test
    void binaryLocatorAnswersForSimulatedProgramsOnly() {
        BinaryLocator locator = runner.binaryLocator();

        assertThat(List.of("git", "uv", "python", "python3", "python3.12", "direnv", "pre-commit", "cargo", "npm",
                ".venv/bin/python", ".venv/bin/pip")).allMatch(locator::isAvailable);
        assertThat(List.of("docker", "pip", "ruff", "", "pythonista")).noneMatch(locator::isAvailable);
    }

    @Test
    void alreadyInterruptedThreadChangesNothing() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> run("git", "init")).isInstanceOf(RunInterruptedException.class)
                    .hasMessageContaining("git init");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(WorkspaceSnapshot.of(workspace)).isEmpty();
    }

    @Test
    void aFailingWorkspaceEndsTheCommandLikeAFailingProgram() {
        Workspace failing = new FailingWrites(workspace);

        TaskResult result = runner.run(SystemTask.command("uv", "init").build(), failing, ProtostarListener.none());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).isEqualTo("error: disk full while writing pyproject.toml\n");
    }

    @Test
    void direnvAllowNeedsAnEnvrc() {
        assertThat(run("direnv", "allow").stderr()).isEqualTo("direnv: error .envrc file not found\n");

        workspace.write(WorkspacePath.of(".envrc"), "use flake\n".getBytes(StandardCharsets.UTF_8));
        Map<String, String> before = WorkspaceSnapshot.of(workspace);
        TaskResult allowed = run("direnv", "allow");

        assertThat(allowed.exitCode()).isZero();
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
    }

    @Test
    void preCommitInstallWritesTheHookAndKeepsAForeignOneAsLegacy() {
        assertThat(run("pre-commit", "install").exitCode()).isEqualTo(1);

        run("git", "init");
        workspace.write(WorkspacePath.of(".git/hooks/pre-commit"), "#!/bin/sh\nmake lint\n".getBytes(StandardCharsets.UTF_8));
        TaskResult result = run("pre-commit", "install");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).isEqualTo("Running in migration mode with existing hooks at .git/hooks/pre-commit.legacy\n"
                + "Use -f to use only pre-commit.\npre-commit installed at .git/hooks/pre-commit\n");
        assertThat(workspace.readString(WorkspacePath.of(".git/hooks/pre-commit.legacy"))).isEqualTo("#!/bin/sh\nmake lint\n");
        assertThat(workspace.readString(WorkspacePath.of(".git/hooks/pre-commit")))
                .isEqualTo(SimulatedPreCommitInstall.script("pre-commit"));

        Map<String, String> before = WorkspaceSnapshot.of(workspace);
        assertThat(run("pre-commit", "install").stdout()).isEqualTo("pre-commit installed at .git/hooks/pre-commit\n");
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
    }

    @Test
    void cargoInitWritesTheBinaryPackageAndARepository() {
        SimulatedProcessRunner named = SimulatedProcessRunner.forFolderNamed("orbital");

        TaskResult result = named.run(SystemTask.command("cargo", "init").build(), workspace, ProtostarListener.none());

        assertThat(result.exitCode()).isZero();
        Map<String, String> files = WorkspaceSnapshot.of(workspace);
        assertThat(files).contains(
                entry("Cargo.toml", "[package]\nname = \"orbital\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n[dependencies]\n"),
                entry("src/main.rs", "fn main() {\n    println!(\"Hello, world!\");\n}\n"),
                entry(".gitignore", "/target\n"),
                entry(".git/HEAD", "ref: refs/heads/main\n"));
        assertThat(named.run(SystemTask.command("cargo", "init").build(), workspace, ProtostarListener.none()).exitCode())
                .isEqualTo(101);
    }

    @Test
    void npmInitWritesTheDefaultPackageJson() {
        TaskResult result = run("npm", "init", "-y");

        assertThat(result.exitCode()).isZero();
        assertThat(workspace.readString(WorkspacePath.of("package.json"))).isEqualTo("""
                {
                  "name": "project",
                  "version": "1.0.0",
                  "description": "",
                  "main": "index.js",
                  "scripts": {
                    "test": "echo \\"Error: no test specified\\" && exit 1"
                  },
                  "keywords": [],
                  "author": "",
                  "license": "ISC"
                }
                """);
        assertThat(result.stdout()).startsWith("Wrote to package.json:\n\n{\n");
        assertThat(run("npm", "init").exitCode()).isEqualTo(1);
    }

    @Test
    void aWholePythonSetupRunsInMemory() {
        List<List<String>> pipeline = List.of(
                List.of("git", "init"),
                List.of("uv", "init", "--bare", "--no-workspace", "--pin-python"),
                List.of("uv", "add", "requests"),
                List.of("uv", "add", "--dev", "ruff", "pytest"),
                List.of("python3", "-m", "venv", ".venv"),
                List.of(".venv/bin/python", "-m", "pip", "install", "requests", "ruff", "pytest"));
        for (List<String> command : pipeline) {
            assertThat(runner.run(SystemTask.command(command).build(), workspace, ProtostarListener.none()).exitCode())
                    .as("%s", command).isZero();
        }
        Map<String, String> afterFirstRun = WorkspaceSnapshot.of(workspace);

        List.of(List.of("uv", "add", "requests"), List.of("uv", "add", "--dev", "ruff", "pytest"))
                .forEach(command -> runner.run(SystemTask.command(command).build(), workspace, ProtostarListener.none()));

        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(afterFirstRun);
        assertThat(run(".venv/bin/pip", "freeze").stdout()).isEqualTo("pytest==0.0.0\nrequests==0.0.0\nruff==0.0.0\n");
    }

    /** A workspace whose writes fail as if the disk were full. */
    private record FailingWrites(Workspace delegate) implements Workspace {
        @Override
        public byte[] read(WorkspacePath path) {
            return delegate.read(path);
        }

        @Override
        public void write(WorkspacePath path, byte[] content) {
            throw new WorkspaceException(path, "disk full while writing " + path, null, null);
        }

        @Override
        public void createDirectories(WorkspacePath path) {
            delegate.createDirectories(path);
        }

        @Override
        public boolean delete(WorkspacePath path) {
            return delegate.delete(path);
        }

        @Override
        public List<WorkspacePath> list(WorkspacePath directory) {
            return delegate.list(directory);
        }

        @Override
        public Optional<FileAttributes> attributes(WorkspacePath path) {
            return delegate.attributes(path);
        }

        @Override
        public Optional<Path> localDirectory() {
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "failing workspace";
        }
    }
}
