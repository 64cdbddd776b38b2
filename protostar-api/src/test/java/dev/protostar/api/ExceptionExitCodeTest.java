package dev.protostar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exit code of every built-in exception, as documented in {@link ProtostarException}. */
class ExceptionExitCodeTest {

    private static final SystemTask UV_ADD = SystemTask.command("uv", "add", "ruff").build();
    private static final WorkspacePath PYPROJECT = WorkspacePath.of("pyproject.toml");

    private static TaskResult result(int exitCode, boolean timedOut) {
        return new TaskResult(exitCode, "", "", timedOut, Duration.ofMillis(5));
    }

    @Test
    void aCollisionAbortIsAPlainFailure() {
        CollisionReport report = new CollisionReport("demo", List.of(new Collision(PYPROJECT, "python", "Python")));
        assertThat(new CollisionAbortedException(report).exitCode()).isEqualTo(1);
    }

    @Test
    void aFailedTaskIsAPlainFailureAndATimedOutOneIsTemporary() {
        assertThat(new TaskFailedException(UV_ADD, result(1, false), null).exitCode()).isEqualTo(1);
        assertThat(new TaskFailedException(UV_ADD, result(143, true), null).exitCode()).isEqualTo(75);
    }

    @Test
    void inputFilesProgramsIoAndConfigurationHaveTheirSysexitsCodes() {
        assertThat(new ValidationException(PYPROJECT, 3, 11, "unexpected '='", null).exitCode()).isEqualTo(65);
        assertThat(new UntrustedJournalException(WorkspacePath.of(".protostar/journal/run"), "foreign", "delete it")
                .exitCode()).isEqualTo(65);
        assertThat(new PreflightException(List.of(new MissingBinary("uv", List.of("Python")))).exitCode())
                .isEqualTo(69);
        assertThat(new WorkspaceException(PYPROJECT, "Cannot write pyproject.toml", null, null).exitCode())
                .isEqualTo(74);
        assertThat(new ConfigurationException("Two modules share the id \"python\".", null).exitCode())
                .isEqualTo(78);
    }

    @Test
    void anIncompleteRestoreIsAnIoErrorWhateverItsCause() {
        TaskFailedException timedOut = new TaskFailedException(UV_ADD, result(143, true), null);
        assertThat(new RollbackFailedException(List.of(PYPROJECT), timedOut).exitCode()).isEqualTo(74);
    }

    @Test
    void anInterruptIs130() {
        assertThat(new RunInterruptedException("Interrupted", null).exitCode()).isEqualTo(130);
        assertThat(new RunCancelledException("The run was cancelled before writing a.txt.", null).exitCode())
                .as("a host's cancellation, like Ctrl-C").isEqualTo(130);
    }

    @Test
    void anExistingGeneratorTargetIsAPlainFailureAndABadArgumentIsBadUsage() {
        assertThat(new TargetExistsException("cpp-class", List.of(WorkspacePath.of("Motor.hpp"))).exitCode()).isEqualTo(1);
        assertThat(new InvalidArgumentException("board", "uno_q", "unknown.", null).exitCode()).isEqualTo(2);
    }
}
