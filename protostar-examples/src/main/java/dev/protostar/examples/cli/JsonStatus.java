package dev.protostar.examples.cli;

import dev.protostar.api.CollisionAbortedException;
import dev.protostar.api.ProtostarException;
import dev.protostar.api.ReadOnlyTargetException;
import dev.protostar.api.RunCancelledException;
import dev.protostar.api.RunInterruptedException;
import dev.protostar.api.RunStatus;

/** The {@code status} field of the {@code --json} document: how the command ended. */
enum JsonStatus {
    /** Everything was applied (exit code 0). */
    SUCCESS,
    /** The run completed with warnings (exit code 0). */
    PARTIAL_SUCCESS,
    /** The environment was already up to date (exit code 0). */
    NO_CHANGES,
    /** The run failed; the exit code says why. */
    FAILED,
    /**
     * Existing project files were found and the run stopped without {@code --force}, or read-only
     * files would have been modified without {@code --force-readonly} (exit code 1).
     */
    ABORTED,
    /** The run was interrupted (exit code 130). */
    INTERRUPTED,
    /** The command line was wrong (exit code 2). */
    USAGE_ERROR,
    /** Protostar itself failed unexpectedly (exit code 70). */
    INTERNAL_ERROR;

    /** The status of a completed run. */
    static JsonStatus of(RunStatus status) {
        return switch (status) {
            case SUCCESS -> SUCCESS;
            case PARTIAL_SUCCESS -> PARTIAL_SUCCESS;
            case NO_CHANGES -> NO_CHANGES;
        };
    }

    /** The status of a run that ended with {@code error}. */
    static JsonStatus of(ProtostarException error) {
        if (error instanceof CollisionAbortedException || error instanceof ReadOnlyTargetException) {
            return ABORTED;
        }
        if (error instanceof RunInterruptedException || error instanceof RunCancelledException) {
            return INTERRUPTED;
        }
        return FAILED;
    }
}
