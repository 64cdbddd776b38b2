package dev.protostar.api;

import java.util.Objects;

/**
 * What an executor needs besides the manifest.
 *
 * @param workspace where to apply the manifest
 * @param resolution how existing files are treated
 * @param processRunner who runs system tasks
 * @param listener who hears about progress
 * @param forceReadOnly whether files whose mode has no owner-write bit may be modified; when false, a
 *     run that would modify one stops with a {@link ReadOnlyTargetException} before writing
 * @param taskPolicy the time limit and failure policy applied to every system task
 */
public record ExecutionContext(
        Workspace workspace, Resolution resolution, ProcessRunner processRunner, ProtostarListener listener,
        boolean forceReadOnly,
        TaskPolicy taskPolicy) {

    /** A context whose tasks keep their own time limits and failure policies ({@link TaskPolicy#defaults()}). */
    public ExecutionContext(Workspace workspace, Resolution resolution, ProcessRunner processRunner,
            ProtostarListener listener, boolean forceReadOnly) {
        this(workspace, resolution, processRunner, listener, forceReadOnly, TaskPolicy.defaults());
    }

    /** A context that refuses to modify read-only files ({@code forceReadOnly} false). */
    public ExecutionContext(Workspace workspace, Resolution resolution, ProcessRunner processRunner,
            ProtostarListener listener) {
        this(workspace, resolution, processRunner, listener, false);
    }

    /** Validates the fields; {@link Resolution#ABORT} is not something an executor can apply. */
    public ExecutionContext {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(processRunner, "processRunner");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(taskPolicy, "taskPolicy");
        if (resolution == Resolution.ABORT) {
            throw new IllegalArgumentException("An executor applies MERGE or OVERWRITE, not ABORT");
        }
    }
}
