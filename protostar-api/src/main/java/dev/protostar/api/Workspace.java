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
 * path. Implementations are not required to be safe for concurrent use by several threads; use one
 * workspace per run.
 */
public interface Workspace {

    /**
     * A workspace rooted at an existing folder of any {@link java.nio.file.FileSystem}: the default
     * one, an in-memory one such as Jimfs, a zip file system.
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
     * @throws WorkspaceException when {@code directory} is not a folder
     */
    List<WorkspacePath> list(WorkspacePath directory);

    /** What the entry at {@code path} is, without following a final link; empty when absent. */
    Optional<FileAttributes> attributes(WorkspacePath path);

    /**
     * The folder on the local file system where real processes can run, or empty when the
     * workspace is not on the default file system (in memory, Jimfs, a zip file).
     */
    Optional<Path> localDirectory();

    /** A short human description of where this workspace lives, for messages. */
    String describe();
}
