package dev.protostar.api;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a completed run did.
 *
 * @param status how the run ended
 * @param changes every path created, modified or removed, in the order it happened
 * @param warnings problems that did not stop the run
 * @param kept user values that merges left alone
 * @param tasks every system task that ran, in order
 * @param phaseDurations how long each phase took, in phase order
 * @param reconciliation what keeping a tracked project in step did ({@link Reconciliation#none()}
 *     for a run that does not track one)
 */
public record RunReport(
        RunStatus status,
        List<Change> changes,
        List<String> warnings,
        List<KeptValue> kept,
        List<TaskRun> tasks,
        Map<Phase, Duration> phaseDurations,
        Reconciliation reconciliation) {

    /** A report of a run that does not track the project ({@link Reconciliation#none()}). */
    public RunReport(RunStatus status, List<Change> changes, List<String> warnings, List<KeptValue> kept,
            List<TaskRun> tasks, Map<Phase, Duration> phaseDurations) {
        this(status, changes, warnings, kept, tasks, phaseDurations, Reconciliation.none());
    }

    /** Copies every collection. */
    public RunReport {
        Objects.requireNonNull(reconciliation, "reconciliation");
        Objects.requireNonNull(status, "status");
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
        kept = List.copyOf(kept);
        tasks = List.copyOf(tasks);
        phaseDurations = Collections.unmodifiableMap(new LinkedHashMap<>(phaseDurations));
    }

    /** The total of all phase durations. */
    public Duration totalDuration() {
        return phaseDurations.values().stream().reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * A human summary, laid out like {@link Plan#render()}: the status with the number of changes
     * and commands; the commands that ran, in order ({@code [simulated]} when they were, and how a
     * failed one failed); every change, in the order it happened ({@code new file}, {@code
     * modified}, {@code deleted}, {@code new folder}, with {@code (by COMMAND)} when a system task
     * made it); the warnings; the existing values merges kept. Sections with nothing to show are
     * left out. Every line ends with {@code '\n'}; durations are not shown, so the same run renders
     * the same text.
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("Status: ").append(status);
        if (changes.isEmpty() && tasks.isEmpty()) {
            out.append(" (nothing changed and no command ran)\n");
        } else {
            out.append(" (").append(count(changes.size(), "change")).append(", ")
                    .append(count(tasks.size(), "command")).append(")\n");
        }
        if (!tasks.isEmpty()) {
            out.append("\nCommands that ran:\n");
            for (TaskRun run : tasks) {
                out.append("  $ ").append(run.task().commandLine()).append(run.simulated() ? "  [simulated]" : "")
                        .append('\n');
                if (run.result().timedOut()) {
                    Duration limit = run.task().timeout();
                    out.append("      timed out after ").append(limit.toMillis() % 1000 == 0
                            ? limit.toSeconds() + " s" : limit.toMillis() + " ms").append('\n');
                } else if (!run.result().succeeded()) {
                    out.append("      failed with exit code ").append(run.result().exitCode()).append('\n');
                }
            }
        }
        if (!changes.isEmpty()) {
            out.append("\nChanges:\n");
            int width = changes.stream().mapToInt(c -> shown(c).length()).max().orElse(0);
            for (Change change : changes) {
                String label = switch (change.kind()) {
                    case CREATED -> "new file  ";
                    case MODIFIED -> "modified  ";
                    case DELETED -> "deleted   ";
                    case DIRECTORY_CREATED -> "new folder";
                };
                out.append("  ").append(label).append(' ').append(shown(change));
                if (!change.by().equals("protostar")) {
                    out.append(" ".repeat(width - shown(change).length())).append("  (by ").append(change.by())
                            .append(')');
                }
                out.append('\n');
            }
        }
        if (!warnings.isEmpty()) {
            out.append("\nWarnings:\n");
            warnings.forEach(w -> out.append("  - ").append(w).append('\n'));
        }
        if (!kept.isEmpty()) {
            out.append("\nExisting values that were kept:\n");
            kept.forEach(k -> out.append("  - ").append(k).append('\n'));
        }
        ReconciliationText.append(reconciliation, out);
        return out.toString();
    }

    private static String shown(Change change) {
        return change.path() + (change.kind() == ChangeKind.DIRECTORY_CREATED ? "/" : "");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
