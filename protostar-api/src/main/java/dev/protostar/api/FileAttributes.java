package dev.protostar.api;

import java.util.OptionalInt;

/**
 * What a workspace knows about one entry, read without following a final symbolic link.
 *
 * @param kind what the entry is
 * @param size its size in bytes (0 for folders)
 * @param posixMode permission bits such as {@code 0644}, when the file system keeps them
 */
public record FileAttributes(Kind kind, long size, OptionalInt posixMode) {

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
        if (kind == null || posixMode == null) {
            throw new NullPointerException("kind and posixMode are required");
        }
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
