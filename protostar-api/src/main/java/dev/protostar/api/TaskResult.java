package dev.protostar.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a finished (or stopped) system task produced.
 *
 * <p>The built-in runner of real processes keeps a bounded amount of output: the last 1 MiB of each
 * stream (every line still reaches the listener as it arrives), preceded by one line saying how many
 * earlier bytes were dropped. A task whose standard output is written to a file ({@link
 * SystemTask#stdoutTo()}) keeps its standard output whole, up to a limit of 8 MiB; past it the task
 * fails with an {@link #outputFailure()} naming the limit, and nothing is written to the file.
 *
 * @param exitCode the process exit code; 127 when the program could not be started
 * @param stdout what the program wrote to standard output (see above for the bound)
 * @param stderr what the program wrote to standard error (see above for the bound)
 * @param timedOut whether the task was stopped because it ran out of time
 * @param duration how long it ran
 * @param outputFailure why the program's output could not be collected as promised (the thread reading
 *     it failed, or standard output meant for a file passed its limit); a task with an output failure
 *     has not succeeded, whatever its exit code
 */
public record TaskResult(
        int exitCode, String stdout, String stderr, boolean timedOut, Duration duration, Optional<String> outputFailure) {

    /** Validates the fields. */
    public TaskResult {
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(outputFailure, "outputFailure");
    }

    /** A result whose output was collected as promised. */
    public TaskResult(int exitCode, String stdout, String stderr, boolean timedOut, Duration duration) {
        this(exitCode, stdout, stderr, timedOut, duration, Optional.empty());
    }

    /** Whether the task exited with 0 in time and its output was collected as promised. */
    public boolean succeeded() {
        return exitCode == 0 && !timedOut && outputFailure.isEmpty();
    }
}
