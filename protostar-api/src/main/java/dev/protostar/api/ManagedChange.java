package dev.protostar.api;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What keeping a project in step did, or would do, to one value Protostar manages, and the user
 * edits it left alone on purpose.
 *
 * @param path the file
 * @param key the key, as in {@link SyncConflict#key()}; empty for a whole file
 * @param kind what happened
 * @param before the file's value before, rendered as JSON-like text
 * @param after the value after
 */
public record ManagedChange(WorkspacePath path, String key, Kind kind, Optional<String> before,
        Optional<String> after) {

    /** The kinds of change. */
    public enum Kind {
        /** Protostar added a value the file did not hold. */
        ADDED,
        /** Protostar replaced its own unedited value with a newer one. */
        UPDATED,
        /** Protostar replaced a value it did not own, because the collision decision was overwrite. */
        OVERWRITTEN,
        /** Protostar removed its own unedited value that is no longer wanted. */
        RETRACTED,
        /** The user changed Protostar's value and Protostar's own is unchanged: the user's stays. */
        PRESERVED,
        /** A value the user had before Protostar wanted one: it stays the user's. */
        KEPT,
        /** A conflict decided by a resolution. */
        RESOLVED,
        /** The user deleted a file Protostar wrote: it stays deleted. */
        DECLINED;

        /** The lower-case name used in reports and JSON. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Validates the fields. */
    public ManagedChange {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    @Override
    public String toString() {
        return path + (key.isEmpty() ? "" : ": " + key);
    }
}
