package dev.protostar.core.journal;

import dev.protostar.api.WorkspacePath;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What replaying a journal achieved.
 *
 * @param restored the paths that are as they were before the run, in the order they were restored
 * @param notRestored the paths that are not, each with the reason; empty when the rollback was complete
 * @param problems failures met after restoring (removing the journal itself), to report beside the result
 */
public record RollbackResult(List<WorkspacePath> restored, Map<WorkspacePath, String> notRestored, List<Exception> problems) {

    /** Copies the collections. */
    public RollbackResult {
        restored = List.copyOf(restored);
        notRestored = Collections.unmodifiableMap(new LinkedHashMap<>(notRestored));
        problems = List.copyOf(problems);
    }

    /** Whether every recorded path is as it was before the run. */
    public boolean complete() {
        return notRestored.isEmpty();
    }

    RollbackResult withProblems(List<Exception> more) {
        List<Exception> all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        return new RollbackResult(restored, notRestored, all);
    }
}
