package dev.protostar.core.lifecycle;

import dev.protostar.core.format.Slot;
import dev.protostar.core.format.TypedValue;
import java.util.Objects;
import java.util.Optional;

/**
 * What the reconciliation did, or left alone, at one slot.
 *
 * @param before the file's value before ({@code local})
 * @param after the value after the edits
 */
public record SlotOutcome(Slot slot, Kind kind, Optional<TypedValue> before, Optional<TypedValue> after) {

    /** The kinds of outcome. */
    public enum Kind {
        /** Protostar added a value the file did not hold. */
        ADDED,
        /** Protostar replaced its own unedited value with a new one. */
        UPDATED,
        /** Protostar replaced a value it did not own, as the collision decision (overwrite) asked. */
        OVERWRITTEN,
        /** Protostar removed its own unedited value that is no longer wanted. */
        RETRACTED,
        /** The user changed Protostar's value and Protostar's is unchanged: the user's stays. */
        PRESERVED,
        /** A value the user had before Protostar wanted one: the user's stays, Protostar does not own it. */
        KEPT,
        /** A conflict decided by {@code --resolve}. */
        RESOLVED
    }

    public SlotOutcome {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
