package dev.protostar.core.journal;

import dev.protostar.api.FileAttributes;
import dev.protostar.api.JournalKey;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.time.Instant;
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
 *       a link is not restored;
 *   <li>modification times, where the workspace keeps them: each restored file's own time, and the
 *       time of each folder the run added entries to or removed entries from, as they were before
 *       the run (recorded with the first entry in that folder).
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
    /** Times before the run: of recorded files, and of the folders they are in; in the order first seen. */
    private final java.util.Map<WorkspacePath, Instant> priorTimes = new java.util.LinkedHashMap<>();
    private final Set<WorkspacePath> timedFolders = new HashSet<>();
    /** Folder times known before their first entry (the root's, taken when the session opened). */
    private final java.util.Map<WorkspacePath, Instant> knownFolderTimes;

    /**
     * A journal for mutations of {@code workspace} on its own, outside a {@link WorkspaceSession}:
     * it creates {@code .protostar/} when it needs it and removes it when it ends. Its entries are
     * sealed with a random key of its own, so only this object can roll them back.
     */
    public MutationJournal(Workspace workspace) {
        this(workspace, JournalKey.random());
    }

    /**
     * Like {@link #MutationJournal(Workspace)}, sealing the journal with {@code key}, so that a run
     * given the same key can recover it after this process was killed.
     */
    public MutationJournal(Workspace workspace, JournalKey key) {
        this(workspace, JournalStore.standalone(workspace, key), java.util.Map.of());
    }

    MutationJournal(Workspace workspace, JournalStore store, java.util.Map<WorkspacePath, Instant> knownFolderTimes) {
        this.workspace = workspace;
        this.store = store;
        this.knownFolderTimes = java.util.Map.copyOf(knownFolderTimes);
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
                add(new PriorState.CreatedDirectory(p), Optional.empty());
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
     * {@code folderModified} is the time of the folder it is in from before the task, used when no
     * earlier entry recorded that folder's time.
     */
    public void afterTaskCreated(WorkspacePath path, Optional<Instant> folderModified) {
        checkJournalable(path);
        if (!records(path)) {
            add(new PriorState.Absent(path), Optional.empty(), folderModified);
        }
    }

    /**
     * Records what a file held before a system task changed, re-moded or removed it: {@code content}
     * and {@code mode} come from a copy taken before the task started, because the workspace no longer
     * holds them. Unlike the {@code before*} methods this is written after the mutation it guards, so
     * a process killed between the task's end and this call leaves the change unrecorded; the run
     * records a task's changes first thing after it ends. Does nothing when the path is covered already.
     * {@code modified} and {@code folderModified} are the file's and its folder's times from before
     * the task, as for {@link #afterTaskCreated}.
     */
    public void afterTaskChanged(WorkspacePath path, byte[] content, java.util.OptionalInt mode,
            Optional<Instant> modified, Optional<Instant> folderModified) {
        checkJournalable(path);
        if (!records(path)) {
            add(new PriorState.FileContent(path, content.clone(), mode), modified, folderModified);
        }
    }

    /**
     * Records that a system task removed the folder {@code path}, which existed before it ran: a
     * rollback recreates it (empty; the files that were in it are recorded one by one, with {@link
     * #afterTaskChanged}). Journaled after the task, like {@link #afterTaskChanged}; does nothing when
     * the path is covered already.
     */
    public void afterTaskRemovedFolder(WorkspacePath path, Optional<Instant> folderModified) {
        checkJournalable(path);
        if (!records(path)) {
            add(new PriorState.ExistingDirectory(path), Optional.empty(), folderModified);
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
        Optional<Instant> modified = Optional.empty();
        if (attributes.isEmpty()) {
            state = new PriorState.Absent(path);
        } else if (attributes.get().isFile()) {
            state = new PriorState.FileContent(path, workspace.read(path), attributes.get().posixMode());
            modified = attributes.get().modified();
        } else if (attributes.get().isDirectory()) {
            state = new PriorState.ExistingDirectory(path);
        } else {
            state = new PriorState.OtherEntry(path, attributes.get().kind());
        }
        add(state, modified);
    }

    /**
     * Written to disk first; only then part of the rollback (a record that failed to be written guards
     * nothing). The first entry in a folder also records the folder's time.
     */
    private void add(PriorState state, Optional<Instant> modified) {
        add(state, modified, Optional.empty());
    }

    /** {@link #add(PriorState, Optional)}, with the folder's time from before a task when the caller knows it. */
    private void add(PriorState state, Optional<Instant> modified, Optional<Instant> folderBeforeTask) {
        WorkspacePath folder = state.path().parent().orElseThrow();
        Optional<Instant> folderModified = Optional.empty();
        if (!timedFolders.contains(folder)) {
            folderModified = Optional.ofNullable(knownFolderTimes.get(folder))
                    .or(() -> folderBeforeTask)
                    .or(() -> workspace.attributes(folder).filter(FileAttributes::isDirectory)
                            .flatMap(FileAttributes::modified));
        }
        int sequence = store.append(state, modified, folderModified);
        if (state instanceof PriorState.FileContent) {
            fileEntries.put(state.path(), sequence);
        }
        timedFolders.add(folder);
        folderModified.ifPresent(time -> priorTimes.put(folder, time));
        modified.ifPresent(time -> priorTimes.putIfAbsent(state.path(), time));
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
        Restorer restorer = new Restorer(workspace);
        RollbackResult restored = restorer.restoreTimes(priorTimes, restorer.restore(List.copyOf(records)));
        RollbackResult result = store.settle(restored, fileEntries);
        clear();
        return result;
    }

    /**
     * The run succeeded: ends the journal on disk and forgets the records. The header's removal is
     * the commit point; when it fails, the exception is thrown and the journal is still complete, so
     * the caller can {@link #rollback()}. Leftovers after that point are only reported.
     */
    public void commit() {
        store.end();
        clear();
    }

    private void clear() {
        records.clear();
        seen.clear();
        absent.clear();
        fileEntries.clear();
        priorTimes.clear();
        timedFolders.clear();
    }

    /** What could not be removed after the journal ended, each as a message naming the path. */
    public List<String> leftovers() {
        return store.leftovers();
    }
}
