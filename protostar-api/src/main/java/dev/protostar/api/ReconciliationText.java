package dev.protostar.api;

import java.util.List;

/** The reconciliation sections of {@link RunReport#render()} and {@link Plan#render()}. */
final class ReconciliationText {

    private ReconciliationText() {}

    static void append(Reconciliation reconciliation, StringBuilder out) {
        section(out, "Your edits that were kept (Protostar's value is unchanged):",
                reconciliation.changes(ManagedChange.Kind.PRESERVED));
        section(out, "Files you deleted, which stay deleted:", reconciliation.changes(ManagedChange.Kind.DECLINED));
        List<SyncConflict> conflicts = reconciliation.conflicts();
        if (conflicts.isEmpty()) {
            return;
        }
        out.append("\nConflicts (the file keeps your value until you decide):\n");
        for (SyncConflict conflict : conflicts) {
            out.append("  ").append(conflict.id()).append("  ").append(conflict.address()).append(" (")
                    .append(conflict.kind()).append(")\n");
            out.append("      was ").append(conflict.base().orElse("(absent)")).append(", yours ")
                    .append(conflict.local().orElse("(removed)")).append(", Protostar's ")
                    .append(conflict.desired().orElse("(no longer wanted)")).append('\n');
            out.append("      keep yours: ").append(conflict.resolveOption(ConflictChoice.LOCAL))
                    .append("   take Protostar's: ").append(conflict.resolveOption(ConflictChoice.DESIRED))
                    .append('\n');
        }
    }

    private static void section(StringBuilder out, String title, List<ManagedChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append('\n');
        changes.forEach(change -> out.append("  - ").append(change).append('\n'));
    }
}
