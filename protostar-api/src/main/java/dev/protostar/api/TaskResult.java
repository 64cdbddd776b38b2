package dev.protostar.api;

import java.time.Duration;
import java.util.Objects;

/**
 * What a finished (or stopped) system task produced.
 *
 * @param exitCode the process exit code; 127 when the program could not be started
 * @param stdout everything the program wrote to standard output
 * @param stderr everything the program wrote to standard error
 * @param timedOut whether the task was stopped because it ran out of time
 * @param duration how long it ran
 */
public record TaskResult(int exitCode, String stdout, String stderr, boolean timedOut, Duration duration) {

    /** Validates the fields. */
    public TaskResult {
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
        Objects.requireNonNull(duration, "duration");
    }

    /** Whether the task exited with 0 in time. */
    public boolean succeeded() {
        return exitCode == 0 && !timedOut;
    }
}
