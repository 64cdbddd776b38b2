package dev.protostar.core.orchestrator;

import dev.protostar.api.BinaryLocator;
import dev.protostar.api.ProcessRunner;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TaskResult;
import dev.protostar.api.Workspace;
import dev.protostar.core.process.SimulatedProcessRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The runner of a dry run: a simulated runner whose effects are attributed to the task that made
 * them. A command the {@link SimulatedProcessRunner} does not model is not run at all: it is
 * assumed to succeed without output or effects and remembered, so the plan can say so.
 */
final class DryRunProcessRunner implements ProcessRunner {

    private final ProcessRunner simulation;
    private final AttributingWorkspace attribution;
    private final List<SystemTask> unmodelled = new ArrayList<>();

    /** {@code simulation} must be simulated ({@link ProcessRunner#isSimulated()}). */
    DryRunProcessRunner(ProcessRunner simulation, AttributingWorkspace attribution) {
        if (!simulation.isSimulated()) {
            throw new IllegalArgumentException("A dry run needs a simulated process runner, not " + simulation);
        }
        this.simulation = simulation;
        this.attribution = attribution;
    }

    @Override
    public TaskResult run(SystemTask task, Workspace workspace, ProtostarListener listener) {
        if (simulation instanceof SimulatedProcessRunner simulated && !simulated.simulates(task.command())) {
            unmodelled.add(task);
            return new TaskResult(0, "", "", false, Duration.ZERO);
        }
        return attribution.actingAs(task.commandLine(), () -> simulation.run(task, workspace, listener));
    }

    /** Whether {@code task} was run without a model of its effects. */
    boolean wasUnmodelled(SystemTask task) {
        return unmodelled.contains(task);
    }

    @Override
    public BinaryLocator binaryLocator() {
        return simulation.binaryLocator();
    }

    /** Always {@code true}: a dry run starts no process. */
    @Override
    public boolean isSimulated() {
        return true;
    }

    @Override
    public String toString() {
        return "dry run of " + simulation;
    }
}
