package dev.protostar.api;

/** How a completed run ended. Failed runs throw a {@link ProtostarException} instead. */
public enum RunStatus {
    /** Everything was applied. */
    SUCCESS,
    /** The run completed, with warnings (for example, a dependency that could not be resolved). */
    PARTIAL_SUCCESS,
    /** The workspace was already as requested: no byte written, no task run. */
    NO_CHANGES
}
