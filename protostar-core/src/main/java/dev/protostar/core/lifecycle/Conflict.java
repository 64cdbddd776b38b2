package dev.protostar.core.lifecycle;

import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.TypedValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A slot both the user and Protostar changed since the lock was written, or one the user edited
 * that Protostar no longer wants. The file keeps the user's value until the conflict is decided.
 *
 * @param id stable: a hash of the path, the slot and the three sides, so a decision made on one
 *     {@code status} applies to the same situation only
 * @param kind what happened
 * @param base what Protostar wrote last time
 * @param local what the file holds now
 * @param desired what the current request wants; empty for a retraction
 */
public record Conflict(String id, WorkspacePath path, Slot slot, Kind kind, Optional<TypedValue> base,
        Optional<TypedValue> local, Optional<TypedValue> desired) {

    /** What kind of disagreement. */
    public enum Kind {
        /** Both sides changed the value. */
        CHANGED,
        /** Protostar no longer wants a value the user edited. */
        RETRACTED;

        /** The name in reports: {@code changed} or {@code retracted}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Conflict {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(desired, "desired");
    }

    /** A conflict with its id computed from the other fields. */
    public static Conflict of(WorkspacePath path, Slot slot, Kind kind, Optional<TypedValue> base,
            Optional<TypedValue> local, Optional<TypedValue> desired) {
        return new Conflict(idOf(path, slot, base, local, desired), path, slot, kind, base, local, desired);
    }

    /** {@code c-} and the first 10 hex digits of a SHA-256 over the path, the slot and the three sides. */
    static String idOf(WorkspacePath path, Slot slot, Optional<TypedValue> base, Optional<TypedValue> local,
            Optional<TypedValue> desired) {
        StringBuilder text = new StringBuilder();
        text.append(path).append('\n').append(slot.display()).append('\n');
        for (Optional<TypedValue> side : java.util.List.of(base, local, desired)) {
            text.append(side.map(v -> "=" + v.display()).orElse("-")).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return "c-" + HexFormat.of().formatHex(digest).substring(0, 10);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** {@code pyproject.toml:tool.ruff.line-length}, the form {@code --resolve PATH:KEY=…} accepts. */
    public String address() {
        return path + ":" + slot.display();
    }
}
