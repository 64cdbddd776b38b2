package dev.protostar.core.orchestrator;

import dev.protostar.api.BinaryLocator;
import dev.protostar.api.BootstrapModule;
import dev.protostar.api.CollisionStrategy;
import dev.protostar.api.ProcessRunner;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.Workspace;
import java.util.List;
import java.util.Objects;

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
 */
public record RunRequest(
        Workspace workspace,
        List<BootstrapModule> modules,
        CollisionStrategy collisionStrategy,
        ProcessRunner processRunner,
        BinaryLocator binaryLocator,
        ProtostarListener listener,
        boolean forceReadOnly) {

    /** A request that refuses to modify read-only files. */
    public RunRequest(Workspace workspace, List<BootstrapModule> modules, CollisionStrategy collisionStrategy,
            ProcessRunner processRunner, BinaryLocator binaryLocator, ProtostarListener listener) {
        this(workspace, modules, collisionStrategy, processRunner, binaryLocator, listener, false);
    }

    /** Validates and copies the fields. */
    public RunRequest {
        Objects.requireNonNull(workspace, "workspace");
        modules = List.copyOf(modules);
        Objects.requireNonNull(collisionStrategy, "collisionStrategy");
        Objects.requireNonNull(processRunner, "processRunner");
        Objects.requireNonNull(binaryLocator, "binaryLocator");
        Objects.requireNonNull(listener, "listener");
    }
}
