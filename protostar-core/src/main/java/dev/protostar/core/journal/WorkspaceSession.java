package dev.protostar.core.journal;

import dev.protostar.api.FileAttributes;
import dev.protostar.api.JournalKey;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspaceException;
import dev.protostar.api.WorkspaceLock;
import dev.protostar.api.WorkspacePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One run's hold on a workspace, from before its first check to after its last write:
 *
 * <ol>
 *   <li>{@link #open(Workspace, JournalKey)} creates {@code .protostar/} when missing and takes the workspace's
 *       {@linkplain Workspace#lock(WorkspacePath) run lock} there; a second run fails at once and
 *       writes nothing;
 *   <li>then it replays the journal a killed run left behind, before anything else looks at the
 *       workspace, and keeps a {@linkplain #recoveryNote() note} saying so;
 *   <li>the run records its mutations in {@link #journal()} and commits or rolls it back;
 *   <li>{@link #finish()} (after success) or {@link #close()} (always) releases the lock and removes
 *       {@code .protostar/} when it is empty and was not the user's before the run.
 * </ol>
 *
 * <p>{@code .protostar/} is reserved for Protostar. It counts as the user's (and is kept) only when
 * it existed before the run holding something other than Protostar's own leftovers ({@code lock},
 * {@code lock.*.live}, {@code journal}), or when a replayed journal says it existed before the
 * killed run. An empty {@code .protostar/} is taken for a leftover too (a run whose last clean-up
 * step failed leaves one, and says so) and removed. So a run that changes nothing leaves the folder
 * byte for byte as it found it, and a run after a failed clean-up heals it.
 *
 * <p>Folder times: the workspace folder's own modification time is taken when the session opens,
 * before {@code .protostar/} is made, and put back when the session ends if the folder's entries are
 * the same names as then (a run that changed nothing, was aborted or rolled back, or only rewrote
 * existing files): making and removing {@code .protostar/} does not count as a change. A {@code
 * .protostar/} that was there before keeps its time the same way. After a recovery, the folder's
 * time is the one the killed run's journal recorded. The thread's interrupt status is set aside while cleaning up, so
 * that an interrupted run still removes what it made, and restored afterwards.
 */
public final class WorkspaceSession implements AutoCloseable {

    private static final Pattern OWN_ENTRY = Pattern.compile("lock|lock\\..*\\.live|journal");

    private final Workspace workspace;
    private final WorkspaceLock lock;
    private final boolean ownsFolder;
    private final MutationJournal journal;
    private final Optional<String> recoveryNote;
    private final FolderTimes times;
    private final List<String> timeWarnings = new ArrayList<>();
    private boolean closed;

    private WorkspaceSession(Workspace workspace, JournalKey key, String identity, WorkspaceLock lock,
            boolean ownsFolder, Optional<String> recoveryNote, FolderTimes times) {
        this.workspace = workspace;
        this.lock = lock;
        this.ownsFolder = ownsFolder;
        this.recoveryNote = recoveryNote;
        this.times = times;
        this.journal = new MutationJournal(workspace, JournalStore.inSession(workspace, key, identity, ownsFolder),
                times.root().map(time -> java.util.Map.of(WorkspacePath.root(), time)).orElse(java.util.Map.of()));
    }

    /**
     * The times of the workspace folder and of {@code .protostar/} when the session opened, with the
     * names of their entries then; a time is put back only when the names are the same at the end.
     */
    private record FolderTimes(Optional<java.time.Instant> root, Optional<List<WorkspacePath>> rootNames,
            Optional<java.time.Instant> own, Optional<List<WorkspacePath>> ownNames) {

        static FolderTimes of(Workspace workspace) {
            Optional<FileAttributes> own = workspace.attributes(ProtostarFolder.PATH).filter(FileAttributes::isDirectory);
            return new FolderTimes(workspace.attributes(WorkspacePath.root()).flatMap(FileAttributes::modified),
                    userEntries(workspace), own.flatMap(FileAttributes::modified),
                    own.isPresent() ? names(workspace, ProtostarFolder.PATH) : Optional.of(List.of()));
        }

        /**
         * After a recovery: the root's time the killed run recorded, the entries as restored, and no
         * {@code .protostar/} when the killed run had created it.
         */
        FolderTimes recovered(Workspace workspace, Recovery.Outcome outcome) {
            boolean killedRunMadeOwn = outcome.folderCreated().orElse(false);
            return new FolderTimes(outcome.rootModified().or(() -> root), userEntries(workspace),
                    killedRunMadeOwn ? Optional.empty() : own, killedRunMadeOwn ? Optional.of(List.of()) : ownNames);
        }

        private static Optional<List<WorkspacePath>> userEntries(Workspace workspace) {
            return names(workspace, WorkspacePath.root())
                    .map(names -> names.stream().filter(p -> !p.equals(ProtostarFolder.PATH)).toList());
        }

        /** The entries of {@code folder}; empty when they cannot be listed (a name no workspace path can spell). */
        private static Optional<List<WorkspacePath>> names(Workspace workspace, WorkspacePath folder) {
            try {
                return Optional.of(workspace.list(folder));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }

        /** Puts the times back where the entries are the same names as before; the problems, if any. */
        void restore(Workspace workspace, List<String> warnings) {
            if (own.isPresent() && workspace.isDirectory(ProtostarFolder.PATH) && ownNames.isPresent()
                    && names(workspace, ProtostarFolder.PATH).equals(ownNames)) {
                set(workspace, ProtostarFolder.PATH, own.get(), warnings);
            }
            boolean ownSame = own.isPresent() == workspace.exists(ProtostarFolder.PATH);
            if (root.isPresent() && ownSame && rootNames.isPresent() && userEntries(workspace).equals(rootNames)) {
                set(workspace, WorkspacePath.root(), root.get(), warnings);
            }
        }

        private static void set(Workspace workspace, WorkspacePath folder, java.time.Instant time, List<String> warnings) {
            Optional<java.time.Instant> now = workspace.attributes(folder).flatMap(FileAttributes::modified);
            if (now.isPresent() && !now.get().equals(time)) {
                try {
                    workspace.setModifiedTime(folder, time);
                } catch (RuntimeException e) {
                    warnings.add("Could not put back the modification time of " + (folder.isRoot()
                            ? "the workspace folder" : folder) + " (" + e.getMessage() + "); only its time changed.");
                }
            }
        }
    }

    /**
     * Locks {@code workspace} for one run and recovers what a killed run left, if {@code key} shows
     * that this machine wrote that journal for this workspace; this run's journal is sealed with
     * {@code key} too.
     *
     * @throws WorkspaceException when another run holds the lock (nothing is written), when
     *     {@code .protostar} is not a folder, or when a leftover journal is damaged
     * @throws dev.protostar.api.UntrustedJournalException when a leftover journal was not written by
     *     this machine for this workspace (or {@code key} cannot check it): nothing is replayed or changed
     * @throws dev.protostar.api.RollbackFailedException when a leftover journal could not be replayed
     *     completely; the paths are named
     */
    public static WorkspaceSession open(Workspace workspace, JournalKey key) {
        return open(workspace, key, identity(workspace));
    }

    /**
     * What a journal in {@code workspace} is bound to besides the key: the real path of a folder on
     * the local disk (links resolved, so two spellings of one folder agree), else its {@linkplain
     * Workspace#describe() description}.
     */
    public static String identity(Workspace workspace) {
        return JournalStore.identity(workspace);
    }

    /**
     * Like {@link #open(Workspace, JournalKey)}, binding the journal to {@code identity} instead of
     * {@code workspace}'s own: a view of another workspace (a dry-run overlay) passes the {@link
     * #identity} of the workspace it shows, so that it recovers what a run there would.
     */
    public static WorkspaceSession open(Workspace workspace, JournalKey key, String identity) {
        java.util.Objects.requireNonNull(key, "key");
        java.util.Objects.requireNonNull(identity, "identity");
        WorkspacePath folder = ProtostarFolder.PATH;
        Optional<FileAttributes> before = workspace.attributes(folder);
        if (before.isPresent() && !before.get().isDirectory()) {
            throw new WorkspaceException(folder, folder + " in " + workspace.describe() + " is not a folder, but"
                    + " Protostar keeps its run lock and journal in a folder of that name.",
                    "Move " + folder + " aside, then run again; nothing was changed.", null);
        }
        boolean ownsFolder = before.isEmpty() || onlyOwnEntries(workspace.list(folder));
        FolderTimes times = FolderTimes.of(workspace);
        if (before.isEmpty()) {
            workspace.createDirectories(folder);
        }
        WorkspaceLock lock;
        try {
            lock = workspace.lock(folder);
        } catch (RuntimeException | Error e) {
            if (before.isEmpty()) {
                removeIfEmpty(workspace, e);
            }
            throw e;
        }
        Optional<Recovery.Outcome> recovered;
        try {
            recovered = Recovery.run(workspace, key, identity);
            if (recovered.isPresent()) {
                times = times.recovered(workspace, recovered.get());
            }
        } catch (RuntimeException | Error e) {
            WorkspaceSession failed =
                    new WorkspaceSession(workspace, key, identity, lock, ownsFolder, Optional.empty(), times);
            failed.cleanUp(e);
            throw e;
        }
        boolean owns = recovered.flatMap(Recovery.Outcome::folderCreated).orElse(ownsFolder);
        return new WorkspaceSession(workspace, key, identity, lock, owns, recovered.map(Recovery.Outcome::note), times);
    }

    private static boolean onlyOwnEntries(List<WorkspacePath> entries) {
        return entries.stream().allMatch(e -> OWN_ENTRY.matcher(e.fileName()).matches());
    }

    /** The journal of this run, on disk in {@code .protostar/journal/}. */
    public MutationJournal journal() {
        return journal;
    }

    /** "Recovered from an interrupted run: ..." when a killed run's journal was replayed at {@link #open}. */
    public Optional<String> recoveryNote() {
        return recoveryNote;
    }

    /**
     * Ends a successful run: releases the lock and removes {@code .protostar/} when it is Protostar's.
     * Never throws for what it cannot remove (the run's work stands); says so instead.
     *
     * @return warnings naming what was left over, for the report; empty normally
     */
    public List<String> finish() {
        List<String> warnings = new ArrayList<>(journal.leftovers());
        Throwable problems = new Exception("clean-up");
        cleanUp(problems);
        for (Throwable problem : problems.getSuppressed()) {
            warnings.add(problem.getMessage());
        }
        warnings.addAll(timeWarnings);
        return warnings;
    }

    /**
     * Releases the lock and removes {@code .protostar/} when it is Protostar's, unless {@link
     * #finish()} did already. A journal still holding records is rolled back first.
     *
     * @throws WorkspaceException when something could not be cleaned up; inside try-with-resources
     *     it is added to the run's own failure as suppressed
     */
    @Override
    public void close() {
        Exception problems = new Exception("clean-up");
        cleanUp(problems);
        if (problems.getSuppressed().length > 0) {
            Throwable first = problems.getSuppressed()[0];
            WorkspaceException failure = new WorkspaceException(ProtostarFolder.PATH, first.getMessage(),
                    "Delete " + ProtostarFolder.PATH + " by hand once no Protostar run is active.", first);
            for (int i = 1; i < problems.getSuppressed().length; i++) {
                failure.addSuppressed(problems.getSuppressed()[i]);
            }
            throw failure;
        }
    }

    /** Cleans up once; every problem is added to {@code problems} as suppressed. */
    private void cleanUp(Throwable problems) {
        if (closed) {
            return;
        }
        closed = true;
        boolean interrupted = Thread.interrupted();
        try {
            if (!journal.isEmpty()) {
                RollbackResult result = journal.rollback();
                result.problems().forEach(problems::addSuppressed);
                result.notRestored().forEach((path, why) -> problems.addSuppressed(
                        new WorkspaceException(path, "Could not restore " + path + ": " + why, null, null)));
            }
            try {
                lock.close();
            } catch (RuntimeException e) {
                problems.addSuppressed(e);
            }
            if (ownsFolder) {
                removeIfEmpty(workspace, problems);
            }
            try {
                times.restore(workspace, timeWarnings);
            } catch (RuntimeException e) {
                timeWarnings.add("Could not compare the workspace folder's entries with those before the run ("
                        + e.getMessage() + "); its modification time was left as it is.");
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void removeIfEmpty(Workspace workspace, Throwable problems) {
        WorkspacePath folder = ProtostarFolder.PATH;
        try {
            if (!workspace.isDirectory(folder)) {
                return;
            }
            List<WorkspacePath> left = workspace.list(folder);
            if (left.isEmpty()) {
                workspace.delete(folder); // otherwise: a journal kept on purpose, or another run's lock
            }
        } catch (RuntimeException e) {
            problems.addSuppressed(new WorkspaceException(folder, "Could not remove " + folder + " ("
                    + e.getMessage() + "); it is left over from a run that has ended and can be deleted by hand.",
                    null, e));
        }
    }
}
