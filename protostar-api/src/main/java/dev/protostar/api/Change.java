package dev.protostar.api;

import java.util.Objects;
import java.util.Optional;

/**
 * One change a run made (or, in a plan, would make) to the workspace.
 *
 * @param path the changed path
 * @param kind what happened to it
 * @param digestBefore SHA-256 of the file before, in hex, when it was a file
 * @param digestAfter SHA-256 of the file after, in hex, when it is a file
 * @param by who made the change: {@code "protostar"} or the command line of a system task
 */
public record Change(
        WorkspacePath path, ChangeKind kind, Optional<String> digestBefore, Optional<String> digestAfter, String by) {

    /** Validates the fields. */
    public Change {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(digestBefore, "digestBefore");
        Objects.requireNonNull(digestAfter, "digestAfter");
        Objects.requireNonNull(by, "by");
    }
}
