package dev.protostar.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.testing.StubPath;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProtostarCliTest {

    @TempDir
    Path temp;

    private Path home;
    private StubPath stubs;

    @BeforeEach
    void setUp() throws IOException {
        home = Files.createDirectories(temp.resolve("home"));
        stubs = StubPath.in(temp.resolve("bin")).with("uv", StubPath.UV);
    }

    /** A uv whose {@code init} fails as it does when no Python interpreter can be found. */
    static final String FAILING_UV_INIT = """
            #!/bin/sh
            echo "uv $*" >> "$(dirname "$0")/calls.log"
            echo "error: No interpreter found for Python 3.13 in managed installations or search path" >&2
            exit 2
            """;

    private CliRun cli(String... args) {
        return CliRun.of(home, stubs.environment(), args);
    }

    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void initScaffoldsAPythonProjectWithProgressAndASummary() throws IOException {
        CliRun run = cli("init", "--python", "--dir", "orbital-sim");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.out())
                .contains("[1/6] Checking for existing project files")
                .contains("[5/6] Applying changes")
                .contains("running  uv init --no-workspace --bare --pin-python --python 3.13")
                .contains("created  .gitignore")
                .containsPattern("SUCCESS: \\d+ changes, 2 tasks in \\d+ ms\\.")
                .doesNotContain("api_version");
        Path project = home.resolve("orbital-sim");
        assertThat(Files.readString(project.resolve(".python-version"))).isEqualTo("3.13\n");
        assertThat(Files.readString(project.resolve("pyproject.toml")))
                .startsWith("[project]\nname = \"orbital-sim\"\n")
                .contains("[tool.ruff]\n")
                .contains("[tool.ruff.lint]\n")
                .endsWith("\n[dependency-groups]\ndev = [\"ruff\"]\n");
        assertThat(Files.readAllLines(project.resolve(".gitignore"))).containsExactly(
                ".DS_Store", "Thumbs.db", "*~", ".idea/", ".vscode/", ".env", ".protostar/",
                ".venv/", "__pycache__/", "*.ipynb_checkpoints", ".ruff_cache/");
        assertThat(stubs.calls()).containsExactly(
                "uv init --no-workspace --bare --pin-python --python 3.13", "uv add --dev -- ruff");
    }

    @Test
    void initRecordsTheRecipeInTheProjectFileAndTheNextRunReadsItWithoutAWarning() throws IOException {
        CliRun run = cli("init", "--python", "--mypy", "--dir", "x");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).contains("created  .protostar.toml");
        assertThat(Files.readString(home.resolve("x/.protostar.toml"))).isEqualTo("""
                # What this project is made of; edit it and run `protostar sync` to change the project.
                [recipe]
                languages = ["python"]
                tools = ["ruff", "mypy"]
                presets = []
                [recipe.options]
                ide = "vscode"
                python_package_manager = "uv"
                python_version = "3.13"
                """);

        CliRun again = cli("init", "--python", "--mypy", "--force", "--dir", "x");
        assertThat(again.exitCode()).as(again.err()).isEqualTo(0);
        assertThat(again.err()).doesNotContain("recipe").doesNotContain("unknown key");
        assertThat(again.out()).contains("SUCCESS: nothing to do; the environment is already up to date.");
    }

    @Test
    void theSameInitAgainChangesNothingWithoutForceAndRunsNothing() throws IOException {
        assertThat(cli("init", "-p", "--dir", "p").exitCode()).isEqualTo(0);
        Path project = home.resolve("p");
        assertThat(project.resolve("protostar.lock")).exists();
        Map<String, String> before = snapshot(project);
        FileTime pyprojectTime = Files.getLastModifiedTime(project.resolve("pyproject.toml"));

        CliRun again = cli("init", "-p", "--dir", "p");

        assertThat(again.exitCode()).as(again.err()).isEqualTo(0);
        assertThat(again.out()).contains("SUCCESS: nothing to do; the environment is already up to date.");
        assertThat(snapshot(project)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(project.resolve("pyproject.toml"))).isEqualTo(pyprojectTime);
        assertThat(stubs.calls()).hasSize(2);
    }

    @Test
    void aProjectProtostarDidNotMakeStillAbortsWithoutForce() throws IOException {
        Path project = Files.createDirectories(home.resolve("theirs"));
        Files.writeString(project.resolve("pyproject.toml"), "[project]\nname = \"theirs\"\n");

        CliRun aborted = cli("init", "-p", "--dir", "theirs");

        assertThat(aborted.exitCode()).isEqualTo(1);
        assertThat(aborted.err())
                .contains("ABORTED: Existing project files found: pyproject.toml (Python). Nothing was changed.")
                .contains("hint: Re-run with force (CLI: --force)");
    }

    @Test
    void aMissingUvFailsBeforeWritingAnythingAndNamesItWith69() throws IOException {
        StubPath empty = StubPath.in(temp.resolve("empty-bin"));
        CliRun run = CliRun.of(home, empty.environment(), "init", "-p", "--dir", "fresh");

        assertThat(run.exitCode()).isEqualTo(69);
        assertThat(run.err())
                .contains("ABORTED: Missing required programs: uv (needed by Python). Nothing was changed.")
                .contains("hint: Install uv");
        assertThat(home.resolve("fresh")).doesNotExist();
    }

    @Test
    void aMalformedPyprojectAbortsAtValidationWithItsPositionAndNothingChangesWith65() throws IOException {
        Path project = Files.createDirectories(home.resolve("broken"));
        Files.writeString(project.resolve("pyproject.toml"), "[project]\nname = \"x\"\nversion = = \"1\"\n");
        Files.writeString(project.resolve(".gitignore"), "mine\n");
        Map<String, String> before = snapshot(project);

        CliRun run = cli("init", "-p", "-f", "--dir", "broken");

        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.err()).containsPattern("ABORTED: pyproject\\.toml:3:\\d+: ");
        assertThat(run.err()).doesNotContain("\tat ");
        assertThat(snapshot(project)).isEqualTo(before);
        assertThat(stubs.calls()).isEmpty();
    }

    @Test
    void aFailedRequiredTaskRestoresTheFolderAndExitsWith1() throws IOException {
        stubs.with("uv", FAILING_UV_INIT);
        Path project = Files.createDirectories(home.resolve("no-python"));
        Files.writeString(project.resolve("notes.txt"), "mine\n");

        CliRun run = cli("init", "-p", "--dir", "no-python");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("ABORTED: `uv init --no-workspace --bare --pin-python --python 3.13` failed with exit code 2.")
                .contains("No interpreter found");
        assertThat(snapshot(project)).containsExactly(Map.entry("notes.txt", "mine\n"));
    }

    @Test
    void aProjectFolderThatCannotBeCreatedIsAnIoErrorWith74() throws IOException {
        Files.writeString(home.resolve("taken"), "a file\n");

        CliRun run = cli("init", "-p", "--dir", "taken");

        assertThat(run.exitCode()).isEqualTo(74);
        assertThat(run.err())
                .contains("ABORTED: Cannot create the project folder " + home.resolve("taken")
                        + ": a file of that name is in the way.")
                .contains("hint: Choose another --dir");
        assertThat(Files.readString(home.resolve("taken"))).isEqualTo("a file\n");
        assertThat(stubs.calls()).isEmpty();
    }

    @Test
    void anUnexpectedErrorPrintsACrashReportAndExitsWith70() throws IOException {
        StringWriter err = new StringWriter();
        Writer out = FailingWriter.withException("created  .gitignore");

        int code = ProtostarCli.execute(new String[] {"init", "-p", "--dir", "crash"}, new PrintWriter(out, true),
                new PrintWriter(err, true), stubs.environment(), home);

        assertThat(code).isEqualTo(70);
        assertThat(err.toString())
                .contains("Protostar hit an internal error")
                .contains("command:   protostar init -p --dir crash")
                .contains("java.lang.IllegalStateException: the terminal went away");
        assertThat(home.resolve("crash")).doesNotExist();
    }

    @Test
    void aFailedDependencyResolutionIsAPartialSuccess() throws IOException {
        stubs.with("uv", StubPath.UV_OFFLINE);

        CliRun run = cli("init", "-p", "--dir", "offline");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out())
                .contains("PARTIAL SUCCESS:")
                .contains("with 1 warning:")
                .contains("  - `uv add --dev -- ruff` failed with exit code 1.")
                .contains("Failed to fetch");
        assertThat(Files.readString(home.resolve("offline/pyproject.toml"))).contains("[tool.ruff.lint]");
    }

    @Test
    void verboseShowsTaskOutputAndStackTraces() {
        CliRun ok = cli("init", "-p", "-v", "--dir", "loud");
        assertThat(ok.out()).contains("| Initialized project `loud`").contains("! Resolved packages: ruff")
                .contains("created  pyproject.toml").contains("created  .python-version");

        Path theirs = home.resolve("theirs");
        try {
            Files.createDirectories(theirs);
            Files.writeString(theirs.resolve("pyproject.toml"), "[project]\nname = \"theirs\"\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CliRun failed = cli("init", "-p", "-v", "--dir", "theirs");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("dev.protostar.api.CollisionAbortedException").contains("\tat ");
    }

    @Test
    void noRuffLeavesRuffOut() throws IOException {
        assertThat(cli("init", "-p", "--no-ruff", "--dir", "plain").exitCode()).isEqualTo(0);

        assertThat(Files.readString(home.resolve("plain/pyproject.toml"))).doesNotContain("ruff");
        assertThat(stubs.calls()).containsExactly("uv init --no-workspace --bare --pin-python --python 3.13");
    }

    @Test
    void pythonVersionAndPackageManagerReachTheTasks() throws IOException {
        stubs.with("python3.12", """
                #!/bin/sh
                echo "python3.12 $*" >> "$(dirname "$0")/calls.log"
                mkdir -p .venv/bin .venv/lib/python3.12/site-packages
                printf '#!/bin/sh\\nexit 3\\n' > .venv/bin/python
                chmod +x .venv/bin/python
                """);

        CliRun run = cli("init", "-p", "--package-manager", "pip", "--python-version", "3.12", "--dir", "pipproj");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(stubs.calls()).containsExactly("python3.12 -m venv .venv");
        assertThat(run.out()).contains("PARTIAL SUCCESS").contains(".venv/bin/python -m pip install -- ruff` failed");
        assertThat(Files.readString(home.resolve("pipproj/ruff.toml"))).contains("line-length = 88");
        assertThat(home.resolve("pipproj/requirements.txt")).doesNotExist();
    }

    @Test
    void anInterruptStopsTheTaskRestoresTheFolderAndExitsWith130() throws Exception {
        stubs.with("uv", """
                #!/bin/sh
                echo "uv $*" >> "$(dirname "$0")/calls.log"
                printf '[project]\\nname = "half"\\n' > pyproject.toml
                exec sleep 60
                """);
        Path project = Files.createDirectories(home.resolve("slow"));
        Files.writeString(project.resolve("notes.txt"), "mine\n");
        int[] exit = new int[1];
        StringBuilder err = new StringBuilder();
        Thread run = new Thread(() -> {
            CliRun result = cli("init", "-p", "--dir", "slow");
            exit[0] = result.exitCode();
            err.append(result.err());
        });
        run.start();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (stubs.calls().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        run.interrupt();
        run.join(30_000);

        assertThat(run.isAlive()).isFalse();
        assertThat(exit[0]).isEqualTo(130);
        assertThat(err.toString()).contains("ABORTED: Interrupted");
        assertThat(snapshot(project)).containsExactly(Map.entry("notes.txt", "mine\n"));
    }

    @Test
    void aDryRunShowsDiffsAndCommandsWithoutWritingOrRunningAnything() throws IOException {
        Path project = Files.createDirectories(home.resolve("orbital-sim"));
        Files.writeString(project.resolve(".gitignore"), "mine\n");
        Map<String, String> before = snapshot(project);

        CliRun run = cli("init", "-p", "--dry-run", "--dir", "orbital-sim");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.out())
                .contains("uv init --no-workspace --bare --pin-python --python 3.13")
                .contains("+++ b/.gitignore")
                .contains("+.venv/")
                .contains("name = \"orbital-sim\"")
                .contains("DRY RUN: nothing was written and no command was run.");
        assertThat(snapshot(project)).isEqualTo(before);
        assertThat(stubs.calls()).isEmpty();
    }

    @Test
    void aDryRunOfAMissingFolderCreatesNothing() throws IOException {
        CliRun run = cli("init", "-p", "--dry-run", "--dir", "not-yet");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).contains("does not exist yet").contains("name = \"not-yet\"");
        assertThat(home.resolve("not-yet")).doesNotExist();
        assertThat(stubs.calls()).isEmpty();
    }

    @Test
    void aDryRunStillReportsMissingProgramsAsTheRealRunWould() throws IOException {
        StubPath empty = StubPath.in(temp.resolve("no-uv"));
        CliRun run = CliRun.of(home, empty.environment(), "init", "-p", "--dry-run", "--dir", "x");

        assertThat(run.exitCode()).isEqualTo(69);
        assertThat(run.err()).contains("WOULD FAIL: missing programs: uv (needed by Python).");
    }

    @Test
    void everyToolFlagWithStubUvAndDirenvAndTheRealGit() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/git")),
                "needs the real git in /usr/bin");
        stubs.with("direnv", StubPath.DIRENV);

        CliRun run = cli("init", "--python", "--mypy", "--pytest", "--pre-commit", "--docker", "--direnv", "-m",
                "--force", "--dir", "full");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(0);
        assertThat(run.out()).contains("SUCCESS:").doesNotContain("PARTIAL");
        Path project = home.resolve("full");
        assertThat(project.resolve(".git/HEAD")).exists();
        for (String file : List.of("pyproject.toml", ".pre-commit-config.yaml", ".envrc", ".markdownlint.yaml",
                "Dockerfile", ".dockerignore", ".gitignore", ".vscode/settings.json", "tests")) {
            assertThat(project.resolve(file)).exists();
        }
        assertThat(stubs.calls()).containsExactly(
                "uv init --no-workspace --bare --pin-python --python 3.13",
                "uv add --dev -- ruff mypy pytest pytest-cov pytest-mock pre-commit",
                "uv run pre-commit install",
                "direnv allow");
        assertThat(project.resolve(".protostar")).doesNotExist();
    }

    @Test
    void badUsageExitsWithTwo() {
        CliRun unknownManager = cli("init", "-p", "--package-manager", "poetry");
        assertThat(unknownManager.exitCode()).isEqualTo(2);
        assertThat(unknownManager.err()).contains("Unknown Python package manager \"poetry\"; use uv or pip.");

        CliRun versionWithoutPython = cli("init", "--python-version", "3.12");
        assertThat(versionWithoutPython.exitCode()).isEqualTo(2);
        assertThat(versionWithoutPython.err()).contains("only apply together with --python");

        CliRun badVersion = cli("init", "-p", "--python-version", "three");
        assertThat(badVersion.exitCode()).isEqualTo(2);
        assertThat(badVersion.err()).contains("Python version \"three\" is not of the form major.minor");

        assertThat(cli("init", "--bogus").exitCode()).isEqualTo(2);
        assertThat(cli().exitCode()).isEqualTo(2);
    }

    @Test
    void helpAndVersion() {
        CliRun help = cli("--help");
        assertThat(help.exitCode()).isEqualTo(0);
        assertThat(help.out()).contains("Usage: protostar").contains("init");

        CliRun initHelp = cli("init", "--help");
        assertThat(initHelp.exitCode()).isEqualTo(0);
        for (String option : List.of("-p, --python", "--python-version", "--package-manager", "--[no-]ruff",
                "-f, --force", "--dir", "-v, --verbose", "--json", "Exit codes:")) {
            assertThat(initHelp.out()).contains(option);
        }
        for (String code : List.of("0 +success", "1 +a task failed", "2 +bad usage", "65 +a file cannot be parsed",
                "69 +a required program", "70 +internal error", "74 +I/O error", "75 +a task timed out",
                "78 +configuration error", "130 +interrupted")) {
            assertThat(initHelp.out()).containsPattern("(?m)^  " + code);
        }

        CliRun version = cli("--version");
        assertThat(version.exitCode()).isEqualTo(0);
        assertThat(version.out()).startsWith("protostar 0.1.0-SNAPSHOT");
    }

    @Test
    void aCrashReportCarriesEverythingABugReportNeeds() {
        String report = CrashReport.render(new IllegalStateException("boom"), List.of("init", "-p"), "9.9");

        assertThat(report)
                .contains("Protostar hit an internal error")
                .contains("protostar: 9.9")
                .contains("command:   protostar init -p")
                .contains("java:      " + System.getProperty("java.version"))
                .contains("os:        " + System.getProperty("os.name"))
                .contains("java.lang.IllegalStateException: boom")
                .contains("\tat ");
    }
}
