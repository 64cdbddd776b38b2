package dev.protostar.core.journal;

import dev.protostar.api.FileAttributes;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Remembers, before each mutation of a run, what the touched paths held, so that a failed run can
 * put the workspace back — also after the JVM was killed, because every record is written to
 * {@code .protostar/journal/} in the workspace (see {@link JournalStore}) before the mutation it
 * guards. Only the first state recorded for a path counts: that is the state before the run.
 * Rollback replays the records newest first.
 *
 * <p>What a rollback restores:
 * <ul>
 *   <li>a file that existed: its bytes and, where the workspace keeps modes, its mode;
 *   <li>a path that was absent: removed, whole tree and all (what a system task created);
 *   <li>a folder the run created: removed when it is empty again; when it holds something the run
 *       did not create, it is kept and named as not restored;
 *   <li>a folder (or link) that existed before a task ran: checked to be still there, and a missing
 *       folder recreated (empty: the files a task changed in it are recorded and restored one by one);
 *       a link is not restored.
 * </ul>
 *
 * <p>Not safe for use by several threads; one journal serves one run.
 */
public final class MutationJournal {

    private final Workspace workspace;
    private final JournalStore store;
    private final Deque<PriorState> records = new ArrayDeque<>();
    private final Set<WorkspacePath> seen = new HashSet<>();
    private final java.util.Map<WorkspacePath, Integer> fileEntries = new java.util.HashMap<>();
    private final Set<WorkspacePath> absent = new HashSet<>();

    /**
     * A journal for mutations of {@code workspace} on its own, outside a {@link WorkspaceSession}:
     * it creates {@code .protostar/} when it needs it and removes it when it ends.
     */
    public MutationJournal(Workspace workspace) {
        this(workspace, JournalStore.standalone(workspace));
    }

    MutationJournal(Workspace workspace, JournalStore store) {
        this.workspace = workspace;
        this.store = store;
    }

    /** Records the state of a file that is about to be written. */
    public void beforeWrite(WorkspacePath path) {
        record(path);
    }

    /** Records that {@code path} and any missing parents are about to be created as folders. */
    public void beforeCreateDirectories(WorkspacePath path) {
        List<WorkspacePath> missing = new ArrayList<>();
        for (WorkspacePath p = path; !p.isRoot() && !workspace.exists(p); p = p.parent().orElseThrow()) {
            missing.add(p);
        }
        for (int i = missing.size() - 1; i >= 0; i--) {
            WorkspacePath p = missing.get(i);
            if (!seen.contains(p)) {
                add(new PriorState.CreatedDirectory(p));
            }
        }
    }

    /** Records the state of a path a system task may create or rewrite (a whole tree when it is absent). */
    public void beforeTask(WorkspacePath owned) {
        record(owned);
    }

    /**
     * Records that a system task created {@code path}, which was absent before the task ran: a rollback
     * removes it, whole tree and all. Journaled after the task, when its changes are known (see {@link
     * #afterTaskChanged}); does nothing when {@link #records(WorkspacePath)} already covers the path.
     */
    public void afterTaskCreated(WorkspacePath path) {
        checkJournalable(path);
        if (!records(path)) {
            add(new PriorState.Absent(path));
        }
    }

    /**
     * Records what a file held before a system task changed, re-moded or removed it: {@code content}
     * and {@code mode} come from a copy taken before the task started, because the workspace no longer
     * holds them. Unlike the {@code before*} methods this is written after the mutation it guards, so
     * a process killed between the task's end and this call leaves the change unrecorded; the run
     * records a task's changes first thing after it ends. Does nothing when the path is covered already.
     */
    public void afterTaskChanged(WorkspacePath path, byte[] content, java.util.OptionalInt mode) {
        checkJournalable(path);
        if (!records(path)) {
            add(new PriorState.FileContent(path, content.clone(), mode));
        }
    }

    /**
     * Records that a system task removed the folder {@code path}, which existed before it ran: a
     * rollback recreates it (empty; the files that were in it are recorded one by one, with {@link
     * #afterTaskChanged}). Journaled after the task, like {@link #afterTaskChanged}; does nothing when
     * the path is covered already.
     */
    public void afterTaskRemovedFolder(WorkspacePath path) {
        checkJournalable(path);
        if (!records(path)) {
            add(new PriorState.ExistingDirectory(path));
        }
    }

    /**
     * Whether a rollback already puts {@code path} back as it was before the run: it was recorded, or
     * a folder above it was recorded as absent (so the whole tree is removed).
     */
    public boolean records(WorkspacePath path) {
        if (seen.contains(path)) {
            return true;
        }
        for (Optional<WorkspacePath> p = path.parent(); p.isPresent() && !p.get().isRoot(); p = p.get().parent()) {
            if (absent.contains(p.get())) {
                return true;
            }
        }
        return false;
    }

    private static void checkJournalable(WorkspacePath path) {
        if (path.isRoot() || ProtostarFolder.contains(path)) {
            throw new IllegalArgumentException("Refusing to journal " + path + ": the workspace root and "
                    + ProtostarFolder.PATH + "/ (Protostar's lock and journal) are never written by a run");
        }
    }

    private void record(WorkspacePath path) {
        if (path.isRoot() || ProtostarFolder.contains(path)) {
            throw new IllegalArgumentException("Refusing to journal " + path + ": the workspace root and "
                    + ProtostarFolder.PATH + "/ (Protostar's lock and journal) are never written by a run");
        }
        if (seen.contains(path)) {
            return;
        }
        Optional<FileAttributes> attributes = workspace.attributes(path);
        PriorState state;
        if (attributes.isEmpty()) {
            state = new PriorState.Absent(path);
        } else if (attributes.get().isFile()) {
            state = new PriorState.FileContent(path, workspace.read(path), attributes.get().posixMode());
        } else if (attributes.get().isDirectory()) {
            state = new PriorState.ExistingDirectory(path);
        } else {
            state = new PriorState.OtherEntry(path, attributes.get().kind());
        }
        add(state);
    }

    /** Written to disk first; only then part of the rollback (a record that failed to be written guards nothing). */
    private void add(PriorState state) {
        int sequence = store.append(state);
        if (state instanceof PriorState.FileContent) {
            fileEntries.put(state.path(), sequence);
        }
        records.push(state);
        seen.add(state.path());
        if (state instanceof PriorState.Absent) {
            absent.add(state.path());
        }
    }

    /** Whether nothing has been recorded. */
    public boolean isEmpty() {
        return records.isEmpty();
    }

    /**
     * Puts every recorded path back as it was (see {@link Restorer} for the order), removes stray
     * temporary files beside them, forgets the records and removes the journal from disk. Never
     * throws for a path it cannot restore: the result names it. A file that cannot be written back
     * keeps its entry in the journal, which then stays open, so that its earlier bytes are not lost
     * and the next run tries again; every other entry is removed.
     */
    public RollbackResult rollback() {
        RollbackResult result = store.settle(new Restorer(workspace).restore(List.copyOf(records)), fileEntries);
        records.clear();
        seen.clear();
        absent.clear();
        fileEntries.clear();
        return result;
    }

    /**
     * The run succeeded: ends the journal on disk and forgets the records. The header's removal is
     * the commit point; when it fails, the exception is thrown and the journal is still complete, so
     * the caller can {@link #rollback()}. Leftovers after that point are only reported.
     */
    public void commit() {
        store.end();
        records.clear();
        seen.clear();
        absent.clear();
        fileEntries.clear();
    }

    /** What could not be removed after the journal ended, each as a message naming the path. */
    public List<String> leftovers() {
        return store.leftovers();
    }
}
