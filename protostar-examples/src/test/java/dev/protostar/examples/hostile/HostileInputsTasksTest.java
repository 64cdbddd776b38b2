package dev.protostar.examples.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.examples.cli.ProtostarCli;
import dev.protostar.testing.StubPath;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, section 2: a failing or misbehaving system task must not leave its damage behind, and
 * the run must say exactly what it restored. The tasks are stub {@code uv} and {@code git} scripts on
 * a PATH the test controls.
 */
class HostileInputsTasksTest {

    @TempDir
    Path temp;

    private Path home;
    private StubPath stubs;

    @BeforeEach
    void setUp() throws IOException {
        home = Files.createDirectories(temp.resolve("home"));
        stubs = StubPath.in(temp.resolve("bin")).with("uv", StubPath.UV);
    }

    /** {@link StubPath#UV} with {@code extra} run first for {@code uv <subcommand>}. */
    private static String uvWith(String subcommand, String extra) {
        return StubPath.UV.replace("  " + subcommand + ")\n", "  " + subcommand + ")\n" + extra);
    }

    private Run cli(Path workingDirectory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ProtostarCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true),
                stubs.environment(), workingDirectory);
        return new Run(code, out.toString(), err.toString());
    }

    record Run(int exitCode, String out, String err) {}

    /** Every entry under {@code root}, links not followed: kind, mode and, for files and links, content. */
    static Map<String, String> state(Path root) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String name = root.relativize(p).toString();
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
                if (Files.isSymbolicLink(p)) {
                    entries.put(name, "link " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    entries.put(name, "dir " + mode);
                } else {
                    entries.put(name, "file " + mode + " " + Arrays.toString(Files.readAllBytes(p)));
                }
            }
        }
        return entries;
    }

    private Path project(String parent) throws IOException {
        Path project = Files.createDirectories(home.resolve(parent).resolve("demo"));
        Files.writeString(project.resolve("notes.txt"), "mine\n");
        Files.createDirectories(project.resolve("docs"));
        Files.writeString(project.resolve("docs/guide.md"), "# Guide\n");
        Files.writeString(project.resolve(".gitignore"), "build/\n");
        Files.writeString(project.resolve("run.sh"), "#!/bin/sh\necho hi\n");
        Files.setPosixFilePermissions(project.resolve("run.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(project.resolve(".gitignore"), PosixFilePermissions.fromString("rw-r--r--"));
        return project;
    }

    @Test
    void aFailingUvAddThatCorruptsPyprojectHasEveryChangeUndoneAndSaysSo() throws IOException {
        Path reference = project("reference");
        stubs.with("uv", uvWith("add", "    exit 3\n"));
        Run clean = cli(reference, "init", "-p", "--dir", ".", "-f");
        assertThat(clean.exitCode()).isZero();
        Map<String, String> expected = state(reference);

        Path project = project("hostile");
        stubs.with("uv", uvWith("add", """
                    printf 'junk = [[[\\n' >> pyproject.toml
                    echo "version = 1" > uv.lock
                    mkdir -p .venv/bin && echo python > .venv/bin/python
                    echo "error: resolution failed" >&2
                    exit 3
                """));
        Run run = cli(project, "init", "-p", "--dir", ".", "-f");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("PARTIAL SUCCESS:")
                .contains("`uv add --dev -- ruff` failed with exit code 3.")
                .contains("Its changes were undone: the workspace is as it was before it ran"
                        + " (restored pyproject.toml; removed .venv, uv.lock).");
        assertThat(state(project)).isEqualTo(expected);
        assertThat(Files.readString(project.resolve("pyproject.toml"))).doesNotContain("junk").contains("[tool.ruff");
    }

    @Test
    void aFailingUvInitThatLeavesStraysIsRolledBackCompletely() throws IOException {
        Path project = project("p");
        Map<String, String> before = state(project);
        Map<String, String> outside = state(home);
        stubs.with("uv", uvWith("init", """
                    mkdir -p .venv/bin && echo python > .venv/bin/python
                    echo stray > stray.txt
                    echo stray > docs/stray.md
                    mkdir -p newdir/deep && echo stray > newdir/deep/file.txt
                    echo "error: No interpreter found" >&2
                    exit 4
                """));

        Run run = cli(project, "init", "-p", "--dir", ".", "-f");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("`uv init --no-workspace --bare --pin-python --python 3.13` failed with exit code 4.")
                .contains("Every change made by this run was rolled back.");
        assertThat(state(project)).isEqualTo(before);
        assertThat(state(home)).isEqualTo(outside);
    }

    @Test
    void aFailingTaskThatChangesModesHasThemPutBack() throws IOException {
        Path project = project("p");
        Map<String, String> before = state(project);
        stubs.with("uv", uvWith("init", """
                    chmod 600 .gitignore
                    chmod 644 run.sh
                    chmod 700 docs
                    exit 4
                """));

        Run run = cli(project, "init", "-p", "--dir", ".", "-f");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("failed with exit code 4.").contains("Every change made by this run was rolled back.");
        assertThat(state(project)).isEqualTo(before);
    }

    @Test
    void aFailingOptionalTaskThatChangesAModeHasItPutBack() throws IOException {
        Path project = project("p");
        stubs.with("uv", uvWith("add", """
                    chmod 600 notes.txt
                    exit 3
                """));

        Run run = cli(project, "init", "-p", "--dir", ".", "-f");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("PARTIAL SUCCESS:").contains("(restored notes.txt)");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(project.resolve("notes.txt"))))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void anOptionalTaskThatExitsZeroButBreaksPyprojectCountsAsFailedAndIsUndone() throws IOException {
        Path reference = project("reference");
        Files.writeString(reference.resolve("pyproject.toml"), "[project]\nname = \"demo\"\nversion = \"0.1.0\"\n");
        stubs.with("uv", uvWith("add", "    exit 0\n"));
        assertThat(cli(reference, "init", "-p", "--dir", ".", "-f").exitCode()).isZero();
        Map<String, String> expected = state(reference);

        Path project = project("hostile");
        Files.writeString(project.resolve("pyproject.toml"), "[project]\nname = \"demo\"\nversion = \"0.1.0\"\n");
        stubs.with("uv", uvWith("add", """
                    printf 'junk = [[[\\n' >> pyproject.toml
                    exit 0
                """));
        Run run = cli(project, "init", "-p", "--dir", ".", "-f");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("PARTIAL SUCCESS:")
                .containsPattern("`uv add --dev -- ruff` exited with 0 but left pyproject\\.toml unreadable:"
                        + " pyproject\\.toml:\\d+:\\d+: ")
                .contains("Its changes were undone");
        // The same files, except that the lock records no installed dependency: the next sync tries again.
        Map<String, String> actual = new java.util.TreeMap<>(state(project));
        actual.remove("protostar.lock");
        expected = new java.util.TreeMap<>(expected);
        expected.remove("protostar.lock");
        assertThat(actual).isEqualTo(expected);
        assertThat(Files.readString(project.resolve("protostar.lock"))).contains("dev_dependencies = []");
        assertThat(Files.readString(reference.resolve("protostar.lock"))).contains("dev_dependencies = [\"ruff\"]");
    }

    @Test
    void aRequiredTaskThatExitsZeroButBreaksTheValidatedPreCommitConfigFailsTheRun() throws IOException {
        Path project = project("p");
        Map<String, String> before = state(project);
        stubs.with("git", """
                #!/bin/sh
                echo "git $*" >> "$(dirname "$0")/calls.log"
                mkdir -p .git/hooks
                printf 'repos: [\\n  - broken: {\\n' >> .pre-commit-config.yaml
                exit 0
                """);

        Run run = cli(project, "init", "-p", "--pre-commit", "--dir", ".", "-f");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .containsPattern("`git init` exited with 0 but left \\.pre-commit-config\\.yaml unreadable:"
                        + " \\.pre-commit-config\\.yaml:\\d+:\\d+: ")
                .contains("Every change made by this run was rolled back.");
        assertThat(state(project)).isEqualTo(before);
    }

    @Test
    void theJsonErrorNamesTheFileARequiredTaskBroke() throws IOException {
        Path project = project("p");
        stubs.with("git", """
                #!/bin/sh
                mkdir -p .git/hooks
                printf 'repos: [\\n  - broken: {\\n' >> .pre-commit-config.yaml
                exit 0
                """);

        Run run = cli(project, "init", "-p", "--pre-commit", "--json", "--dir", ".", "-f");

        assertThat(run.exitCode()).isEqualTo(1);
        com.fasterxml.jackson.databind.JsonNode error = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(run.out()).get("error");
        assertThat(error.get("type").textValue()).isEqualTo("TaskFailedException");
        assertThat(error.get("task_exit_code").intValue()).isZero();
        assertThat(error.get("broken_file").get("path").textValue()).isEqualTo(".pre-commit-config.yaml");
        assertThat(error.get("broken_file").get("line").intValue()).isPositive();
        assertThat(error.get("broken_file").get("column").intValue()).isPositive();
    }

    @Test
    void aFailedTaskWhoseChangesCannotAllBeRestoredSaysWhichOnes() throws IOException {
        Path project = project("p");
        byte[] big = new byte[2 * 1024 * 1024];
        Arrays.fill(big, (byte) 'x');
        Files.createDirectories(project.resolve("data/deep/er"));
        Files.write(project.resolve("data/deep/er/big.bin"), big);
        stubs.with("uv", uvWith("init", """
                    echo changed >> data/deep/er/big.bin
                    exit 4
                """));

        Run run = cli(project, "init", "-p", "--dir", ".", "-f");

        assertThat(run.exitCode()).isEqualTo(74);
        assertThat(run.err()).doesNotContain("Every change made by this run was rolled back")
                .contains("data/deep/er/big.bin")
                .contains("changed by `uv init --no-workspace --bare --pin-python --python 3.13`");
        assertThat(new String(Files.readAllBytes(project.resolve("notes.txt")), StandardCharsets.UTF_8)).isEqualTo("mine\n");
    }
}
