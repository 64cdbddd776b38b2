package dev.protostar.api;

import java.util.List;
import java.util.Objects;

/**
 * How a run kept a tracked project in step with its request ({@code protostar.lock}): what it did
 * to the values Protostar manages, which user edits it kept, and the conflicts it left for a person.
 *
 * @param tracked whether the run read or wrote {@code protostar.lock}; a run that is not tracked has
 *     nothing in the lists
 * @param changes every managed value added, updated, retracted or resolved, and every user edit
 *     preserved or kept, file by file
 * @param conflicts the conflicts no decision settled; their values stay as the user left them
 */
public record Reconciliation(boolean tracked, List<ManagedChange> changes, List<SyncConflict> conflicts) {

    /** Copies the lists. */
    public Reconciliation {
        changes = List.copyOf(changes);
        conflicts = List.copyOf(conflicts);
    }

    /** The reconciliation of a run that does not track the project. */
    public static Reconciliation none() {
        return new Reconciliation(false, List.of(), List.of());
    }

    /** The changes of one kind, in order. */
    public List<ManagedChange> changes(ManagedChange.Kind kind) {
        Objects.requireNonNull(kind, "kind");
        return changes.stream().filter(change -> change.kind() == kind).toList();
    }
}
