package dev.protostar.api;

/** What happened to a path during a run. */
public enum ChangeKind {
    /** A folder was created. */
    DIRECTORY_CREATED,
    /** A file that did not exist was written. */
    CREATED,
    /** An existing file got different content. */
    MODIFIED,
    /** A file was removed. */
    DELETED
}
