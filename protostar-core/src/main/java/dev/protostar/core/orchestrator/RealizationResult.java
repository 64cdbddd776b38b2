package dev.protostar.core.orchestrator;

import dev.protostar.api.Change;
import dev.protostar.api.KeptValue;
import dev.protostar.api.Reconciliation;
import dev.protostar.api.TaskRun;
import java.util.List;

/** What a realization did, before it becomes part of a {@link dev.protostar.api.RunReport}. */
record RealizationResult(List<Change> changes, List<String> warnings, List<KeptValue> kept, List<TaskRun> tasks,
        Reconciliation reconciliation) {

    RealizationResult(List<Change> changes, List<String> warnings, List<KeptValue> kept, List<TaskRun> tasks) {
        this(changes, warnings, kept, tasks, Reconciliation.none());
    }


    RealizationResult {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
        kept = List.copyOf(kept);
        tasks = List.copyOf(tasks);
    }
}
