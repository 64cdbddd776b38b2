package dev.protostar.api;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The folder Protostar works in, seen through a deliberately small interface.
 *
 * <p>Every path is a {@link WorkspacePath}, so nothing outside the root can be named. Writes are
 * atomic: a reader sees either the old bytes or the new bytes, never a mix, and a failed write
 * leaves no temporary file behind. Failures surface as {@link WorkspaceException}s that name the
 * path.
 *
 * <p>Symbolic links are never followed by a change: {@link #write}, {@link #delete}, {@link
 * #createDirectories}, {@link #setPosixMode}, {@link #setModifiedTime} and {@link #list} refuse a
 * path with a link among its folders inside the root (the exception names the link), and a link at
 * the path itself is replaced ({@link #write}) or removed ({@link #delete}), never what it points
 * to, and refused by {@link #setPosixMode} and {@link #setModifiedTime}. Implementations are not required to be safe for concurrent use by several threads; use one
 * workspace per run.
 */
public interface Workspace {

    /**
     * A workspace rooted at an existing folder of any {@link java.nio.file.FileSystem}: the default
     * one, an in-memory one such as Jimfs, a zip file system. A write goes through a hidden sibling
     * temp file named {@code .<name>.<random UUID>.protostar-tmp}, moved over the target; a failed
     * write removes it (a process killed mid-write may leave one, which Protostar's next run removes).
     *
     * @throws WorkspaceException when {@code root} does not exist or is not a folder
     */
    static Workspace at(Path root) {
        return new PathWorkspace(root);
    }

    /** A new, empty workspace that lives only in this process's memory. */
    static Workspace inMemory() {
        return new InMemoryWorkspace();
    }

    /**
     * The whole content of a file.
     *
     * @throws WorkspaceException when the file is missing, is a folder, or cannot be read
     */
    byte[] read(WorkspacePath path);

    /** The whole content of a file decoded as UTF-8 (a byte order mark, if any, is kept). */
    default String readString(WorkspacePath path) {
        return new String(read(path), StandardCharsets.UTF_8);
    }

    /**
     * Replaces (or creates) a file atomically with {@code content}. The parent folder must exist.
     * An existing file keeps its permission bits.
     *
     * @throws WorkspaceException when the parent is missing, the path is a folder, or the write
     *     fails; the previous content is then still in place
     */
    void write(WorkspacePath path, byte[] content);

    /** Whether an entry of any kind exists at {@code path} (a dangling link counts). */
    default boolean exists(WorkspacePath path) {
        return attributes(path).isPresent();
    }

    /** Whether {@code path} is a folder (not a link to one). */
    default boolean isDirectory(WorkspacePath path) {
        return attributes(path).map(FileAttributes::isDirectory).orElse(false);
    }

    /** Whether {@code path} is a regular file (not a link to one). */
    default boolean isFile(WorkspacePath path) {
        return attributes(path).map(FileAttributes::isFile).orElse(false);
    }

    /**
     * Creates a folder and any missing parents; does nothing when it already exists.
     *
     * @throws WorkspaceException when a file is in the way or creation fails
     */
    void createDirectories(WorkspacePath path);

    /**
     * Removes a file, a link or an empty folder.
     *
     * @return whether something was removed ({@code false} when nothing was there)
     * @throws WorkspaceException when the entry is a non-empty folder or removal fails
     */
    boolean delete(WorkspacePath path);

    /**
     * The direct children of a folder, sorted by name.
     *
     * @throws WorkspaceException when {@code directory} is not a folder or cannot be read
     * @throws ValidationException (exit code 65) when a child has a name no {@link WorkspacePath} can
     *     spell, such as {@code back\slash.cpp}: the folder holds something Protostar cannot name, which
     *     is neither an I/O error nor a full disk
     */
    List<WorkspacePath> list(WorkspacePath directory);

    /** What the entry at {@code path} is, without following a final link; empty when absent. */
    Optional<FileAttributes> attributes(WorkspacePath path);

    /**
     * Sets the permission bits of a file or folder to {@code mode}, such as {@code 0755}; used to
     * put a file back as it was. Links are never followed: a link at {@code path} is refused.
     *
     * <p>A workspace keeps modes when its {@link #attributes(WorkspacePath) attributes} report a
     * {@link FileAttributes#posixMode() mode}: {@link #at(java.nio.file.Path)} on a file system with
     * a POSIX attribute view (the default one on Linux and macOS, Jimfs configured with "posix") and
     * {@link #inMemory()}. Where the file system has no POSIX view (Windows, Jimfs without "posix",
     * a zip file) there are no modes to keep and the call does nothing.
     *
     * <p>The default implementation, for workspaces that keep no modes, does nothing when the entry
     * reports no mode or already has {@code mode}, and refuses otherwise. Decorators must forward
     * the call to the workspace they wrap.
     *
     * @param mode permission bits; only {@code 0777} may be set
     * @throws IllegalArgumentException when {@code mode} has bits outside {@code 0777}
     * @throws WorkspaceException when nothing is at {@code path}, it is a link, or the mode cannot be set
     */
    default void setPosixMode(WorkspacePath path, int mode) {
        if ((mode & ~0777) != 0) {
            throw new IllegalArgumentException("A mode has only permission bits (0777), got 0" + Integer.toOctalString(mode));
        }
        FileAttributes attributes = attributes(path).orElseThrow(() -> new WorkspaceException(path,
                "Cannot set the mode of " + path + ": it does not exist.", null, null));
        if (attributes.posixMode().isPresent() && attributes.posixMode().getAsInt() != mode) {
            throw new WorkspaceException(path, "Cannot set the mode of " + path + " to 0" + Integer.toOctalString(mode)
                    + ": " + describe() + " cannot change permission bits.",
                    "Use a workspace that implements setPosixMode, or set the mode by hand.", null);
        }
    }

    /**
     * Sets when the entry at {@code path} (a file or folder, never a link) last changed; used to put
     * an entry back as it was, so that restoring a file or removing what a run added leaves its time
     * and its folder's time as they were.
     *
     * <p>A workspace keeps times when its {@link #attributes(WorkspacePath) attributes} report a
     * {@link FileAttributes#modified() modified} time. The default implementation, for workspaces
     * that keep none, does nothing when the entry reports no time or already has {@code time}, and
     * refuses otherwise. Decorators must forward the call to the workspace they wrap.
     *
     * @throws WorkspaceException when nothing is at {@code path}, it is a link, or the time cannot be set
     */
    default void setModifiedTime(WorkspacePath path, java.time.Instant time) {
        java.util.Objects.requireNonNull(time, "time");
        FileAttributes attributes = attributes(path).orElseThrow(() -> new WorkspaceException(path,
                "Cannot set the modification time of " + path + ": it does not exist.", null, null));
        if (attributes.modified().isPresent() && !attributes.modified().get().equals(time)) {
            throw new WorkspaceException(path, "Cannot set the modification time of " + path + ": " + describe()
                    + " cannot change modification times.",
                    "Use a workspace that implements setModifiedTime.", null);
        }
    }

    /**
     * Takes this workspace's run lock, so that two runs never work in the same folder at once.
     * Never waits: when another run holds the lock, fails at once.
     *
     * <p>A workspace on a file system keeps the lock as files in {@code folder}, which must exist:
     * {@code lock}, naming the holder (process id and start time), and {@code lock.live}, on which
     * the holder keeps a {@link java.nio.channels.FileChannel#tryLock() file-channel lock} for as
     * long as it runs. The operating system drops that lock when the holder's process dies, so a
     * lock left behind by a killed run does not block the next one. Closing the lock removes both
     * files. {@link #inMemory()} keeps its lock in the workspace object itself and writes no file.
     *
     * <p>The default implementation returns a lock that excludes nothing; it suits workspaces that
     * belong to a single run (such as a private overlay for a dry run). Decorators of a shared
     * workspace must forward the call to the workspace they wrap.
     *
     * @param folder where a file-based lock keeps its files
     * @return the held lock; close it when the run ends
     * @throws WorkspaceBusyException (exit code 75) when another run holds the lock (the message
     *     names the folder, the lock file and, when known, the holder)
     * @throws WorkspaceException when the lock's files cannot be made
     */
    default WorkspaceLock lock(WorkspacePath folder) {
        return () -> {};
    }

    /**
     * The folder on the local file system where real processes can run, or empty when the
     * workspace is not on the default file system (in memory, Jimfs, a zip file).
     */
    Optional<Path> localDirectory();

    /** A short human description of where this workspace lives, for messages. */
    String describe();
}
