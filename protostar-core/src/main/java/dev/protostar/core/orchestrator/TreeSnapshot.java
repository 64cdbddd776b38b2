package dev.protostar.core.orchestrator;

import dev.protostar.api.FileAttributes;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.journal.ProtostarFolder;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every entry of a workspace at one moment — kind, size, mode, modification time — except
 * {@code .protostar/}, found without following a symbolic link (a link is an entry, never a folder
 * to walk into). Taken before each system task, it is what the task's changes are measured against
 * and undone from; so it also keeps copies of small files, whose bytes cannot be had once the task
 * has changed them:
 *
 * <ul>
 *   <li>every file Protostar knows (the structured files it validated), up to {@link #KNOWN_LIMIT};
 *   <li>any other file of up to {@link #COPY_LIMIT} bytes, nearest the root first (the walk goes
 *       breadth first), until {@link #COPY_BUDGET} bytes are copied in all.
 * </ul>
 *
 * A file without a copy that a task changes is named as not restorable, never claimed restored.
 */
final class TreeSnapshot {

    /** The largest other file copied before a task. */
    static final int COPY_LIMIT = 256 * 1024;
    /** How many bytes of other files are copied before a task at most. */
    static final long COPY_BUDGET = 8L * 1024 * 1024;
    /** The largest known (validated) file copied before a task. */
    static final int KNOWN_LIMIT = 16 * 1024 * 1024;

    /**
     * One entry.
     *
     * @param attributes what the workspace said about it
     * @param content its bytes when it is a file that was copied, otherwise {@code null}
     */
    record Entry(FileAttributes attributes, byte[] content) {

        boolean hasCopy() {
            return content != null;
        }
    }

    private final Map<WorkspacePath, Entry> entries;

    private TreeSnapshot(Map<WorkspacePath, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** Walks the whole workspace, copying the small files and every file of {@code known}. */
    static TreeSnapshot take(Workspace workspace, Set<WorkspacePath> known) {
        Map<WorkspacePath, Entry> entries = new LinkedHashMap<>();
        long[] budget = {COPY_BUDGET};
        walk(workspace, (child, found) -> {
            byte[] content = null;
            if (found.isFile()) {
                if (known.contains(child) && found.size() <= KNOWN_LIMIT) {
                    content = readOrNull(workspace, child);
                } else if (found.size() <= COPY_LIMIT && found.size() <= budget[0]) {
                    content = readOrNull(workspace, child);
                    budget[0] -= content == null ? 0 : content.length;
                }
            }
            entries.put(child, new Entry(found, content));
            return found.isDirectory();
        });
        return new TreeSnapshot(entries);
    }

    /**
     * Walks the workspace after a task, without copies, and without descending into a folder that
     * was not a folder in {@code before}: a new tree is one change, and a task's new {@code .venv}
     * may hold thousands of files.
     */
    static TreeSnapshot after(Workspace workspace, TreeSnapshot before) {
        Map<WorkspacePath, Entry> entries = new LinkedHashMap<>();
        walk(workspace, (child, found) -> {
            entries.put(child, new Entry(found, null));
            Entry earlier = before.entries.get(child);
            return found.isDirectory() && earlier != null && earlier.attributes().isDirectory();
        });
        return new TreeSnapshot(entries);
    }

    /** Sees one entry of the walk; answers whether the walk goes into it (asked of folders only). */
    private interface EntryVisitor {
        boolean visit(WorkspacePath path, FileAttributes attributes);
    }

    /**
     * Breadth first over the workspace but {@code .protostar/}, parents before children; links and
     * entries gone while looking are never descended into; a folder is walked when the visitor says so.
     */
    private static void walk(Workspace workspace, EntryVisitor visitor) {
        Deque<WorkspacePath> folders = new ArrayDeque<>();
        folders.add(WorkspacePath.root());
        while (!folders.isEmpty()) {
            for (WorkspacePath child : listOrNothing(workspace, folders.poll())) {
                if (ProtostarFolder.contains(child)) {
                    continue;
                }
                Optional<FileAttributes> attributes = workspace.attributes(child);
                if (attributes.isEmpty()) {
                    continue; // gone while we looked
                }
                if (visitor.visit(child, attributes.get()) && attributes.get().isDirectory()) {
                    folders.add(child);
                }
            }
        }
    }

    /**
     * The folder's entries; none when it cannot be listed (no permission): what a task changes inside
     * such a folder is not seen, as the user's own tools would not see it either.
     */
    private static java.util.List<WorkspacePath> listOrNothing(Workspace workspace, WorkspacePath folder) {
        try {
            return workspace.list(folder);
        } catch (RuntimeException e) {
            return java.util.List.of();
        }
    }

    /** The file's bytes; null (no copy, so a change is named as not restorable) when it cannot be read. */
    private static byte[] readOrNull(Workspace workspace, WorkspacePath file) {
        try {
            return workspace.read(file);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The entries, parents before children. */
    Map<WorkspacePath, Entry> entries() {
        return entries;
    }

    Optional<Entry> get(WorkspacePath path) {
        return Optional.ofNullable(entries.get(path));
    }
}
