package dev.protostar.core.lifecycle;

import dev.protostar.core.format.Slot;
import dev.protostar.core.format.TypedValue;
import java.util.Objects;

/** One change the reconciliation makes to a file: set a slot (add a member) or remove it. */
public sealed interface SlotEdit {

    /** The slot changed. */
    Slot slot();

    /** Sets the slot's value; for a member slot, adds the member. */
    record Put(Slot slot, TypedValue value) implements SlotEdit {
        public Put {
            Objects.requireNonNull(slot, "slot");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Removes the slot's value; for a member slot, the member. */
    record Remove(Slot slot) implements SlotEdit {
        public Remove {
            Objects.requireNonNull(slot, "slot");
        }
    }
}
