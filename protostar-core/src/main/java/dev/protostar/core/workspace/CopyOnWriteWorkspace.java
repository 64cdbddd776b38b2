package dev.protostar.core.workspace;

import dev.protostar.api.FileAttributes;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspaceBusyException;
import dev.protostar.api.WorkspaceException;
import dev.protostar.api.WorkspaceLock;
import dev.protostar.api.WorkspacePath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A workspace that reads through to a base workspace and keeps every change in memory: a
 * copy-on-write overlay for dry runs.
 *
 * <p>Promises:
 * <ul>
 *   <li><b>The base is never changed.</b> Only the base's reading methods ({@code read}, {@code
 *       list}, {@code attributes}, {@code describe}) are ever called.
 *   <li><b>Reads fall through</b> to the base until a path is written, created or deleted here;
 *       from then on this workspace answers for it.
 *   <li><b>One merged view.</b> {@link #list} and {@link #attributes} show the base's entries
 *       together with the ones made here, without the ones deleted here; {@code write}, {@code
 *       createDirectories} and {@code delete} check the merged view as any workspace checks its own
 *       (a missing parent folder, a file in the way, a non-empty folder).
 *   <li><b>No local directory.</b> {@link #localDirectory()} is empty, so no real process can run
 *       in it.
 * </ul>
 * Files created here get mode {@code 0644} and folders {@code 0755}; a rewritten file keeps the
 * mode it had. A base entry that is neither file nor folder (a link) is shown as the base shows it
 * until it is replaced. Changes to the base made while the overlay is in use show through for the
 * paths the overlay has not touched. Safe for use by several threads; one overlay per run.
 */
public final class CopyOnWriteWorkspace implements Workspace {

    private static final int FILE_MODE = 0644;
    private static final int DIRECTORY_MODE = 0755;

    /** What the overlay holds for a touched path: a file, a folder, or the mark of a deletion. */
    private record Entry(Kind kind, byte[] content, OptionalInt mode) {
        enum Kind { FILE, DIRECTORY, DELETED }

        static Entry file(byte[] content, OptionalInt mode) {
            return new Entry(Kind.FILE, content, mode);
        }

        static Entry directory() {
            return new Entry(Kind.DIRECTORY, null, OptionalInt.of(DIRECTORY_MODE));
        }

        static Entry deleted() {
            return new Entry(Kind.DELETED, null, OptionalInt.empty());
        }

        Optional<FileAttributes> attributes() {
            return switch (kind) {
                case FILE -> Optional.of(new FileAttributes(FileAttributes.Kind.FILE, content.length, mode));
                case DIRECTORY -> Optional.of(new FileAttributes(FileAttributes.Kind.DIRECTORY, 0, mode));
                case DELETED -> Optional.empty();
            };
        }
    }

    private final Workspace base;
    private final TreeMap<WorkspacePath, Entry> overlay = new TreeMap<>();
    private boolean locked;

    private CopyOnWriteWorkspace(Workspace base) {
        this.base = base;
    }

    /** An overlay over {@code base} with nothing changed yet. */
    public static CopyOnWriteWorkspace over(Workspace base) {
        return new CopyOnWriteWorkspace(Objects.requireNonNull(base, "base"));
    }

    /** The workspace this overlay reads through to. */
    public Workspace base() {
        return base;
    }

    /**
     * Every path written, created or deleted in this overlay, sorted. Only these can differ from
     * the base; a path may be listed although it ended up as it is in the base (written back with
     * the same bytes, deleted and made again).
     */
    public synchronized SortedSet<WorkspacePath> touchedPaths() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(overlay.keySet()));
    }

    @Override
    public synchronized byte[] read(WorkspacePath path) {
        Entry entry = overlay.get(path);
        if (entry == null) {
            if (hiddenByOverlay(path)) {
                throw failure(path, "Cannot read " + path + ": it does not exist.");
            }
            return base.read(path);
        }
        return switch (entry.kind()) {
            case FILE -> entry.content().clone();
            case DIRECTORY -> throw failure(path, "Cannot read " + path + ": it is a folder.");
            case DELETED -> throw failure(path, "Cannot read " + path + ": it does not exist.");
        };
    }

    @Override
    public synchronized void write(WorkspacePath path, byte[] content) {
        if (path.isRoot()) {
            throw failure(path, "Cannot write the workspace root as a file.");
        }
        WorkspacePath parent = path.parent().orElseThrow();
        if (!lookup(parent).map(FileAttributes::isDirectory).orElse(false)) {
            throw failure(path, "Cannot write " + path + ": its folder " + parent + " does not exist.");
        }
        Optional<FileAttributes> existing = lookup(path);
        if (existing.isPresent() && existing.get().isDirectory()) {
            throw failure(path, "Cannot write " + path + ": it is a folder.");
        }
        OptionalInt mode = existing.filter(FileAttributes::isFile).map(FileAttributes::posixMode)
                .orElse(OptionalInt.of(FILE_MODE));
        overlay.put(path, Entry.file(content.clone(), mode));
    }

    @Override
    public synchronized void createDirectories(WorkspacePath path) {
        List<WorkspacePath> missing = new ArrayList<>();
        for (WorkspacePath p = path; !p.isRoot(); p = p.parent().orElseThrow()) {
            Optional<FileAttributes> attributes = lookup(p);
            if (attributes.isPresent()) {
                if (!attributes.get().isDirectory()) {
                    throw failure(path, "Cannot create folder " + path + ": " + p + " is in the way and is not a folder.");
                }
                break;
            }
            missing.add(p);
        }
        for (WorkspacePath p : missing) {
            overlay.put(p, Entry.directory());
        }
    }

    @Override
    public synchronized boolean delete(WorkspacePath path) {
        if (path.isRoot()) {
            throw failure(path, "Refusing to delete the workspace root.");
        }
        Optional<FileAttributes> attributes = lookup(path);
        if (attributes.isEmpty()) {
            return false;
        }
        if (attributes.get().isDirectory() && !children(path).isEmpty()) {
            throw failure(path, "Cannot delete folder " + path + ": it is not empty.");
        }
        if (inBase(path)) {
            overlay.put(path, Entry.deleted());
        } else {
            overlay.remove(path);
        }
        return true;
    }

    /**
     * Checks that the entry exists and is no link; the overlay keeps no times of its own (its
     * entries report none) and never changes the base's, so there is nothing to set.
     */
    @Override
    public synchronized void setModifiedTime(WorkspacePath path, java.time.Instant time) {
        Objects.requireNonNull(time, "time");
        Optional<FileAttributes> attributes = lookup(path);
        if (attributes.isEmpty()) {
            throw failure(path, "Cannot set the modification time of " + path + ": it does not exist.");
        }
        if (attributes.get().isSymbolicLink()) {
            throw failure(path, "Cannot set the modification time of " + path + ": it is a symbolic link.");
        }
    }

    /** Changes the mode in the overlay only (a file is copied up first); the base keeps its mode. */
    @Override
    public synchronized void setPosixMode(WorkspacePath path, int mode) {
        if ((mode & ~0777) != 0) {
            throw new IllegalArgumentException("A mode has only permission bits (0777), got 0" + Integer.toOctalString(mode));
        }
        Optional<FileAttributes> attributes = lookup(path);
        if (attributes.isEmpty()) {
            throw failure(path, "Cannot set the mode of " + path + ": it does not exist.");
        }
        if (attributes.get().isDirectory()) {
            overlay.put(path, new Entry(Entry.Kind.DIRECTORY, null, OptionalInt.of(mode)));
        } else if (attributes.get().isFile()) {
            overlay.put(path, Entry.file(read(path), OptionalInt.of(mode)));
        } else {
            throw failure(path, "Cannot set the mode of " + path + ": it is neither a file nor a folder.");
        }
    }

    /**
     * A lock private to this overlay: it excludes a second lock on the same overlay until closed
     * and never touches the base (a dry run must not write, not even a lock file).
     */
    @Override
    public synchronized WorkspaceLock lock(WorkspacePath folder) {
        if (locked) {
            throw new WorkspaceBusyException(folder, "Another Protostar run is working in this dry-run overlay ("
                    + describe() + "); wait for it to finish.", "Give each concurrent dry run an overlay of its own.");
        }
        locked = true;
        return () -> {
            synchronized (this) {
                locked = false;
            }
        };
    }

    @Override
    public synchronized List<WorkspacePath> list(WorkspacePath directory) {
        if (!lookup(directory).map(FileAttributes::isDirectory).orElse(false)) {
            throw failure(directory, "Cannot list " + directory + ": it is not a folder.");
        }
        return children(directory);
    }

    @Override
    public synchronized Optional<FileAttributes> attributes(WorkspacePath path) {
        return lookup(path);
    }

    /** Empty: nothing real may run in an overlay. */
    @Override
    public Optional<Path> localDirectory() {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return base.describe() + " (dry run)";
    }

    @Override
    public String toString() {
        return "CopyOnWriteWorkspace over " + base;
    }

    /** The merged view of one path. */
    private Optional<FileAttributes> lookup(WorkspacePath path) {
        Entry entry = overlay.get(path);
        if (entry != null) {
            return entry.attributes();
        }
        if (hiddenByOverlay(path)) {
            return Optional.empty();
        }
        return base.attributes(path);
    }

    /** Whether a proper ancestor was deleted or replaced by a file here, so base entries below it are gone. */
    private boolean hiddenByOverlay(WorkspacePath path) {
        for (Optional<WorkspacePath> p = path.parent(); p.isPresent(); p = p.get().parent()) {
            Entry entry = overlay.get(p.get());
            if (entry != null) {
                return entry.kind() != Entry.Kind.DIRECTORY;
            }
        }
        return false;
    }

    private boolean inBase(WorkspacePath path) {
        return base.attributes(path).isPresent();
    }

    /** The merged children of a folder of the merged view, sorted by name. */
    private List<WorkspacePath> children(WorkspacePath directory) {
        TreeSet<WorkspacePath> result = new TreeSet<>();
        if (!hiddenByOverlay(directory) && base.attributes(directory).map(FileAttributes::isDirectory).orElse(false)) {
            result.addAll(base.list(directory));
        }
        int depth = directory.segments().size() + 1;
        for (Map.Entry<WorkspacePath, Entry> e : overlay.tailMap(directory, false).entrySet()) {
            WorkspacePath p = e.getKey();
            if (!p.startsWith(directory)) {
                break;
            }
            if (p.segments().size() != depth) {
                continue;
            }
            if (e.getValue().kind() == Entry.Kind.DELETED) {
                result.remove(p);
            } else {
                result.add(p);
            }
        }
        return new ArrayList<>(result);
    }

    private WorkspaceException failure(WorkspacePath path, String message) {
        return new WorkspaceException(path, message + " (" + describe() + ")", null, null);
    }
}
