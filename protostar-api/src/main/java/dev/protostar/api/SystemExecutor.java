package dev.protostar.api;

/**
 * Applies a manifest to a workspace: validates every file it will merge, then creates folders,
 * writes files, runs tasks and installs dependencies in the documented order. Either the run
 * completes, or the workspace is restored as it was and the error says so.
 *
 * <p>A run decides what to do (collision intercept, pre-flight, aggregation) and then hands the
 * manifest to its executor: the built-in one unless the host gives its own with {@code
 * dev.protostar.Protostar.builder().executor(...)}. An executor of a host's own owns the rest of the
 * run, the workspace's lock and journal included; to observe or adjust a run, wrap the built-in one
 * ({@code dev.protostar.Protostar.defaultExecutor(journalKey)}).
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
