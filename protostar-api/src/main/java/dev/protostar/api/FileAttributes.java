package dev.protostar.api;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a workspace knows about one entry, read without following a final symbolic link.
 *
 * @param kind what the entry is
 * @param size its size in bytes (0 for folders)
 * @param posixMode permission bits such as {@code 0644}, when the file system keeps them
 * @param modified when the entry's content last changed (for a folder: its list of entries), when the
 *     workspace keeps such times; compare it only with times of the same workspace
 */
public record FileAttributes(Kind kind, long size, OptionalInt posixMode, Optional<Instant> modified) {

    /** The kinds of entry a workspace can hold. */
    public enum Kind {
        /** A regular file. */
        FILE,
        /** A folder. */
        DIRECTORY,
        /** A symbolic link, whatever it points to. */
        SYMLINK,
        /** A device, socket, pipe or anything else that is not a file, folder or link. */
        OTHER
    }

    /** Validates the fields. */
    public FileAttributes {
        if (kind == null || posixMode == null || modified == null) {
            throw new NullPointerException("kind, posixMode and modified are required");
        }
    }

    /** Attributes of a workspace that keeps no modification times. */
    public FileAttributes(Kind kind, long size, OptionalInt posixMode) {
        this(kind, size, posixMode, Optional.empty());
    }

    /** Whether the entry is a regular file. */
    public boolean isFile() {
        return kind == Kind.FILE;
    }

    /** Whether the entry is a folder. */
    public boolean isDirectory() {
        return kind == Kind.DIRECTORY;
    }

    /** Whether the entry is a symbolic link. */
    public boolean isSymbolicLink() {
        return kind == Kind.SYMLINK;
    }
}
