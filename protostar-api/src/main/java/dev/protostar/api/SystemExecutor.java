package dev.protostar.api;

/**
 * Applies a manifest to a workspace: validates every file it will merge, then creates folders,
 * writes files, runs tasks and installs dependencies in the documented order. Either the run
 * completes, or the workspace is restored as it was and the error says so.
 */
public interface SystemExecutor {

    /**
     * Applies {@code manifest}.
     *
     * @return every change made; {@link RunStatus#NO_CHANGES} when the workspace already matched
     * @throws ValidationException when an existing file cannot be parsed (nothing is written)
     * @throws TaskFailedException when a required task fails (the workspace is restored)
     * @throws RollbackFailedException when restoring after a failure was incomplete
     */
    RunReport execute(EnvironmentManifest manifest, ExecutionContext context);
}
