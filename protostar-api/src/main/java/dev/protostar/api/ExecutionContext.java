package dev.protostar.api;

import java.util.Objects;

/**
 * What an executor needs besides the manifest.
 *
 * @param workspace where to apply the manifest
 * @param resolution how existing files are treated
 * @param processRunner who runs system tasks
 * @param listener who hears about progress
 */
public record ExecutionContext(
        Workspace workspace, Resolution resolution, ProcessRunner processRunner, ProtostarListener listener) {

    /** Validates the fields; {@link Resolution#ABORT} is not something an executor can apply. */
    public ExecutionContext {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(processRunner, "processRunner");
        Objects.requireNonNull(listener, "listener");
        if (resolution == Resolution.ABORT) {
            throw new IllegalArgumentException("An executor applies MERGE or OVERWRITE, not ABORT");
        }
    }
}
