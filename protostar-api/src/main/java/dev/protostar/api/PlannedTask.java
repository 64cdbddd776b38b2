package dev.protostar.api;

import java.util.Objects;

/**
 * A system task a run would start, as a {@link Plan} shows it.
 *
 * <p>No process is started to make a plan: the task's effects on the workspace are simulated, and
 * the changes they would make are part of the plan's changes. {@link #effectsKnown()} says whether
 * the simulation models this command at all.
 *
 * @param task the task, with its command line and description
 * @param outcome what the simulation predicts the program returns and prints (durations are zero)
 * @param simulated whether the task's effects were simulated rather than produced by a real
 *     process; always {@code true} in a plan made by Protostar
 * @param effectsKnown whether the simulation models this command; when {@code false} the plan
 *     assumes the command succeeds and changes nothing, so whatever it would really change is
 *     missing from the plan
 */
public record PlannedTask(SystemTask task, TaskResult outcome, boolean simulated, boolean effectsKnown) {

    /** Validates the fields. */
    public PlannedTask {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The command as one line for humans, such as {@code uv add --dev ruff}. */
    public String commandLine() {
        return task.commandLine();
    }

    /** The task's human description, such as {@code Adding development dependencies: ruff}. */
    public String description() {
        return task.description();
    }
}
