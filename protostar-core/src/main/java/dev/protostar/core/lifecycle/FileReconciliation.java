package dev.protostar.core.lifecycle;

import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.TypedValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of reconciling one file: the edits to make, in order (removals first), the baseline
 * the lock records afterwards, and what happened at each slot that matters to a person.
 *
 * @param outcomes every slot that changed or that the user's edits keep, in slot order
 * @param conflicts the conflicts no decision settled; their slots keep the file's value
 * @param refused decisions that do not apply to their conflict ({@code both} on a number), with why
 */
public record FileReconciliation(WorkspacePath path, List<SlotEdit> edits, Map<Slot, TypedValue> baseline,
        List<SlotOutcome> outcomes, List<Conflict> conflicts, Map<String, String> refused) {

    public FileReconciliation {
        edits = List.copyOf(edits);
        baseline = Collections.unmodifiableMap(new LinkedHashMap<>(baseline));
        outcomes = List.copyOf(outcomes);
        conflicts = List.copyOf(conflicts);
        refused = Collections.unmodifiableMap(new LinkedHashMap<>(refused));
    }

    /** Whether the file is in step: nothing to edit and nothing to decide. */
    public boolean inStep() {
        return edits.isEmpty() && conflicts.isEmpty();
    }

    /** The outcomes of one kind. */
    public List<SlotOutcome> outcomes(SlotOutcome.Kind kind) {
        return outcomes.stream().filter(outcome -> outcome.kind() == kind).toList();
    }
}
