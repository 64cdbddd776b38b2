package dev.protostar.api;

/**
 * Decides what happens when the workspace already holds files that active modules would change.
 * Host applications plug in their own: a dialog, a terminal prompt, a per-project policy. It is
 * asked at most once per run, before anything is written; an exception it throws fails the run.
 */
@FunctionalInterface
public interface CollisionStrategy {

    /** Chooses how to treat the existing files in {@code report}. */
    Resolution resolve(CollisionReport report);

    /** Always {@link Resolution#MERGE}: add what is missing, keep the user's values. */
    static CollisionStrategy merge() {
        return report -> Resolution.MERGE;
    }

    /** Always {@link Resolution#OVERWRITE}: Protostar's values win for every key it names. */
    static CollisionStrategy overwrite() {
        return report -> Resolution.OVERWRITE;
    }

    /** Always {@link Resolution#ABORT}: the run stops with a {@link CollisionAbortedException}. */
    static CollisionStrategy abort() {
        return report -> Resolution.ABORT;
    }
}
