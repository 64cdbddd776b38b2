package dev.protostar.examples.cli;

import static dev.protostar.examples.cli.JsonDocument.fields;
import static dev.protostar.examples.cli.JsonDocument.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.protostar.api.ConfigurationException;
import dev.protostar.api.ProtostarException;
import dev.protostar.api.RollbackFailedException;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TaskFailedException;
import dev.protostar.api.TaskResult;
import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The error documents of failures the CLI cannot easily be driven into. */
class JsonReportTest {

    private static final Path WORKSPACE = Path.of("/work/caf\u00e9");
    private static final SystemTask UV_ADD = SystemTask.command("uv", "add", "ruff").timeout(Duration.ofSeconds(3)).build();

    private static CliRun written(JsonReport report, int exitCode) {
        StringWriter out = new StringWriter();
        report.writeTo(new PrintWriter(out));
        return new CliRun(exitCode, out.toString(), "");
    }

    private static JsonNode failure(ProtostarException error) {
        return JsonDocument.of(written(JsonReport.failure(error, WORKSPACE), error.exitCode()));
    }

    @Test
    void aTimedOutTaskIsATemporaryFailureWith75() {
        JsonNode document = failure(new TaskFailedException(UV_ADD,
                new TaskResult(143, "", "", true, Duration.ofSeconds(3)), "Every change was rolled back."));

        assertThat(document.get("status").textValue()).isEqualTo("FAILED");
        assertThat(document.get("exit_code").intValue()).isEqualTo(75);
        assertThat(document.get("error").get("timed_out").booleanValue()).isTrue();
        assertThat(document.get("error").get("task_exit_code").intValue()).isEqualTo(143);
        assertThat(document.get("error").get("message").textValue()).startsWith("`uv add ruff` timed out after 3 s (the task timeout;");
    }

    @Test
    void anIncompleteRestoreListsWhatWasNotRestoredAndItsCauseWith74() {
        TaskFailedException cause = new TaskFailedException(UV_ADD,
                new TaskResult(1, "", "no network", false, Duration.ofMillis(20)), null);
        JsonNode document = failure(new RollbackFailedException(
                List.of(WorkspacePath.of("pyproject.toml"), WorkspacePath.of(".venv")), cause));

        assertThat(document.get("status").textValue()).isEqualTo("FAILED");
        assertThat(document.get("exit_code").intValue()).isEqualTo(74);
        JsonNode error = document.get("error");
        assertThat(fields(error)).containsExactly("type", "message", "hint", "not_restored", "cause");
        assertThat(texts(error.get("not_restored"))).containsExactly("pyproject.toml", ".venv");
        assertThat(error.get("cause").get("type").textValue()).isEqualTo("TaskFailedException");
        assertThat(error.get("cause").get("message").textValue()).startsWith("`uv add ruff` failed with exit code 1.");
    }

    @Test
    void aConfigurationErrorHasOnlyTheCommonFieldsWith78() {
        JsonNode document = failure(new ConfigurationException("Two modules share the id \"python\".", null));

        assertThat(document.get("exit_code").intValue()).isEqualTo(78);
        assertThat(fields(document.get("error"))).containsExactly("type", "message", "hint");
        assertThat(document.get("error").get("hint").isNull()).isTrue();
    }

    @Test
    void anUnknownPositionIsNull() {
        JsonNode error = failure(new ValidationException(WorkspacePath.of("ruff.toml"), 0, 0, "not a file", "Move it."))
                .get("error");

        assertThat(error.get("line").isNull()).isTrue();
        assertThat(error.get("column").isNull()).isTrue();
        assertThat(error.get("hint").textValue()).isEqualTo("Move it.");
    }

    @Test
    void theOutputIsAsciiWhateverThePaths() {
        CliRun run = written(JsonReport.failure(new ConfigurationException("x", null), WORKSPACE), 78);

        assertThat(run.out()).contains("caf\\u00E9").matches("\\p{ASCII}*");
        assertThat(JsonDocument.of(run).get("workspace").textValue()).isEqualTo("/work/caf\u00e9");
    }
}
