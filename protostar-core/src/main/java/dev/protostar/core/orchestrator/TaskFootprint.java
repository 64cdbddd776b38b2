package dev.protostar.core.orchestrator;

import dev.protostar.api.FileAttributes;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.journal.MutationJournal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one system task changed anywhere in the workspace, found by comparing the {@link
 * TreeSnapshot} taken before it with the workspace after it — declared {@code owns} paths or not.
 *
 * <p>A file counts as rewritten when its size or modification time changed (and, when a copy of
 * its earlier bytes exists, the bytes differ too); a file Protostar knows (a structured file it
 * validated) is also compared byte for byte when its size and time are unchanged, because a quick
 * rewrite can keep both.
 *
 * @param created entries that are new, each the top of what the task created (a new tree is one entry)
 * @param removed entries the task removed or replaced by another kind, with what they were; the
 *     content of a removed folder is listed too, parents first
 * @param rewritten files whose bytes changed, with what they were
 * @param modeChanged entries of the same kind whose permission bits changed, with what they were
 * @param touched entries of the same kind whose modification time changed, with what they were
 */
record TaskFootprint(
        List<WorkspacePath> created,
        Map<WorkspacePath, TreeSnapshot.Entry> removed,
        Map<WorkspacePath, TreeSnapshot.Entry> rewritten,
        Map<WorkspacePath, TreeSnapshot.Entry> modeChanged,
        Map<WorkspacePath, TreeSnapshot.Entry> touched) {

    /** Compares {@code before} with the workspace as it is now. */
    static TaskFootprint of(TreeSnapshot before, Workspace workspace, Set<WorkspacePath> known) {
        TreeSnapshot after = TreeSnapshot.after(workspace, before);
        List<WorkspacePath> created = new ArrayList<>();
        Map<WorkspacePath, TreeSnapshot.Entry> removed = new LinkedHashMap<>();
        Map<WorkspacePath, TreeSnapshot.Entry> rewritten = new LinkedHashMap<>();
        Map<WorkspacePath, TreeSnapshot.Entry> modeChanged = new LinkedHashMap<>();
        Map<WorkspacePath, TreeSnapshot.Entry> touched = new LinkedHashMap<>();
        after.entries().forEach((path, now) -> {
            TreeSnapshot.Entry earlier = before.entries().get(path);
            if (earlier == null || earlier.attributes().kind() != now.attributes().kind()) {
                created.add(path);
            }
        });
        before.entries().forEach((path, earlier) -> {
            TreeSnapshot.Entry now = after.entries().get(path);
            FileAttributes was = earlier.attributes();
            if (now == null || now.attributes().kind() != was.kind()) {
                removed.put(path, earlier);
                return;
            }
            FileAttributes is = now.attributes();
            if (!is.posixMode().equals(was.posixMode())) {
                modeChanged.put(path, earlier);
            }
            boolean timeChanged = !is.modified().equals(was.modified());
            if (timeChanged) {
                touched.put(path, earlier);
            }
            if (!was.isFile() && !was.isSymbolicLink()) {
                return;
            }
            boolean metadataChanged = is.size() != was.size() || timeChanged;
            if (was.isSymbolicLink()) {
                if (metadataChanged) {
                    rewritten.put(path, earlier);
                }
            } else if (earlier.hasCopy() && (metadataChanged || known.contains(path))) {
                if (!sameBytes(workspace, path, earlier.content())) {
                    rewritten.put(path, earlier);
                }
            } else if (metadataChanged) {
                rewritten.put(path, earlier);
            }
        });
        return new TaskFootprint(List.copyOf(created), removed, rewritten, modeChanged, touched);
    }

    /** The time, before the task, of the folder {@code path} is in (empty for the root: the session knows it). */
    private static java.util.Optional<java.time.Instant> folderTime(TreeSnapshot before, WorkspacePath path) {
        return path.parent().flatMap(before::get).flatMap(entry -> entry.attributes().modified());
    }

    private static byte[] readOrNull(Workspace workspace, WorkspacePath path) {
        try {
            return workspace.read(path);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean sameBytes(Workspace workspace, WorkspacePath path, byte[] earlier) {
        try {
            return Arrays.equals(earlier, workspace.read(path));
        } catch (RuntimeException e) {
            return false; // unreadable now: it changed (its mode, at least), and its copy can put it back
        }
    }

    /**
     * Journals every change not yet covered, as the task's, so that a later rollback of the run (or a
     * recovery after a crash) puts it back: a new entry as absent; a changed or removed file with its
     * earlier bytes and mode from the snapshot; a removed folder as one to recreate (its mode goes to
     * {@code ledger}). What the journal cannot hold — a file without a copy, a folder re-moded, a
     * link — is returned with the reason, for the run to name if it is rolled back.
     */
    Map<WorkspacePath, String> recordIn(MutationJournal journal, TaskLedger ledger, Workspace workspace,
            TreeSnapshot before, String command) {
        Map<WorkspacePath, String> notRecorded = new LinkedHashMap<>();
        for (WorkspacePath path : created) {
            if (!journal.records(path)) {
                journal.afterTaskCreated(path, folderTime(before, path));
            }
        }
        Map<WorkspacePath, TreeSnapshot.Entry> changed = new LinkedHashMap<>(removed);
        rewritten.forEach(changed::putIfAbsent);
        modeChanged.forEach(changed::putIfAbsent);
        changed.forEach((path, earlier) -> {
            if (journal.records(path)) {
                return;
            }
            FileAttributes was = earlier.attributes();
            boolean sameBytes = !removed.containsKey(path) && !rewritten.containsKey(path);
            if (was.isFile() && earlier.hasCopy()) {
                journal.afterTaskChanged(path, earlier.content(), was.posixMode(), was.modified(), folderTime(before, path));
            } else if (was.isFile() && sameBytes && was.size() <= TreeSnapshot.KNOWN_LIMIT) {
                byte[] unchanged = readOrNull(workspace, path); // only its mode changed
                if (unchanged != null) {
                    journal.afterTaskChanged(path, unchanged, was.posixMode(), was.modified(), folderTime(before, path));
                } else {
                    notRecorded.put(path, "`" + command + "` changed its permissions from " + mode(was)
                            + " and it can no longer be read, so the journal could not record it");
                }
            } else if (was.isDirectory() && removed.containsKey(path)) {
                journal.afterTaskRemovedFolder(path, folderTime(before, path));
                ledger.removedFolder(path, was.posixMode());
            } else if (was.isDirectory()) {
                notRecorded.put(path, "`" + command + "` changed the folder's permissions from "
                        + mode(was) + ", which the journal does not record");
            } else if (was.isFile()) {
                notRecorded.put(path, notKept(command));
            } else {
                notRecorded.put(path, "`" + command + "` changed or removed this "
                        + (was.isSymbolicLink() ? "symbolic link" : "special file") + ", which cannot be put back");
            }
        });
        return notRecorded;
    }

    /** Why a changed file without a copy cannot be restored. */
    static String notKept(String command) {
        return "changed by `" + command + "`, and its earlier content was not kept: before a task Protostar copies"
                + " files of up to " + TreeSnapshot.COPY_LIMIT / 1024 + " KiB, nearest the workspace root first, "
                + TreeSnapshot.COPY_BUDGET / (1024 * 1024) + " MiB in all";
    }

    static String mode(FileAttributes attributes) {
        return attributes.posixMode().isPresent() ? String.format("%04o", attributes.posixMode().getAsInt()) : "none";
    }
}
