package dev.protostar.api;

import java.util.List;

/**
 * Every existing collision marker of the active modules, in registry order.
 *
 * @param workspace a description of the workspace, for messages
 * @param collisions the markers found; never empty when a strategy is asked
 */
public record CollisionReport(String workspace, List<Collision> collisions) {

    /** Copies the list. */
    public CollisionReport {
        collisions = List.copyOf(collisions);
    }

    /** Whether no marker was found. */
    public boolean isEmpty() {
        return collisions.isEmpty();
    }
}
