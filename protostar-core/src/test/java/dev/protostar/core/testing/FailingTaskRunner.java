package dev.protostar.core.testing;

import dev.protostar.api.BinaryLocator;
import dev.protostar.api.ProcessRunner;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.RunInterruptedException;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TaskResult;
import dev.protostar.api.Workspace;
import java.util.ArrayList;
import java.util.List;

/**
 * A process runner decorator that counts tasks and makes the N-th one fail after it has had its
 * effects (a real program that wrote half its files and then died): with an exit code, by running
 * out of time, or by the run's thread being interrupted (the interrupt status is set and a {@link
 * RunInterruptedException} thrown, as the real runner does once it has stopped the process tree).
 */
public final class FailingTaskRunner implements ProcessRunner {

    /** How the chosen task fails. */
    public enum Failure { EXIT_CODE, TIMEOUT, INTERRUPT }

    private final ProcessRunner delegate;
    private final int at;
    private final Failure failure;
    private final List<SystemTask> tasks = new ArrayList<>();

    private FailingTaskRunner(ProcessRunner delegate, int at, Failure failure) {
        this.delegate = delegate;
        this.at = at;
        this.failure = failure;
    }

    /** Counts tasks, never fails one. */
    public static FailingTaskRunner counting(ProcessRunner delegate) {
        return new FailingTaskRunner(delegate, 0, Failure.EXIT_CODE);
    }

    /** Fails the {@code n}-th task (1-based) after its effects. */
    public static FailingTaskRunner failingAt(ProcessRunner delegate, int n, Failure failure) {
        return new FailingTaskRunner(delegate, n, failure);
    }

    /** The text every injected failure carries for task {@code n}. */
    public static String marker(int n) {
        return "injected failure of task #" + n;
    }

    /** The tasks started so far, in order. */
    public List<SystemTask> tasks() {
        return List.copyOf(tasks);
    }

    @Override
    public TaskResult run(SystemTask task, Workspace workspace, ProtostarListener listener) {
        tasks.add(task);
        TaskResult result = delegate.run(task, workspace, listener);
        if (tasks.size() != at) {
            return result;
        }
        return switch (failure) {
            case EXIT_CODE -> new TaskResult(3, result.stdout(), result.stderr() + marker(at) + "\n", false,
                    result.duration());
            case TIMEOUT -> new TaskResult(143, result.stdout(), result.stderr() + marker(at) + "\n", true,
                    result.duration());
            case INTERRUPT -> {
                Thread.currentThread().interrupt();
                throw new RunInterruptedException("Interrupted while running `" + task.commandLine() + "` ("
                        + marker(at) + "); its process tree was stopped.", null);
            }
        };
    }

    @Override
    public BinaryLocator binaryLocator() {
        return delegate.binaryLocator();
    }

    @Override
    public boolean isSimulated() {
        return delegate.isSimulated();
    }
}
