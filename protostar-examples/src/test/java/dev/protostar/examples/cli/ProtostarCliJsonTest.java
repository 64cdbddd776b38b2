package dev.protostar.examples.cli;

import static dev.protostar.examples.cli.JsonDocument.fields;
import static dev.protostar.examples.cli.JsonDocument.texts;
import static dev.protostar.examples.cli.ProtostarCliTest.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.protostar.api.Phase;
import dev.protostar.testing.StubPath;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code protostar init --json}: one document on standard output, everything for people on standard error. */
class ProtostarCliJsonTest {

    private static final List<String> UV_INIT =
            List.of("uv", "init", "--no-workspace", "--bare", "--pin-python", "--python", "3.13");
    private static final List<String> ERROR_FIELDS = List.of("api_version", "status", "exit_code", "workspace", "error");

    @TempDir
    Path temp;

    private Path home;
    private StubPath stubs;

    @BeforeEach
    void setUp() throws IOException {
        home = Files.createDirectories(temp.resolve("home"));
        stubs = StubPath.in(temp.resolve("bin")).with("uv", StubPath.UV);
    }

    private CliRun cli(String... args) {
        return CliRun.of(home, stubs.environment(), args);
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static JsonNode change(JsonNode document, String path, String kind) {
        for (JsonNode change : document.get("changes")) {
            if (change.get("path").textValue().equals(path) && change.get("kind").textValue().equals(kind)) {
                return change;
            }
        }
        throw new AssertionError("no " + kind + " change of " + path + " in " + document.get("changes"));
    }

    @Test
    void aDryRunPrintsThePlanAsOneDocumentAndWritesNothing() throws Exception {
        CliRun run = cli("init", "--python", "--json", "--dry-run", "--dir", "orbital-sim");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        JsonNode document = JsonDocument.of(run);
        assertThat(fields(document)).containsExactly("api_version", "status", "exit_code", "workspace", "dry_run",
                "exact", "changes", "tasks", "warnings", "kept", "tracked", "managed", "conflicts");
        assertThat(document.get("dry_run").booleanValue()).isTrue();
        assertThat(document.get("tracked").booleanValue()).isTrue();
        assertThat(document.get("conflicts")).isEmpty();
        assertThat(document.get("status").textValue()).isEqualTo("SUCCESS");
        JsonNode gitignore = change(document, ".gitignore", "CREATED");
        assertThat(gitignore.get("diff").textValue()).contains("+++ b/.gitignore").contains("+.venv/");
        assertThat(texts(document.get("tasks").get(0).get("command"))).isEqualTo(UV_INIT);
        assertThat(document.get("tasks").get(0).get("simulated").booleanValue()).isTrue();
        assertThat(run.err()).contains("DRY RUN: nothing was written");
        assertThat(home.resolve("orbital-sim")).doesNotExist();
        assertThat(stubs.calls()).isEmpty();
    }

    @Test
    void aSuccessfulRunReportsChangesTasksAndPhasesWithProgressOnStandardError() throws Exception {
        CliRun run = cli("init", "--python", "--json", "--dir", "orbital-sim");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        JsonNode document = JsonDocument.of(run);
        Path project = home.resolve("orbital-sim");
        assertThat(fields(document)).containsExactly(
                "api_version", "status", "exit_code", "workspace", "changes", "warnings", "kept", "tasks", "phases_ms",
                "tracked", "managed", "conflicts");
        assertThat(document.get("status").textValue()).isEqualTo("SUCCESS");
        assertThat(document.get("workspace").textValue()).isEqualTo(project.toString());

        for (JsonNode change : document.get("changes")) {
            assertThat(fields(change)).containsExactly("path", "kind", "by", "sha256_before", "sha256_after");
            assertThat(change.get("kind").textValue()).isIn("CREATED", "MODIFIED", "DELETED", "DIRECTORY_CREATED");
        }
        JsonNode gitignore = change(document, ".gitignore", "CREATED");
        assertThat(gitignore.get("by").textValue()).isEqualTo("protostar");
        assertThat(gitignore.get("sha256_before").isNull()).isTrue();
        assertThat(gitignore.get("sha256_after").textValue()).isEqualTo(sha256(project.resolve(".gitignore")));
        JsonNode created = change(document, "pyproject.toml", "CREATED");
        assertThat(created.get("by").textValue()).isEqualTo(String.join(" ", UV_INIT));
        JsonNode merged = change(document, "pyproject.toml", "MODIFIED");
        assertThat(merged.get("by").textValue()).isEqualTo("protostar");
        assertThat(merged.get("sha256_before").textValue()).isEqualTo(created.get("sha256_after").textValue());
        assertThat(change(document, ".venv", "DIRECTORY_CREATED").get("sha256_after").isNull()).isTrue();

        assertThat(document.get("warnings").isArray()).isTrue();
        assertThat(document.get("warnings")).isEmpty();
        assertThat(document.get("kept")).isEmpty();
        JsonNode tasks = document.get("tasks");
        assertThat(tasks).hasSize(2);
        assertThat(fields(tasks.get(0)))
                .containsExactly("command", "description", "exit_code", "timed_out", "simulated", "duration_ms");
        assertThat(texts(tasks.get(0).get("command"))).isEqualTo(UV_INIT);
        assertThat(texts(tasks.get(1).get("command"))).containsExactly("uv", "add", "--dev", "--", "ruff");
        for (JsonNode task : tasks) {
            assertThat(task.get("description").textValue()).isNotBlank();
            assertThat(task.get("exit_code").intValue()).isZero();
            assertThat(task.get("timed_out").booleanValue()).isFalse();
            assertThat(task.get("simulated").booleanValue()).isFalse();
            assertThat(task.get("duration_ms").isIntegralNumber()).isTrue();
        }
        assertThat(fields(document.get("phases_ms")))
                .isEqualTo(Arrays.stream(Phase.values()).map(Phase::name).toList());

        assertThat(run.err())
                .contains("protostar 0.1.0-SNAPSHOT in " + project)
                .contains("[1/6] Checking for existing project files")
                .contains("created  .gitignore")
                .containsPattern("SUCCESS: \\d+ changes, 2 tasks in \\d+ ms\\.");
    }

    @Test
    @Timeout(60)
    void aProgramThatAsksForInputReadsEndOfInputInsteadOfWaiting() throws IOException {
        stubs.with("uv-real", StubPath.UV).with("uv", """
                #!/bin/sh
                printf 'Continue? [y/N] ' >&2
                if read answer; then echo "unexpected input: $answer" >&2; exit 3; fi
                exec "$(dirname "$0")/uv-real" "$@"
                """);

        CliRun run = cli("init", "-p", "--json", "--dir", "asked");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(JsonDocument.of(run).get("status").textValue()).isEqualTo("SUCCESS");
    }

    @Test
    void aFailedDependencyIsAPartialSuccessWithItsWarningAndVerboseOutputStaysOnStandardError() throws IOException {
        stubs.with("uv", StubPath.UV_OFFLINE);

        CliRun run = cli("init", "-p", "-v", "--json", "--dir", "offline");

        assertThat(run.exitCode()).isEqualTo(0);
        JsonNode document = JsonDocument.of(run);
        assertThat(document.get("status").textValue()).isEqualTo("PARTIAL_SUCCESS");
        assertThat(document.get("warnings")).hasSize(1);
        assertThat(document.get("warnings").get(0).textValue()).startsWith("`uv add --dev -- ruff` failed with exit code 1.");
        JsonNode add = document.get("tasks").get(1);
        assertThat(texts(add.get("command"))).containsExactly("uv", "add", "--dev", "--", "ruff");
        assertThat(add.get("exit_code").intValue()).isEqualTo(1);
        assertThat(run.err()).contains("! error: Failed to fetch").contains("PARTIAL SUCCESS:");
    }

    @Test
    void anUpToDateFolderReportsNoChangesAndAMergeReportsTheValuesItKept() throws IOException {
        assertThat(cli("init", "-p", "--dir", "p").exitCode()).isEqualTo(0);

        JsonNode again = JsonDocument.of(cli("init", "-p", "-f", "--json", "--dir", "p"));
        assertThat(again.get("status").textValue()).isEqualTo("NO_CHANGES");
        assertThat(again.get("changes")).isEmpty();
        assertThat(again.get("tasks")).isEmpty();

        Path mine = Files.createDirectories(home.resolve("mine"));
        Files.writeString(mine.resolve("pyproject.toml"),
                "[project]\nname = \"mine\"\nversion = \"1\"\n\n[tool.ruff]\nline-length = 100\n");
        JsonNode merged = JsonDocument.of(cli("init", "-p", "-f", "--json", "--dir", "mine"));
        assertThat(merged.get("status").textValue()).isEqualTo("SUCCESS");
        assertThat(merged.get("kept")).hasSize(1);
        assertThat(fields(merged.get("kept").get(0))).containsExactly("file", "key");
        assertThat(merged.get("kept").get(0).get("file").textValue()).isEqualTo("pyproject.toml");
        assertThat(merged.get("kept").get(0).get("key").textValue()).isEqualTo("tool.ruff.line-length");
    }

    @Test
    void aCollisionAbortIsAbortedWithTheCollisions() throws IOException {
        Path project = Files.createDirectories(home.resolve("p"));
        Files.writeString(project.resolve("pyproject.toml"), "[project]\nname = \"p\"\n");

        CliRun run = cli("init", "-p", "--json", "--dir", "p");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode document = JsonDocument.of(run);
        assertThat(fields(document)).isEqualTo(ERROR_FIELDS);
        assertThat(document.get("status").textValue()).isEqualTo("ABORTED");
        assertThat(document.get("workspace").textValue()).isEqualTo(project.toString());
        JsonNode error = document.get("error");
        assertThat(fields(error)).containsExactly("type", "message", "hint", "collisions");
        assertThat(error.get("type").textValue()).isEqualTo("CollisionAbortedException");
        assertThat(error.get("message").textValue())
                .isEqualTo("Existing project files found: pyproject.toml (Python). Nothing was changed.");
        assertThat(error.get("hint").textValue()).startsWith("Re-run with force (CLI: --force)");
        assertThat(error.get("collisions").get(0).get("path").textValue()).isEqualTo("pyproject.toml");
        assertThat(error.get("collisions").get(0).get("module").textValue()).isEqualTo("Python");
        assertThat(run.err()).contains("ABORTED: Existing project files found");
    }

    @Test
    void aMissingProgramFailsWith69AndListsIt() throws IOException {
        CliRun run = CliRun.of(home, StubPath.in(temp.resolve("empty-bin")).environment(),
                "init", "-p", "--json", "--dir", "fresh");

        assertThat(run.exitCode()).isEqualTo(69);
        JsonNode document = JsonDocument.of(run);
        assertThat(document.get("status").textValue()).isEqualTo("FAILED");
        assertThat(document.get("workspace").textValue()).isEqualTo(home.resolve("fresh").toString());
        JsonNode error = document.get("error");
        assertThat(error.get("type").textValue()).isEqualTo("PreflightException");
        assertThat(error.get("missing")).hasSize(1);
        assertThat(error.get("missing").get(0).get("name").textValue()).isEqualTo("uv");
        assertThat(texts(error.get("missing").get(0).get("needed_by"))).containsExactly("Python");
        assertThat(home.resolve("fresh")).doesNotExist();
        assertThat(run.err()).contains("ABORTED: Missing required programs: uv");
    }

    @Test
    void aMalformedPyprojectFailsWith65AndItsPosition() throws IOException {
        Path project = Files.createDirectories(home.resolve("broken"));
        Files.writeString(project.resolve("pyproject.toml"), "[project]\nname = \"x\"\nversion = = \"1\"\n");
        Map<String, String> before = snapshot(project);

        CliRun run = cli("init", "-p", "-f", "--json", "--dir", "broken");

        assertThat(run.exitCode()).isEqualTo(65);
        JsonNode error = JsonDocument.of(run).get("error");
        assertThat(fields(error)).containsExactly("type", "message", "hint", "path", "line", "column");
        assertThat(error.get("type").textValue()).isEqualTo("ValidationException");
        assertThat(error.get("path").textValue()).isEqualTo("pyproject.toml");
        assertThat(error.get("line").intValue()).isEqualTo(3);
        assertThat(error.get("column").intValue()).isPositive();
        assertThat(error.get("message").textValue()).startsWith("pyproject.toml:3:" + error.get("column").intValue() + ": ");
        assertThat(snapshot(project)).isEqualTo(before);
    }

    @Test
    void aFailedTaskFailsWith1AndNamesTheCommand() throws IOException {
        stubs.with("uv", ProtostarCliTest.FAILING_UV_INIT);
        Path project = Files.createDirectories(home.resolve("no-python"));

        CliRun run = cli("init", "-p", "--json", "--dir", "no-python");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode document = JsonDocument.of(run);
        assertThat(document.get("status").textValue()).isEqualTo("FAILED");
        JsonNode error = document.get("error");
        assertThat(fields(error))
                .containsExactly("type", "message", "hint", "command", "task_exit_code", "timed_out", "broken_file");
        assertThat(error.get("broken_file").isNull()).isTrue();
        assertThat(error.get("type").textValue()).isEqualTo("TaskFailedException");
        assertThat(texts(error.get("command"))).isEqualTo(UV_INIT);
        assertThat(error.get("task_exit_code").intValue()).isEqualTo(2);
        assertThat(error.get("timed_out").booleanValue()).isFalse();
        assertThat(error.get("message").textValue()).contains("No interpreter found");
        assertThat(snapshot(project)).isEmpty();
    }

    @Test
    void aFolderThatCannotBeCreatedFailsWith74() throws IOException {
        Files.writeString(home.resolve("taken"), "a file\n");

        CliRun run = cli("init", "-p", "--json", "--dir", "taken");

        assertThat(run.exitCode()).isEqualTo(74);
        JsonNode error = JsonDocument.of(run).get("error");
        assertThat(error.get("type").textValue()).isEqualTo("WorkspaceException");
        assertThat(error.get("path").isNull()).isTrue();
        assertThat(error.get("message").textValue()).startsWith("Cannot create the project folder");
    }

    @Test
    void badUsageIsAUsageErrorDocumentWhereverTheParseFailed() {
        CliRun unknownOption = cli("init", "--json", "--bogus");
        assertThat(unknownOption.exitCode()).isEqualTo(2);
        JsonNode document = JsonDocument.of(unknownOption);
        assertThat(fields(document)).isEqualTo(ERROR_FIELDS);
        assertThat(document.get("status").textValue()).isEqualTo("USAGE_ERROR");
        assertThat(document.get("workspace").isNull()).isTrue();
        assertThat(document.get("error").get("type").textValue()).isEqualTo("UsageError");
        assertThat(document.get("error").get("message").textValue()).isEqualTo("Unknown option: '--bogus'");
        assertThat(document.get("error").get("hint").textValue()).isEqualTo("Run `protostar init --help` to see the options.");
        assertThat(unknownOption.err()).isEqualTo("Unknown option: '--bogus'\nRun 'protostar init --help' for the options.\n");

        CliRun rejectedByTheCommand = cli("init", "-p", "--package-manager", "poetry", "--json");
        assertThat(rejectedByTheCommand.exitCode()).isEqualTo(2);
        assertThat(JsonDocument.of(rejectedByTheCommand).get("error").get("message").textValue())
                .isEqualTo("Unknown Python package manager \"poetry\"; use uv or pip.");

        CliRun beforeTheCommand = cli("--json", "init", "-p");
        assertThat(beforeTheCommand.exitCode()).isEqualTo(2);
        JsonNode topLevel = JsonDocument.of(beforeTheCommand);
        assertThat(topLevel.get("status").textValue()).isEqualTo("USAGE_ERROR");
        assertThat(topLevel.get("error").get("hint").textValue()).isEqualTo("Run `protostar --help` to see the options.");

        CliRun afterEndOfOptions = cli("init", "--bogus", "--", "--json");
        assertThat(afterEndOfOptions.exitCode()).isEqualTo(2);
        assertThat(afterEndOfOptions.out()).isEmpty();
    }

    @Test
    void anUnexpectedErrorIsAnInternalErrorDocumentWithTheCrashReportOnStandardError() throws IOException {
        StringWriter out = new StringWriter();
        FailingWriter err = FailingWriter.withException("created  .gitignore");

        int code = ProtostarCli.execute(new String[] {"init", "-p", "--json", "--dir", "crash"},
                new PrintWriter(out, true), new PrintWriter(err, true), stubs.environment(), home);

        CliRun run = new CliRun(code, out.toString(), err.toString());
        assertThat(run.exitCode()).isEqualTo(70);
        JsonNode document = JsonDocument.of(run);
        assertThat(document.get("status").textValue()).isEqualTo("INTERNAL_ERROR");
        assertThat(document.get("workspace").textValue()).isEqualTo(home.resolve("crash").toString());
        assertThat(document.get("error").get("type").textValue()).isEqualTo("java.lang.IllegalStateException");
        assertThat(document.get("error").get("message").textValue()).isEqualTo("the terminal went away");
        assertThat(run.err()).contains("---- crash report ----").contains("command:   protostar init -p --json --dir crash");
        assertThat(home.resolve("crash")).doesNotExist();
    }

    @Test
    void anErrorIsAnInternalErrorToo() throws IOException {
        StringWriter out = new StringWriter();
        FailingWriter err = FailingWriter.withError("created  .gitignore");

        int code = ProtostarCli.execute(new String[] {"init", "-p", "--json", "--dir", "broken-classpath"},
                new PrintWriter(out, true), new PrintWriter(err, true), stubs.environment(), home);

        CliRun run = new CliRun(code, out.toString(), err.toString());
        assertThat(run.exitCode()).isEqualTo(70);
        JsonNode document = JsonDocument.of(run);
        assertThat(document.get("status").textValue()).isEqualTo("INTERNAL_ERROR");
        assertThat(document.get("error").get("type").textValue()).isEqualTo("java.lang.NoClassDefFoundError");
        assertThat(run.err()).contains("---- crash report ----").contains("java.lang.NoClassDefFoundError");
        assertThat(home.resolve("broken-classpath")).doesNotExist();
    }

    @Test
    void anInterruptedRunIsInterruptedWith130() throws Exception {
        stubs.with("uv", """
                #!/bin/sh
                echo "uv $*" >> "$(dirname "$0")/calls.log"
                exec sleep 60
                """);
        CliRun[] result = new CliRun[1];
        Thread run = new Thread(() -> result[0] = cli("init", "-p", "--json", "--dir", "slow"));
        run.start();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (stubs.calls().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        run.interrupt();
        run.join(30_000);

        assertThat(run.isAlive()).isFalse();
        assertThat(result[0].exitCode()).isEqualTo(130);
        JsonNode document = JsonDocument.of(result[0]);
        assertThat(document.get("status").textValue()).isEqualTo("INTERRUPTED");
        assertThat(document.get("error").get("type").textValue()).isEqualTo("RunInterruptedException");
        assertThat(document.get("error").get("hint").isNull()).isTrue();
        assertThat(result[0].err()).contains("ABORTED: Interrupted");
    }
}
