package dev.protostar.api;

/**
 * Runs {@link SystemTask}s in a workspace. The built-in runners start real processes (only in a
 * workspace with a {@link Workspace#localDirectory() local directory}) or simulate the effects of
 * well-known commands on any workspace.
 */
public interface ProcessRunner {

    /**
     * Runs a task to completion, or until its timeout, in the workspace root. Output lines are
     * passed to {@code listener} as they arrive. A non-zero exit is reported in the result, not
     * thrown. Which environment variables the program receives is the runner's to say (the built-in
     * runner of real processes: see {@link ChildEnvironment}); what it keeps of the output, see
     * {@link TaskResult}.
     *
     * @throws RunInterruptedException when the calling thread is interrupted; the task's process
     *     tree is stopped first
     * @throws WorkspaceException when the workspace cannot host this runner's processes
     */
    TaskResult run(SystemTask task, Workspace workspace, ProtostarListener listener);

    /** Which programs this runner can run; pre-flight asks it about every required binary. */
    BinaryLocator binaryLocator();

    /** Whether this runner only simulates effects rather than starting processes. */
    default boolean isSimulated() {
        return false;
    }
}
