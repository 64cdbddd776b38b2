package dev.protostar.core.journal;

import dev.protostar.api.JournalKey;
import dev.protostar.api.RollbackFailedException;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspaceException;
import dev.protostar.api.WorkspacePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rolls back the journal of a run that was killed (or whose JVM died) before it could commit or roll
 * back, so that the next run starts from the workspace as it was before that run.
 */
final class Recovery {

    private static final int PATHS_SHOWN = 5;

    /**
     * What a recovery did.
     *
     * @param restored the paths put back
     * @param folderCreated whether the killed run had created {@code .protostar/}, when its journal said
     * @param rootModified the workspace folder's time before the killed run, when its journal recorded it
     */
    record Outcome(List<WorkspacePath> restored, Optional<Boolean> folderCreated, Optional<java.time.Instant> rootModified) {

        /** The warning for listeners and the report. */
        String note() {
            if (restored.isEmpty()) {
                return "Recovered from an interrupted run: it had changed nothing yet; its journal in "
                        + ProtostarFolder.JOURNAL + " was removed.";
            }
            List<String> shown = restored.stream().limit(PATHS_SHOWN).map(WorkspacePath::toString).toList();
            String more = restored.size() > PATHS_SHOWN ? " and " + (restored.size() - PATHS_SHOWN) + " more" : "";
            return "Recovered from an interrupted run: restored " + restored.size()
                    + (restored.size() == 1 ? " path" : " paths") + " as they were before it ("
                    + String.join(", ", shown) + more + ").";
        }
    }

    private Recovery() {}

    /**
     * Replays a leftover open journal, if there is one, and removes it. Entries of a journal that was
     * being removed (no header) are deleted without being replayed.
     *
     * @return what was restored; empty when there was no open journal
     * @throws RollbackFailedException when some paths cannot be restored; they are named and the rest
     *     was restored. The journal keeps only the files that could not be written back (their earlier
     *     bytes exist nowhere else) for the next run to try again; otherwise it is removed, because
     *     replaying it later could undo what the user fixed by hand
     * @throws WorkspaceException when the journal is damaged; it is then left untouched
     * @throws dev.protostar.api.UntrustedJournalException when this machine did not write the journal
     *     for this workspace under {@code key}; it is then left untouched
     */
    static Optional<Outcome> run(Workspace workspace, JournalKey key, String identity) {
        Optional<JournalStore.Leftover> leftover = JournalStore.read(workspace, key, identity);
        if (leftover.isEmpty()) {
            return Optional.empty();
        }
        JournalStore store = JournalStore.inSession(workspace, key, identity, false);
        if (!leftover.get().open()) {
            store.end();
            return Optional.empty();
        }
        List<PriorState> newestFirst = new ArrayList<>();
        List<JournalEntry> entries = leftover.get().entries();
        for (int i = entries.size() - 1; i >= 0; i--) {
            newestFirst.add(entries.get(i).state());
        }
        java.util.Map<WorkspacePath, Integer> fileEntries = new java.util.HashMap<>();
        java.util.Map<WorkspacePath, java.time.Instant> priorTimes = new java.util.LinkedHashMap<>();
        for (JournalEntry entry : entries) {
            WorkspacePath path = entry.state().path();
            if (entry.state() instanceof PriorState.FileContent) {
                fileEntries.put(path, entry.sequence());
                entry.modified().ifPresent(time -> priorTimes.putIfAbsent(path, time));
            }
            entry.folderModified().ifPresent(time -> priorTimes.putIfAbsent(path.parent().orElseThrow(), time));
        }
        Restorer restorer = new Restorer(workspace);
        RollbackResult result = restorer.restoreTimes(priorTimes, restorer.restore(newestFirst));
        if (!result.complete()) {
            result = store.settle(result, fileEntries);
            throw new RollbackFailedException(result.notRestored(), new WorkspaceException(null,
                    "An earlier Protostar run in " + workspace.describe() + " was stopped before it finished, and"
                            + " its journal (" + ProtostarFolder.JOURNAL + ") was replayed to put the workspace back.",
                    null, null));
        }
        store.end();
        return Optional.of(new Outcome(result.restored(), leftover.get().folderCreated(),
                Optional.ofNullable(priorTimes.get(WorkspacePath.root()))));
    }
}
