package dev.protostar.core.journal;

import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspaceException;
import dev.protostar.api.WorkspacePath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The journal on disk, in {@code .protostar/journal/} of the workspace it guards, written through
 * the workspace itself (so every write is atomic, and works in memory and on any file system):
 *
 * <ul>
 *   <li>{@code run} — the header, written before the first entry: format version, whether the run
 *       created {@code .protostar/}, and a note for humans. While it exists the journal is
 *       <em>open</em>: the run has not finished, and a later run must restore every entry.
 *   <li>{@code NNNNNN.entry} and {@code NNNNNN.bytes} — one {@link JournalEntry} per recorded path,
 *       written (side file first, entry last) before the mutation it guards.
 * </ul>
 *
 * <p>Ending the journal (on commit, after a rollback or after a recovery) deletes the header first:
 * that single delete is the commit point. Entries without a header are the leftovers of a journal
 * being removed and are never replayed.
 */
final class JournalStore {

    static final WorkspacePath HEADER = ProtostarFolder.JOURNAL.resolve("run");
    static final int FORMAT = 1;
    private static final String MAGIC = "protostar-journal";
    private static final Pattern ENTRY = Pattern.compile("(\\d{6})\\.entry");
    private static final Pattern NUMBERED = Pattern.compile("(\\d{6})\\.(entry|bytes)");

    private final Workspace workspace;
    private final boolean folderCreatedByRun;
    private final boolean ownsFolder;
    private boolean createdFolder;
    private boolean open;
    private int sequence;
    private final List<String> leftovers = new ArrayList<>();

    private JournalStore(Workspace workspace, boolean folderCreatedByRun, boolean ownsFolder) {
        this.workspace = workspace;
        this.folderCreatedByRun = folderCreatedByRun;
        this.ownsFolder = ownsFolder;
    }

    /** A store inside a session, which owns {@code .protostar/}; the header records whether the run created it. */
    static JournalStore inSession(Workspace workspace, boolean folderCreatedByRun) {
        return new JournalStore(workspace, folderCreatedByRun, false);
    }

    /** A store on its own, which creates {@code .protostar/} when needed and removes it again. */
    static JournalStore standalone(Workspace workspace) {
        return new JournalStore(workspace, !workspace.exists(ProtostarFolder.PATH), true);
    }

    /**
     * Writes {@code state} as the next entry, opening the journal first if needed.
     *
     * @return the entry's sequence number
     */
    int append(PriorState state) {
        if (!open) {
            openJournal();
        }
        JournalEntry entry = new JournalEntry(sequence + 1, state);
        if (state instanceof PriorState.FileContent file) {
            workspace.write(ProtostarFolder.JOURNAL.resolve(entry.bytesName()), file.content());
        }
        workspace.write(ProtostarFolder.JOURNAL.resolve(entry.entryName()), entry.renderBytes());
        sequence++;
        return sequence;
    }

    /**
     * After an incomplete rollback, keeps the journal open with only the entries {@code keep} (files
     * whose earlier bytes exist nowhere else), so that nothing is lost and the next run tries again;
     * every other entry is removed. Best effort: what cannot be removed is only reported.
     */
    void keepOnly(java.util.Set<Integer> keep) {
        try {
            for (WorkspacePath child : workspace.list(ProtostarFolder.JOURNAL)) {
                Matcher name = NUMBERED.matcher(child.fileName());
                if (name.matches() && !keep.contains(Integer.parseInt(name.group(1)))) {
                    remove(child);
                }
            }
        } catch (RuntimeException e) {
            leftovers.add("Could not look into " + ProtostarFolder.JOURNAL + ": " + e.getMessage());
        }
    }

    /**
     * Ends the journal after a rollback or recovery, unless a file could not be restored: its earlier
     * bytes exist only in the journal, so those entries are kept (and the journal left open, for the
     * next run to try again) and the reason says where the bytes are.
     *
     * @param fileEntries the sequence number of every file record, by path
     */
    RollbackResult settle(RollbackResult result, java.util.Map<WorkspacePath, Integer> fileEntries) {
        java.util.Map<WorkspacePath, String> reasons = new java.util.LinkedHashMap<>(result.notRestored());
        java.util.Set<Integer> keep = new java.util.HashSet<>();
        reasons.replaceAll((path, why) -> {
            Integer sequence = fileEntries.get(path);
            if (sequence == null) {
                return why;
            }
            keep.add(sequence);
            return why + "; its content from before the run is kept in " + bytesOf(sequence) + ", and the next"
                    + " Protostar run here will try again to restore it (delete " + ProtostarFolder.JOURNAL
                    + " if you restore it yourself)";
        });
        List<Exception> problems = new ArrayList<>();
        if (keep.isEmpty()) {
            endQuietly().ifPresent(e -> problems.add(new WorkspaceException(e.path().orElse(null),
                    "The workspace was restored, but its journal could not be removed (" + e.getMessage()
                            + "); the next run will replay it again.",
                    "Delete " + ProtostarFolder.JOURNAL + " by hand if you changed the restored paths since.", e)));
        } else {
            keepOnly(keep);
        }
        return new RollbackResult(result.restored(), reasons, result.problems()).withProblems(problems);
    }

    /** Where the earlier bytes of entry {@code sequence} are kept. */
    static WorkspacePath bytesOf(int sequence) {
        return ProtostarFolder.JOURNAL.resolve(JournalEntry.numbered(sequence, ".bytes"));
    }

