package dev.protostar.core.orchestrator;

import dev.protostar.api.Change;
import dev.protostar.api.KeptValue;
import dev.protostar.api.TaskRun;
import java.util.List;

/** What a realization did, before it becomes part of a {@link dev.protostar.api.RunReport}. */
record RealizationResult(List<Change> changes, List<String> warnings, List<KeptValue> kept, List<TaskRun> tasks) {

    RealizationResult {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
        kept = List.copyOf(kept);
        tasks = List.copyOf(tasks);
    }
}
