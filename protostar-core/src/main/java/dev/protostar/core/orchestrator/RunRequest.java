package dev.protostar.core.orchestrator;

import dev.protostar.api.BinaryLocator;
import dev.protostar.api.BootstrapModule;
import dev.protostar.api.CollisionStrategy;
import dev.protostar.api.JournalKey;
import dev.protostar.api.ProcessRunner;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.TaskPolicy;
import dev.protostar.api.Workspace;
import dev.protostar.core.lifecycle.Lifecycle;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Everything one run needs.
 *
 * @param workspace where to work
 * @param modules the selected modules; applied in registry order (by category, then as given)
 * @param collisionStrategy who decides about existing project files
 * @param processRunner who runs system tasks
 * @param binaryLocator who answers pre-flight questions
 * @param listener who hears about progress
 * @param forceReadOnly whether files whose mode has no owner-write bit may be modified (see {@link
 *     dev.protostar.api.ExecutionContext#forceReadOnly()})
 * @param journalKey seals the run's journal, and checks a killed run's journal before it is replayed
 * @param taskPolicy the time limit and failure policy applied to every system task
 * @param cancelRequested the host's cancellation check (see {@link
 *     dev.protostar.api.ExecutionContext#cancelRequested()}), also asked before every phase
 * @param lifecycle whether the run keeps {@code protostar.lock}, and the decisions on its conflicts
 */
public record RunRequest(
        Workspace workspace,
        List<BootstrapModule> modules,
        CollisionStrategy collisionStrategy,
        ProcessRunner processRunner,
        BinaryLocator binaryLocator,
        ProtostarListener listener,
        boolean forceReadOnly,
        JournalKey journalKey,
        TaskPolicy taskPolicy,
        BooleanSupplier cancelRequested,
        Lifecycle lifecycle) {

    /** A request that does not track the project ({@link Lifecycle#untracked()}). */
    public RunRequest(Workspace workspace, List<BootstrapModule> modules, CollisionStrategy collisionStrategy,
            ProcessRunner processRunner, BinaryLocator binaryLocator, ProtostarListener listener,
            boolean forceReadOnly, JournalKey journalKey, TaskPolicy taskPolicy, BooleanSupplier cancelRequested) {
        this(workspace, modules, collisionStrategy, processRunner, binaryLocator, listener, forceReadOnly, journalKey,
                taskPolicy, cancelRequested, Lifecycle.untracked());
    }

    /** This request with another workspace and process runner (a dry run's overlay and simulation). */
    public RunRequest on(Workspace otherWorkspace, ProcessRunner otherRunner) {
        return new RunRequest(otherWorkspace, modules, collisionStrategy, otherRunner, binaryLocator, listener,
                forceReadOnly, journalKey, taskPolicy, cancelRequested, lifecycle);
    }

    /** This request with another lifecycle. */
    public RunRequest with(Lifecycle otherLifecycle) {
        return new RunRequest(workspace, modules, collisionStrategy, processRunner, binaryLocator, listener,
                forceReadOnly, journalKey, taskPolicy, cancelRequested, otherLifecycle);
    }

    /** A request that is never cancelled. */
    public RunRequest(Workspace workspace, List<BootstrapModule> modules, CollisionStrategy collisionStrategy,
            ProcessRunner processRunner, BinaryLocator binaryLocator, ProtostarListener listener,
            boolean forceReadOnly, JournalKey journalKey, TaskPolicy taskPolicy) {
        this(workspace, modules, collisionStrategy, processRunner, binaryLocator, listener, forceReadOnly, journalKey,
                taskPolicy, () -> false);
    }

    /** A request whose tasks keep their own time limits and failure policies ({@link TaskPolicy#defaults()}). */
    public RunRequest(Workspace workspace, List<BootstrapModule> modules, CollisionStrategy collisionStrategy,
            ProcessRunner processRunner, BinaryLocator binaryLocator, ProtostarListener listener,
            boolean forceReadOnly, JournalKey journalKey) {
        this(workspace, modules, collisionStrategy, processRunner, binaryLocator, listener, forceReadOnly, journalKey,
                TaskPolicy.defaults());
    }

    /**
     * A request that refuses to modify read-only files, whose journal is sealed with a fresh {@link
     * JournalKey#random() random key}: enough for one run, but a journal it leaves when killed is
     * refused by every later run (which has another key). Give runs that must recover each other
     * the same key.
     */
    public RunRequest(Workspace workspace, List<BootstrapModule> modules, CollisionStrategy collisionStrategy,
            ProcessRunner processRunner, BinaryLocator binaryLocator, ProtostarListener listener) {
        this(workspace, modules, collisionStrategy, processRunner, binaryLocator, listener, false,
                JournalKey.random());
    }

    /** A request that refuses to modify read-only files, sealing its journal with {@code journalKey}. */
    public RunRequest(Workspace workspace, List<BootstrapModule> modules, CollisionStrategy collisionStrategy,
            ProcessRunner processRunner, BinaryLocator binaryLocator, ProtostarListener listener,
            JournalKey journalKey) {
        this(workspace, modules, collisionStrategy, processRunner, binaryLocator, listener, false, journalKey);
    }

    /** A request whose journal is sealed with a fresh {@link JournalKey#random() random key} (see above). */
    public RunRequest(Workspace workspace, List<BootstrapModule> modules, CollisionStrategy collisionStrategy,
            ProcessRunner processRunner, BinaryLocator binaryLocator, ProtostarListener listener,
            boolean forceReadOnly) {
        this(workspace, modules, collisionStrategy, processRunner, binaryLocator, listener, forceReadOnly,
                JournalKey.random());
    }

    /** Validates and copies the fields. */
    public RunRequest {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(journalKey, "journalKey");
        modules = List.copyOf(modules);
        Objects.requireNonNull(collisionStrategy, "collisionStrategy");
        Objects.requireNonNull(processRunner, "processRunner");
        Objects.requireNonNull(binaryLocator, "binaryLocator");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(taskPolicy, "taskPolicy");
        Objects.requireNonNull(cancelRequested, "cancelRequested");
        Objects.requireNonNull(lifecycle, "lifecycle");
    }
}
