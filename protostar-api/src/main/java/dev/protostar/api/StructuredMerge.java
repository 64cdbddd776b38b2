package dev.protostar.api;

import java.util.Objects;

/**
 * A payload to merge into a structured file: created with the payload when absent, merged key by
 * key (according to the run's {@link Resolution}) when present.
 *
 * @param target the file to create or merge into
 * @param format the payload's format, which is also the target's
 * @param payload the payload's source text; comments in it are carried into the file
 * @param overridesModuleDefaults whether the payload is laid over the modules' payloads for the same
 *     file before they meet the file (TOML only): a key it names wins over the value a module
 *     declares, while a value the file already held before the run is treated as the user's, as for
 *     any payload. The configuration's {@code [dev.pyproject]} tables are such payloads.
 */
public record StructuredMerge(WorkspacePath target, MergeFormat format, String payload,
        boolean overridesModuleDefaults) {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException when a JSON payload claims to override module defaults
     */
    public StructuredMerge {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(payload, "payload");
        if (overridesModuleDefaults && format != MergeFormat.TOML) {
            throw new IllegalArgumentException("Only TOML payloads can override module defaults, not " + format);
        }
    }

    /** A module's payload: merged in declaration order, with no precedence over other modules' payloads. */
    public StructuredMerge(WorkspacePath target, MergeFormat format, String payload) {
        this(target, format, payload, false);
    }
}
