package dev.protostar.api;

import java.util.Objects;

/**
 * A system task that ran, with its outcome.
 *
 * @param task the task
 * @param result what it produced
 * @param simulated whether its effects were simulated rather than produced by a real process
 */
public record TaskRun(SystemTask task, TaskResult result, boolean simulated) {

    /** Validates the fields. */
    public TaskRun {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(result, "result");
    }
}
