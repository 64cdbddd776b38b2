package dev.protostar.api;

import java.util.Objects;

/**
 * A payload to merge into a structured file: created with the payload when absent, merged key by
 * key (according to the run's {@link Resolution}) when present.
 *
 * @param target the file to create or merge into
 * @param format the payload's format, which is also the target's
 * @param payload the payload's source text; comments in it are carried into the file
 */
public record StructuredMerge(WorkspacePath target, MergeFormat format, String payload) {

    /** Validates the fields. */
    public StructuredMerge {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(payload, "payload");
    }
}
