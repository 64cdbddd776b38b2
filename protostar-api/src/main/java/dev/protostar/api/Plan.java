package dev.protostar.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run would do, found by a dry run that wrote nothing and started no process.
 *
 * <p>A plan promises:
 * <ul>
 *   <li><b>Nothing happened.</b> Making it wrote no byte to the workspace and started no process;
 *       every system task was simulated ({@link PlannedTask#simulated()}).
 *   <li><b>Exact.</b> Every path the run would create, modify or delete is listed once (twice when
 *       a file becomes a folder or the other way round) with its content before and after and a
 *       diff. Applying the same request with the same simulations produces exactly these files.
 *       Changes made by simulated tasks are marked {@link PlannedChange#simulated()}: real
 *       programs may write different bytes there (real {@code uv add} adds version bounds, for
 *       example). A task whose command the simulation does not model is marked {@link
 *       PlannedTask#effectsKnown()} {@code false}, and then {@link #isExact()} is {@code false}.
 *   <li><b>Ordered.</b> Changes in the order the run would first touch each path; tasks in the
 *       order they would run; nothing depends on hash order.
 * </ul>
 *
 * @param workspace a description of the workspace the plan is for, as {@link Workspace#describe()} gives it
 * @param status how the run would end: with warnings {@link RunStatus#PARTIAL_SUCCESS}, with no
 *     change and no task {@link RunStatus#NO_CHANGES}, else {@link RunStatus#SUCCESS}
 * @param changes every change, in the order the run would first touch each path
 * @param tasks every system task that would run, in order
 * @param warnings the warnings the run would report
 * @param kept user values that merges would leave alone
 * @param reconciliation what keeping a tracked project in step would do ({@link
 *     Reconciliation#none()} when the run would not track one)
 */
public record Plan(
        String workspace,
        RunStatus status,
        List<PlannedChange> changes,
        List<PlannedTask> tasks,
        List<String> warnings,
        List<KeptValue> kept,
        Reconciliation reconciliation) {

    /** A plan of a run that does not track the project ({@link Reconciliation#none()}). */
    public Plan(String workspace, RunStatus status, List<PlannedChange> changes, List<PlannedTask> tasks,
            List<String> warnings, List<KeptValue> kept) {
        this(workspace, status, changes, tasks, warnings, kept, Reconciliation.none());
    }

    /** Validates and copies the fields. */
    public Plan {
        Objects.requireNonNull(reconciliation, "reconciliation");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(status, "status");
        changes = List.copyOf(changes);
        tasks = List.copyOf(tasks);
        warnings = List.copyOf(warnings);
        kept = List.copyOf(kept);
    }

    /** The folders the run would create, in order. */
    public List<WorkspacePath> directories() {
        return changes.stream().filter(c -> c.kind() == ChangeKind.DIRECTORY_CREATED).map(PlannedChange::path).toList();
    }

    /** Every changed path, in order, each once. */
    public List<WorkspacePath> paths() {
        return changes.stream().map(PlannedChange::path).distinct().toList();
    }

    /** The last change planned for {@code path} (the creation, for a path whose kind changes), if any. */
    public Optional<PlannedChange> change(WorkspacePath path) {
        PlannedChange found = null;
        for (PlannedChange change : changes) {
            if (change.path().equals(path)) {
                found = change;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether the run would change nothing and run nothing. */
    public boolean isEmpty() {
        return changes.isEmpty() && tasks.isEmpty();
    }

    /** Whether the simulation modelled every task, so that the changes are complete. */
    public boolean isExact() {
        return tasks.stream().allMatch(PlannedTask::effectsKnown);
    }

    /**
     * The plan for humans: status, commands, changes, warnings, kept values, then every diff.
     * Deterministic; lines end with {@code \n}.
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("Dry run in ").append(workspace).append(": nothing was written and no process was started.\n");
        out.append("Status: ").append(status);
        if (isEmpty()) {
            out.append(" (nothing would change and no command would run)\n");
        } else {
            out.append(" (").append(count(changes.size(), "change")).append(", ")
                    .append(count(tasks.size(), "command")).append(")\n");
        }
        if (!tasks.isEmpty()) {
            out.append("\nCommands that would run:\n");
            for (PlannedTask task : tasks) {
                renderTask(out, task);
            }
        }
        if (!changes.isEmpty()) {
            out.append("\nChanges:\n");
            int width = changes.stream().mapToInt(c -> shown(c).length()).max().orElse(0);
            for (PlannedChange change : changes) {
                renderChange(out, change, width);
            }
        }
        if (!warnings.isEmpty()) {
            out.append("\nWarnings:\n");
            warnings.forEach(w -> out.append("  - ").append(w).append('\n'));
        }
        if (!kept.isEmpty()) {
            out.append("\nExisting values that would be kept:\n");
            kept.forEach(k -> out.append("  - ").append(k).append('\n'));
        }
        ReconciliationText.append(reconciliation, out);
        List<String> diffs = new ArrayList<>();
        changes.stream().map(PlannedChange::diff).filter(d -> !d.isEmpty()).forEach(diffs::add);
        if (!diffs.isEmpty()) {
            out.append('\n');
            diffs.forEach(d -> out.append(d).append(d.endsWith("\n") ? "" : "\n"));
        }
        return out.toString();
    }

    private static void renderTask(StringBuilder out, PlannedTask task) {
        out.append("  $ ").append(task.commandLine()).append(task.simulated() ? "  [simulated]" : "").append('\n');
        if (!task.description().equals(task.commandLine())) {
            out.append("      ").append(task.description()).append('\n');
        }
        if (!task.effectsKnown()) {
            out.append("      effects unknown: the simulation does not model this command;"
                    + " the plan assumes it succeeds and changes nothing\n");
        } else if (!task.outcome().succeeded()) {
            out.append("      would fail with exit code ").append(task.outcome().exitCode()).append('\n');
        }
    }

    private static void renderChange(StringBuilder out, PlannedChange change, int width) {
        String label = switch (change.kind()) {
            case CREATED -> "new file  ";
            case MODIFIED -> "modified  ";
            case DELETED -> change.isDirectory() ? "del folder" : "deleted   ";
            case DIRECTORY_CREATED -> "new folder";
        };
        out.append("  ").append(label).append(' ').append(shown(change));
        boolean onlyProtostar = change.by().stream().allMatch("protostar"::equals);
        if (!onlyProtostar || change.simulated()) {
            out.append(" ".repeat(width - shown(change).length())).append("  (by ").append(String.join(", ", change.by()));
            out.append(change.simulated() ? "; simulated)" : ")");
        }
        out.append('\n');
    }

    private static String shown(PlannedChange change) {
        return change.path() + (change.isDirectory() ? "/" : "");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The same as {@link #render()}. */
    @Override
    public String toString() {
        return render();
    }
}
