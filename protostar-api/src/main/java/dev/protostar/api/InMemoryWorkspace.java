package dev.protostar.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * A workspace held in a sorted map; folders are explicit entries, the root always exists. Times are
 * a per-workspace logical clock: every change of a file, and every entry added to or removed from a
 * folder, gives it the next tick, as a file system would give it the current time.
 */
final class InMemoryWorkspace implements Workspace {

    private static final int FILE_MODE = 0644;
    private static final int DIRECTORY_MODE = 0755;

    private record Entry(byte[] content, int mode, java.time.Instant modified) {
        boolean isDirectory() {
            return content == null;
        }
    }

    private final Map<WorkspacePath, Entry> entries = new TreeMap<>();
    /** Whether a run holds this workspace's lock; guarded by {@code this}. */
    private boolean locked;
    /** The logical clock; guarded by {@code this}. */
    private long ticks;

    InMemoryWorkspace() {
        entries.put(WorkspacePath.root(), new Entry(null, DIRECTORY_MODE, tick()));
    }

    private java.time.Instant tick() {
        return java.time.Instant.EPOCH.plusNanos(++ticks);
    }

    /** The folder holding {@code path} changed its list of entries. */
    private void touchParent(WorkspacePath path) {
        WorkspacePath parent = path.parent().orElseThrow();
        Entry folder = entries.get(parent);
        entries.put(parent, new Entry(null, folder.mode(), tick()));
    }

    @Override
    public synchronized byte[] read(WorkspacePath path) {
        Entry entry = entries.get(path);
        if (entry == null) {
            throw failure(path, "Cannot read " + path + ": it does not exist.");
        }
        if (entry.isDirectory()) {
            throw failure(path, "Cannot read " + path + ": it is a folder.");
        }
        return entry.content().clone();
    }

    @Override
    public synchronized void write(WorkspacePath path, byte[] content) {
        if (path.isRoot()) {
            throw failure(path, "Cannot write the workspace root as a file.");
        }
        Entry parent = entries.get(path.parent().orElseThrow());
        if (parent == null || !parent.isDirectory()) {
            throw failure(path, "Cannot write " + path + ": its folder " + path.parent().orElseThrow() + " does not exist.");
        }
        Entry existing = entries.get(path);
        if (existing != null && existing.isDirectory()) {
            throw failure(path, "Cannot write " + path + ": it is a folder.");
        }
        entries.put(path, new Entry(content.clone(), existing == null ? FILE_MODE : existing.mode(), tick()));
        if (existing == null) {
            touchParent(path);
        }
    }

    @Override
    public synchronized void createDirectories(WorkspacePath path) {
        List<WorkspacePath> missing = new ArrayList<>();
        for (WorkspacePath p = path; !p.isRoot(); p = p.parent().orElseThrow()) {
            Entry entry = entries.get(p);
            if (entry != null) {
                if (!entry.isDirectory()) {
                    throw failure(path, "Cannot create folder " + path + ": the file " + p + " is in the way.");
                }
                break;
            }
            missing.add(p);
        }
        for (int i = missing.size() - 1; i >= 0; i--) {
            entries.put(missing.get(i), new Entry(null, DIRECTORY_MODE, tick()));
            touchParent(missing.get(i));
        }
    }

    @Override
    public synchronized boolean delete(WorkspacePath path) {
        if (path.isRoot()) {
            throw failure(path, "Refusing to delete the workspace root.");
        }
        Entry entry = entries.get(path);
        if (entry == null) {
            return false;
        }
        if (entry.isDirectory() && !children(path).isEmpty()) {
            throw failure(path, "Cannot delete folder " + path + ": it is not empty.");
        }
        entries.remove(path);
        touchParent(path);
        return true;
    }

    @Override
    public synchronized List<WorkspacePath> list(WorkspacePath directory) {
        Entry entry = entries.get(directory);
        if (entry == null || !entry.isDirectory()) {
            throw failure(directory, "Cannot list " + directory + ": it is not a folder.");
        }
        return children(directory);
    }

    private List<WorkspacePath> children(WorkspacePath directory) {
        List<WorkspacePath> result = new ArrayList<>();
        int depth = directory.segments().size() + 1;
        for (WorkspacePath p : entries.keySet()) {
            if (p.segments().size() == depth && p.startsWith(directory)) {
                result.add(p);
            }
        }
        return result;
    }

    @Override
    public synchronized Optional<FileAttributes> attributes(WorkspacePath path) {
        Entry entry = entries.get(path);
        if (entry == null) {
            return Optional.empty();
        }
        return Optional.of(entry.isDirectory()
                ? new FileAttributes(FileAttributes.Kind.DIRECTORY, 0, OptionalInt.of(entry.mode()),
                        Optional.of(entry.modified()))
                : new FileAttributes(FileAttributes.Kind.FILE, entry.content().length, OptionalInt.of(entry.mode()),
                        Optional.of(entry.modified())));
    }

    /** Stores the mode; files written later over this one keep it, as on a real file system. */
    @Override
    public synchronized void setPosixMode(WorkspacePath path, int mode) {
        if ((mode & ~0777) != 0) {
            throw new IllegalArgumentException("A mode has only permission bits (0777), got 0" + Integer.toOctalString(mode));
        }
        Entry entry = entries.get(path);
        if (entry == null) {
            throw failure(path, "Cannot set the mode of " + path + ": it does not exist.");
        }
        entries.put(path, new Entry(entry.content(), mode, entry.modified()));
    }

    @Override
    public synchronized void setModifiedTime(WorkspacePath path, java.time.Instant time) {
        java.util.Objects.requireNonNull(time, "time");
        Entry entry = entries.get(path);
        if (entry == null) {
            throw failure(path, "Cannot set the modification time of " + path + ": it does not exist.");
        }
        entries.put(path, new Entry(entry.content(), entry.mode(), time));
    }

    /**
     * The lock lives in this object, not in a file: {@code folder} is not used and nothing is
     * written. Two runs on this same object exclude each other; each in-memory workspace is separate.
     */
    @Override
    public synchronized WorkspaceLock lock(WorkspacePath folder) {
        if (locked) {
            throw new WorkspaceBusyException(null, "Another Protostar run is working in this in-memory workspace (its lock"
                    + " is held by the workspace object itself); wait for that run to finish.",
                    "Give each concurrent run a workspace of its own.");
        }
        locked = true;
        return new WorkspaceLock() {
            private boolean released;

            @Override
            public void close() {
                synchronized (InMemoryWorkspace.this) {
                    if (!released) {
                        released = true;
                        locked = false;
                    }
                }
            }
        };
    }

    @Override
    public Optional<Path> localDirectory() {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "in-memory workspace";
    }

    @Override
    public String toString() {
        return "Workspace.inMemory()";
    }

    private static WorkspaceException failure(WorkspacePath path, String message) {
        return new WorkspaceException(path, message + " (in-memory workspace)", null, null);
    }
}
