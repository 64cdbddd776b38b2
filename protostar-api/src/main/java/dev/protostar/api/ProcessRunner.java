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

    /**
     * {@link #run(SystemTask, Workspace, ProtostarListener)}, stopping when {@code cancelRequested}
     * says so. The check is called on the calling thread only. The built-in runner of real processes
     * calls it at least every 100 ms while the task runs; when it returns {@code true}, the task's
     * process group and tree are stopped and a {@link RunCancelledException} naming the command is
     * thrown; when it throws, the processes are stopped the same way and its exception comes out
     * unchanged. This default checks once, before the task starts, then runs it to completion: right
     * for runners whose tasks take no noticeable time, such as simulations.
     *
     * @throws RunCancelledException when {@code cancelRequested} returned {@code true}
     * @throws RunInterruptedException when the calling thread is interrupted; the task's process
     *     tree is stopped first
     * @throws WorkspaceException when the workspace cannot host this runner's processes
     */
    default TaskResult run(SystemTask task, Workspace workspace, ProtostarListener listener,
            java.util.function.BooleanSupplier cancelRequested) {
        if (cancelRequested.getAsBoolean()) {
            throw new RunCancelledException("Cancelled before `" + task.commandLine() + "` could start; nothing was run.",
                    null);
        }
        return run(task, workspace, listener);
    }

    /** Which programs this runner can run; pre-flight asks it about every required binary. */
    BinaryLocator binaryLocator();

    /** Whether this runner only simulates effects rather than starting processes. */
    default boolean isSimulated() {
        return false;
    }
}