    private void openJournal() {
        if (ownsFolder && !workspace.exists(ProtostarFolder.PATH)) {
            createdFolder = true;
        }
        workspace.createDirectories(ProtostarFolder.JOURNAL);
        workspace.write(HEADER, header(folderCreatedByRun).getBytes(StandardCharsets.UTF_8));
        open = true;
    }

    static String header(boolean folderCreated) {
        return MAGIC + " " + FORMAT + "\n"
                + "protostar-folder " + (folderCreated ? "created" : "existed") + "\n"
                + "# A Protostar run is working in this folder, or was stopped while working.\n"
                + "# Each NNNNNN.entry records what one path held before the run changed it;\n"
                + "# NNNNNN.bytes holds a file's prior bytes verbatim. The next Protostar run here\n"
                + "# restores every recorded path, newest first, then removes this folder.\n";
    }

    /**
     * Ends the journal: deletes the header (the commit point; a failure there is thrown and leaves
     * the journal open), then removes everything else, remembering what could not be removed.
     */
    void end() {
        if (workspace.isFile(HEADER)) {
            workspace.delete(HEADER);
        }
        open = false;
        sequence = 0;
        removeRest();
    }

    /** Like {@link #end()}, but reports a failure to delete the header instead of throwing it. */
    Optional<WorkspaceException> endQuietly() {
        try {
            end();
            return Optional.empty();
        } catch (WorkspaceException e) {
            return Optional.of(e);
        }
    }

    private void removeRest() {
        WorkspacePath journal = ProtostarFolder.JOURNAL;
        try {
            if (workspace.isDirectory(journal)) {
                for (WorkspacePath child : workspace.list(journal)) {
                    remove(child);
                }
                remove(journal);
            }
            if (createdFolder && workspace.isDirectory(ProtostarFolder.PATH)
                    && workspace.list(ProtostarFolder.PATH).isEmpty()) {
                remove(ProtostarFolder.PATH);
            }
        } catch (RuntimeException e) {
            leftovers.add("Could not look into " + journal + ": " + e.getMessage());
        }
    }

    private void remove(WorkspacePath path) {
        try {
            workspace.delete(path);
        } catch (RuntimeException e) {
            leftovers.add("Could not remove " + path + " (" + e.getMessage() + "); it is left over from a run"
                    + " that has ended and can be deleted by hand.");
        }
    }

    /** Problems met while removing the journal after it ended; each says what is left over. */
    List<String> leftovers() {
        return List.copyOf(leftovers);
    }

    // ------------------------------------------------------------------ reading what a killed run left

    /** What {@code .protostar/journal/} held at the start of a run. */
    record Leftover(boolean open, Optional<Boolean> folderCreated, List<JournalEntry> entries) {}

    /**
     * Reads the journal a killed run left behind, if any.
     *
     * @throws WorkspaceException when the journal is open but cannot be read (an unknown format, a
     *     damaged entry): nothing is replayed and the journal is left as it is
     */
    static Optional<Leftover> read(Workspace workspace) {
        WorkspacePath journal = ProtostarFolder.JOURNAL;
        if (!workspace.isDirectory(journal)) {
            return Optional.empty();
        }
        if (!workspace.isFile(HEADER)) {
            return Optional.of(new Leftover(false, Optional.empty(), List.of()));
        }
        String header = new String(workspace.read(HEADER), StandardCharsets.UTF_8);
        Optional<Boolean> folderCreated = Optional.empty();
        String[] lines = header.split("\n");
        if (lines.length == 0 || !lines[0].equals(MAGIC + " " + FORMAT)) {
            throw damaged(workspace, HEADER, "it does not start with \"" + MAGIC + " " + FORMAT
                    + "\" (a journal of another Protostar version?)");
        }
        for (String line : lines) {
            if (line.equals("protostar-folder created")) {
                folderCreated = Optional.of(true);
            } else if (line.equals("protostar-folder existed")) {
                folderCreated = Optional.of(false);
            }
        }
        List<JournalEntry> entries = new ArrayList<>();
        for (WorkspacePath child : workspace.list(journal)) {
            Matcher name = ENTRY.matcher(child.fileName());
            if (!name.matches() || !workspace.isFile(child)) {
                continue;
            }
            String text = new String(workspace.read(child), StandardCharsets.UTF_8);
            try {
                entries.add(JournalEntry.parse(Integer.parseInt(name.group(1)), text, side -> {
                    WorkspacePath sideFile = journal.resolve(side);
                    return workspace.isFile(sideFile) ? Optional.of(workspace.read(sideFile)) : Optional.empty();
                }));
            } catch (IllegalArgumentException e) {
                throw damaged(workspace, child, e.getMessage());
            }
        }
        entries.sort(Comparator.comparingInt(JournalEntry::sequence));
        return Optional.of(new Leftover(true, folderCreated, entries));
    }

    private static WorkspaceException damaged(Workspace workspace, WorkspacePath file, String problem) {
        return new WorkspaceException(file, "An earlier Protostar run in " + workspace.describe()
                + " was stopped before it finished, and its journal cannot be replayed: " + file + " is damaged ("
                + problem + "). Nothing was changed.",
                "Restore the paths listed in " + ProtostarFolder.JOURNAL + "/*.entry by hand (each .bytes file holds"
                        + " a file's earlier content), then delete " + ProtostarFolder.PATH + " and run again.",
                null);
    }
}
