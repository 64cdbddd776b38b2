package dev.protostar.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A value both the user and Protostar changed since {@code protostar.lock} was written, or one the
 * user edited that Protostar no longer wants. The file keeps the user's value until the conflict is
 * decided with {@link ConflictChoice}.
 *
 * @param id stable for the same situation (path, key and the three values), e.g. {@code c-1a2b3c4d5e};
 *     a decision names it, or {@link #address()}
 * @param path the file
 * @param key the key, in the file's own notation ({@code tool.ruff.line-length}; a member of an array
 *     as {@code tool.ruff.lint.select ["E"]}; a text region by its tag)
 * @param kind {@code changed} (both sides changed it) or {@code retracted} (Protostar no longer wants
 *     the value the user edited)
 * @param base what Protostar wrote last time, rendered as JSON-like text
 * @param local what the file holds now; empty when the user removed it
 * @param desired what Protostar wants now; empty for a retraction
 */
public record SyncConflict(String id, WorkspacePath path, String key, String kind, Optional<String> base,
        Optional<String> local, Optional<String> desired) {

    /** Validates the fields. */
    public SyncConflict {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(desired, "desired");
    }

    /** {@code path:key}, the other way to name this conflict in a decision. */
    public String address() {
        return path + ":" + key;
    }

    /** The command-line option that decides it, e.g. {@code --resolve c-1a2b3c4d5e=local}. */
    public String resolveOption(ConflictChoice choice) {
        return "--resolve " + id + "=" + choice.id();
    }
}
