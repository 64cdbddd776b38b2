package dev.protostar.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether a tracked project is in step with its request, found without writing a byte or starting
 * a process: what a sync would change, the user edits it would keep, the conflicts a person must
 * decide, and how the recipe has moved away from what the lock recorded.
 *
 * @param plan the sync's plan: every change with its diff, and its {@link Plan#reconciliation()}
 * @param drift differences between the project's recipe and the request recorded in {@code
 *     protostar.lock}, one sentence each ({@code "the recipe adds mypy"}); empty when they agree or the
 *     project has no lock yet
 * @param tracked whether the project has a {@code protostar.lock}
 */
public record ProjectStatus(Plan plan, List<String> drift, boolean tracked) {

    /** Validates and copies the fields. */
    public ProjectStatus {
        Objects.requireNonNull(plan, "plan");
        drift = List.copyOf(drift);
    }

    /** Whether nothing is pending: no change to make, no conflict to decide, and the project is tracked. */
    public boolean inStep() {
        return tracked && plan.changes().isEmpty() && plan.reconciliation().conflicts().isEmpty();
    }

    /**
     * Why the project is not in step, one line each (what {@code sync --check} prints): the missing
     * lock, each pending file change, each conflict. Empty exactly when {@link #inStep()}.
     */
    public List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        if (!tracked) {
            reasons.add("protostar.lock is missing: the project is not tracked yet (run `protostar init` or"
                    + " `protostar sync`).");
        }
        for (PlannedChange change : plan.changes()) {
            String what = switch (change.kind()) {
                case CREATED -> "would be created";
                case MODIFIED -> "would be modified";
                case DELETED -> "would be deleted";
                case DIRECTORY_CREATED -> "would be created (folder)";
            };
            reasons.add(change.path() + " " + what + ".");
        }
        for (SyncConflict conflict : plan.reconciliation().conflicts()) {
            reasons.add(conflict.address() + " is in conflict (" + conflict.kind() + "): decide with "
                    + conflict.resolveOption(ConflictChoice.LOCAL) + " or "
                    + conflict.resolveOption(ConflictChoice.DESIRED) + ".");
        }
        return reasons;
    }

    /**
     * A human summary: in step or not, then the pending changes by file, the preserved edits, the
     * conflicts with the exact option deciding each, and the drift. Every line ends with {@code '\n'}.
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        if (!tracked) {
            out.append("Not tracked: there is no protostar.lock. `protostar init` (or `protostar sync` with a recipe)"
                    + " starts tracking.\n");
        } else if (inStep()) {
            out.append("In step: nothing to change, nothing to decide.\n");
        } else {
            out.append("Not in step: ").append(count(plan.changes().size(), "pending change")).append(", ")
                    .append(count(plan.reconciliation().conflicts().size(), "conflict")).append(".\n");
        }
        if (!plan.changes().isEmpty()) {
            out.append("\nPending (`protostar sync` applies them, `protostar diff` shows them):\n");
            for (PlannedChange change : plan.changes()) {
                out.append("  ").append(change.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                        .append(' ').append(change.path()).append('\n');
            }
            List<ManagedChange> managed = plan.reconciliation().changes().stream()
                    .filter(c -> c.kind() != ManagedChange.Kind.PRESERVED && c.kind() != ManagedChange.Kind.KEPT
                            && c.kind() != ManagedChange.Kind.DECLINED)
                    .toList();
            for (ManagedChange change : managed) {
                out.append("    ").append(change.kind().id()).append(": ").append(change).append('\n');
            }
        }
        StringBuilder rest = new StringBuilder();
        ReconciliationText.append(plan.reconciliation(), rest);
        out.append(rest);
        if (!drift.isEmpty()) {
            out.append("\nThe recipe differs from the lock:\n");
            drift.forEach(line -> out.append("  - ").append(line).append('\n'));
        }
        return out.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
