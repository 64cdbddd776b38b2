package dev.protostar.api;

/** Which output stream of a system task a line came from. */
public enum OutputStreamKind {
    /** Standard output. */
    STDOUT,
    /** Standard error. */
    STDERR
}
