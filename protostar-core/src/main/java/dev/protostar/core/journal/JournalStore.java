package dev.protostar.core.journal;

import dev.protostar.api.JournalKey;
import dev.protostar.api.UntrustedJournalException;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspaceException;
import dev.protostar.api.WorkspacePath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
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
 *       created {@code .protostar/}, the workspace's identity ({@link #identity}), the host name, a
 *       random nonce naming this journal, a note for humans, and last the seal: {@code mac} and the
 *       HMAC-SHA256 of everything above it under the run's {@link JournalKey}. While it exists the
 *       journal is <em>open</em>: the run has not finished, and a later run must restore every entry.
 *   <li>{@code NNNNNN.entry} and {@code NNNNNN.bytes} — one {@link JournalEntry} per recorded path,
 *       written (side file first, entry last) before the mutation it guards. Each entry ends with its
 *       own seal over its sequence number and text, which holds the journal's nonce and, for a file,
 *       the SHA-256 of its side file: an entry cannot be changed, renumbered or moved to another
 *       journal without the key.
 * </ul>
 *
 * <p>A journal is read ({@link #read}) only after every seal checked, and only when it was written
 * for this workspace on this host; otherwise {@link UntrustedJournalException}, and nothing is
 * replayed or removed. When the key cannot be read or created, the header says so ({@code
 * seal-missing}) instead of carrying a seal: the run still works and can still roll back in process,
 * but its journal will not be replayed by a later run.
 *
 * <p>Ending the journal (on commit, after a rollback or after a recovery) deletes the header first:
 * that single delete is the commit point. Entries without a header are the leftovers of a journal
 * being removed; they are removed without being replayed, once their seals checked.
 */
final class JournalStore {

    static final WorkspacePath HEADER = ProtostarFolder.JOURNAL.resolve("run");
    static final int FORMAT = 2;
    private static final String MAGIC = "protostar-journal";
    private static final String HEADER_SEAL = "protostar-journal-header-seal\n";
    private static final String ENTRY_SEAL = "protostar-journal-entry-seal ";
    private static final Pattern ENTRY = Pattern.compile("(\\d{6})\\.entry");
    private static final Pattern NUMBERED = Pattern.compile("(\\d{6})\\.(entry|bytes)");
    /** What an interrupted atomic write of a journal file leaves: {@code .<name>.<uuid>.protostar-tmp}. */
    private static final Pattern TEMP_FILE = Pattern.compile(
            "\\.(run|\\d{6}\\.(entry|bytes))\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.protostar-tmp");

    private final Workspace workspace;
    private final JournalKey key;
    private final String identity;
    private final boolean folderCreatedByRun;
    private final boolean ownsFolder;
    private boolean createdFolder;
    private boolean open;
    private int sequence;
    private String nonce;
    private boolean sealed;
    private final List<String> leftovers = new ArrayList<>();

    private JournalStore(Workspace workspace, JournalKey key, String identity, boolean folderCreatedByRun,
            boolean ownsFolder) {
        this.workspace = workspace;
        this.key = java.util.Objects.requireNonNull(key, "key");
        this.identity = java.util.Objects.requireNonNull(identity, "identity");
        this.folderCreatedByRun = folderCreatedByRun;
        this.ownsFolder = ownsFolder;
    }

    /**
     * A store inside a session, which owns {@code .protostar/}; the header records whether the run
     * created it, and binds the journal to {@code identity}.
     */
    static JournalStore inSession(Workspace workspace, JournalKey key, String identity, boolean folderCreatedByRun) {
        return new JournalStore(workspace, key, identity, folderCreatedByRun, false);
    }

    /** A store on its own, which creates {@code .protostar/} when needed and removes it again. */
    static JournalStore standalone(Workspace workspace, JournalKey key) {
        return new JournalStore(workspace, key, identity(workspace), !workspace.exists(ProtostarFolder.PATH), true);
    }

    /**
     * What a journal is bound to besides the key: the real path of a folder on the local disk
     * (links resolved, so two spellings of one folder agree), else the workspace's description.
     */
    static String identity(Workspace workspace) {
        return workspace.localDirectory().map(folder -> {
            try {
                return folder.toRealPath().toString();
            } catch (java.io.IOException e) {
                return folder.toAbsolutePath().normalize().toString();
            }
        }).orElseGet(workspace::describe);
    }

    /**
     * Writes {@code state} as the next entry, opening the journal first if needed.
     *
     * @param modified the path's own time before the run (files)
     * @param folderModified its folder's time before the run, when this is the folder's first entry
     * @return the entry's sequence number
     */
    int append(PriorState state, Optional<Instant> modified, Optional<Instant> folderModified) {
        if (!open) {
            openJournal();
        }
        JournalEntry entry = new JournalEntry(sequence + 1, state, modified, folderModified, nonce);
        if (state instanceof PriorState.FileContent file) {
            workspace.write(ProtostarFolder.JOURNAL.resolve(entry.bytesName()), file.content());
        }
        String body = entry.render();
        String text = sealed ? body + "mac " + HexFormat.of().formatHex(key.sign(entrySealed(entry.sequence(), body))) + "\n"
                : body;
        workspace.write(ProtostarFolder.JOURNAL.resolve(entry.entryName()), text.getBytes(StandardCharsets.UTF_8));
        sequence++;
        return sequence;
    }

    private static byte[] entrySealed(int sequence, String body) {
        return (ENTRY_SEAL + sequence + "\n" + body).getBytes(StandardCharsets.UTF_8);
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
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        // Unique, not secret: the key is the secret; the nonce only names this journal.
        nonce = HexFormat.of().toHexDigits(random.nextLong()) + HexFormat.of().toHexDigits(random.nextLong());
        String body = headerBody(folderCreatedByRun, identity, key.host(), nonce);
        String seal;
        try {
            seal = "mac " + HexFormat.of().formatHex(key.sign((HEADER_SEAL + body).getBytes(StandardCharsets.UTF_8)));
            sealed = true;
        } catch (java.io.UncheckedIOException e) {
            seal = "seal-missing " + JournalEntry.encode(e.getMessage());
            sealed = false;
        }
        workspace.createDirectories(ProtostarFolder.JOURNAL);
        workspace.write(HEADER, (body + seal + "\n").getBytes(StandardCharsets.UTF_8));
        open = true;
    }

    static String headerBody(boolean folderCreated, String identity, String host, String nonce) {
        return MAGIC + " " + FORMAT + "\n"
                + "protostar-folder " + (folderCreated ? "created" : "existed") + "\n"
                + "workspace " + JournalEntry.encode(identity) + "\n"
                + "host " + JournalEntry.encode(host) + "\n"
                + "nonce " + nonce + "\n"
                + "# A Protostar run is working in this folder, or was stopped while working.\n"
                + "# Each NNNNNN.entry records what one path held before the run changed it;\n"
                + "# NNNNNN.bytes holds a file's prior bytes verbatim. The next Protostar run here\n"
                + "# restores every recorded path, newest first, then removes this folder; it\n"
                + "# does so only when the seals (mac) check with the key of the user who ran it.\n";
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
        nonce = null;
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

    /**
     * What {@code .protostar/journal/} held at the start of a run.
     *
     * @param open whether the header was there: the entries must be replayed
     * @param folderCreated whether the killed run had created {@code .protostar/}, when the header said
     * @param entries the entries, by sequence number, each of whose seals checked
     */
    record Leftover(boolean open, Optional<Boolean> folderCreated, List<JournalEntry> entries) {}

    /**
     * Reads the journal a killed run left behind, if any, after checking that this machine wrote it
     * for the workspace {@code identity} names: the header's seal, folder and host, and every
     * entry's seal and nonce.
     * Entries without a header (a journal that was being removed) must carry valid seals too.
     *
     * @throws UntrustedJournalException when a check fails: nothing is replayed or removed
     * @throws WorkspaceException when the journal is sealed but cannot be read (an unknown format, a
     *     side file that does not hold the sealed bytes): nothing is replayed and the journal is left as it is
     */
    static Optional<Leftover> read(Workspace workspace, JournalKey key, String identity) {
        WorkspacePath journal = ProtostarFolder.JOURNAL;
        if (!workspace.isDirectory(journal)) {
            return Optional.empty();
        }
        if (!workspace.isFile(HEADER)) {
            checkLeftovers(workspace, key);
            return Optional.of(new Leftover(false, Optional.empty(), List.of()));
        }
        Sealed header = unseal(workspace, key, HEADER);
        check(workspace, key, HEADER, header, (HEADER_SEAL + header.body()).getBytes(StandardCharsets.UTF_8));
        java.util.Map<String, String> fields = new java.util.HashMap<>();
        String[] lines = header.body().split("\n");
        if (lines.length == 0 || !lines[0].equals(MAGIC + " " + FORMAT)) {
            throw damaged(workspace, HEADER, "it does not start with \"" + MAGIC + " " + FORMAT
                    + "\" (a journal of another Protostar version?)");
        }
        for (String line : lines) {
            int space = line.indexOf(' ');
            if (!line.startsWith("#") && space > 0) {
                fields.putIfAbsent(line.substring(0, space), line.substring(space + 1));
            }
        }
        String writtenFor = JournalEntry.decode(fields.getOrDefault("workspace", ""));
        if (!writtenFor.equals(identity)) {
            throw untrusted(workspace, HEADER, "it was written for the folder " + writtenFor + ", not for this one ("
                    + identity + ")");
        }
        String host = JournalEntry.decode(fields.getOrDefault("host", ""));
        if (!host.equals(key.host())) {
            throw untrusted(workspace, HEADER, "it was written on the host " + host + ", not on this one (" + key.host() + ")");
        }
        String nonce = fields.getOrDefault("nonce", "");
        Optional<Boolean> folderCreated = Optional.ofNullable(fields.get("protostar-folder"))
                .filter(v -> v.equals("created") || v.equals("existed")).map(v -> v.equals("created"));
        List<JournalEntry> entries = new ArrayList<>();
        for (WorkspacePath child : workspace.list(journal)) {
            Matcher name = ENTRY.matcher(child.fileName());
            if (!name.matches() || !workspace.isFile(child)) {
                continue;
            }
            int sequence = Integer.parseInt(name.group(1));
            Sealed text = unseal(workspace, key, child);
            check(workspace, key, child, text, entrySealed(sequence, text.body()));
            JournalEntry entry;
            try {
                entry = JournalEntry.parse(sequence, text.body(), side -> {
                    WorkspacePath sideFile = journal.resolve(side);
                    return workspace.isFile(sideFile) ? Optional.of(workspace.read(sideFile)) : Optional.empty();
                });
            } catch (IllegalArgumentException e) {
                throw damaged(workspace, child, e.getMessage());
            }
            if (!entry.nonce().equals(nonce)) {
                throw untrusted(workspace, child, "it belongs to another journal than " + HEADER);
            }
            entries.add(entry);
        }
        entries.sort(Comparator.comparingInt(JournalEntry::sequence));
        return Optional.of(new Leftover(true, folderCreated, entries));
    }

    /**
     * A journal without header is removed without replay, but only when it is this machine's: every
     * entry's seal checks, and every other file is a side file ({@code NNNNNN.bytes}, whose entry
     * may be gone already) or a temporary file of a stopped write. Anything else means the folder
     * did not come from a run here.
     */
    private static void checkLeftovers(Workspace workspace, JournalKey key) {
        List<WorkspacePath> children = workspace.list(ProtostarFolder.JOURNAL);
        java.util.Set<String> sealed = new java.util.HashSet<>();
        for (WorkspacePath child : children) {
            if (ENTRY.matcher(child.fileName()).matches() && workspace.isFile(child)) {
                Sealed entry = unseal(workspace, key, child);
                int sequence = Integer.parseInt(child.fileName().substring(0, 6));
                check(workspace, key, child, entry, entrySealed(sequence, entry.body()));
                sealed.add(child.fileName().substring(0, 6));
            }
        }
        for (WorkspacePath child : children) {
            Matcher numbered = NUMBERED.matcher(child.fileName());
            // A side file may outlive its entry when removing the journal failed half-way.
            boolean accounted = numbered.matches()
                    ? numbered.group(2).equals("bytes") || sealed.contains(numbered.group(1))
                    : TEMP_FILE.matcher(child.fileName()).matches();
            if (!accounted || !workspace.isFile(child)) {
                throw untrusted(workspace, child, "it holds " + child + ", which no sealed entry of a run here accounts for");
            }
        }
    }

    /** A journal file's text without its last line, and that line's seal when it is one. */
    private record Sealed(String body, Optional<byte[]> mac, Optional<String> missingBecause) {}

    private static Sealed unseal(Workspace workspace, JournalKey key, WorkspacePath file) {
        String text = new String(workspace.read(file), StandardCharsets.UTF_8);
        int end = text.endsWith("\n") ? text.length() - 1 : text.length();
        int start = text.lastIndexOf('\n', end - 1) + 1;
        String last = text.substring(start, end);
        String body = text.substring(0, start);
        if (last.startsWith("mac ")) {
            try {
                return new Sealed(body, Optional.of(HexFormat.of().parseHex(last.substring(4))), Optional.empty());
            } catch (IllegalArgumentException e) {
                throw untrusted(workspace, file, "the seal of " + file + " is not a seal");
            }
        }
        if (last.startsWith("seal-missing ") && file.equals(HEADER)) {
            return new Sealed(body, Optional.empty(), Optional.of(JournalEntry.decode(last.substring(13))));
        }
        return new Sealed(body, Optional.empty(), Optional.empty());
    }

    private static void check(Workspace workspace, JournalKey key, WorkspacePath file, Sealed text, byte[] message) {
        if (text.missingBecause().isPresent()) {
            throw untrusted(workspace, file, "it was written while the journal key could not be read or created ("
                    + text.missingBecause().get() + "), so it carries no seal that could show where it comes from");
        }
        if (text.mac().isEmpty()) {
            throw untrusted(workspace, file, file + " carries no seal");
        }
        boolean valid;
        try {
            valid = key.verify(message, text.mac().get());
        } catch (java.io.UncheckedIOException e) {
            throw untrusted(workspace, file, "its seal cannot be checked: " + e.getMessage());
        }
        if (!valid) {
            throw untrusted(workspace, file, "the seal of " + file + " does not match " + key.describe());
        }
    }

    private static UntrustedJournalException untrusted(Workspace workspace, WorkspacePath file, String problem) {
        return new UntrustedJournalException(file, "Found a journal of an interrupted run in " + ProtostarFolder.JOURNAL
                + " (in " + workspace.describe() + "), but it " + "was not written by Protostar on this machine for this"
                + " folder (a journal committed to a repository or unpacked from an archive?): " + problem
                + ". Nothing was replayed or changed.",
                "Look at " + ProtostarFolder.JOURNAL + "/*.entry (each names a path; .bytes holds a file's earlier"
                        + " content); if you did not run Protostar here, delete " + ProtostarFolder.PATH
                        + "/ and run again.");
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
