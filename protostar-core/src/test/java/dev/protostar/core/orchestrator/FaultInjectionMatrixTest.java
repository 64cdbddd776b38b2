package dev.protostar.core.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.protostar.api.BootstrapModule;
import dev.protostar.api.CollisionStrategy;
import dev.protostar.api.ProcessRunner;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.RunInterruptedException;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.api.TaskFailedException;
import dev.protostar.api.Workspace;
import dev.protostar.core.orchestrator.PythonLikeProject.Seed;
import dev.protostar.core.process.CommonsExecProcessRunner;
import dev.protostar.core.process.SimulatedProcessRunner;
import dev.protostar.core.testing.FailingTaskRunner;
import dev.protostar.core.testing.FaultInjectingWorkspace;
import dev.protostar.core.testing.WorkspaceSnapshot;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proof by fault injection that a run cannot lose data. For each seed workspace and each backend,
 * a counting run first learns how many mutating calls a successful run makes (N_max) and where its
 * commit point is (the removal of the journal header); then, for every N from 1 to N_max, a fresh
 * copy of the seed runs with the N-th mutating call failing. Up to and including the commit point,
 * the run must fail with the injected error and leave the workspace identical to the seed — every
 * path, every byte, every mode, no temporary file, no {@code .protostar/}. After the commit point
 * (only the journal's own files are being removed), the run's work stands: it must succeed with a
 * warning naming the leftover, and the next run must leave exactly what a fault-free run leaves.
 * The same is done for every task failing (exit code, time-out, interrupt) after its effects.
 *
 * <p>The number of cases is printed once, for the README's reliability section.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultInjectionMatrixTest {

    /** One key for every run, so that a run recovers the journal a killed one left. */
    private static final dev.protostar.api.JournalKey KEY = dev.protostar.api.JournalKey.of(new byte[32]);

    private static final String COMMIT_POINT = "delete .protostar/journal/run";
    private static final Configuration JIMFS_POSIX =
            Configuration.unix().toBuilder().setAttributeViews("basic", "owner", "posix", "unix").build();

    private final Map<String, Integer> workspaceCases = new LinkedHashMap<>();
    private final Map<String, Integer> taskCases = new LinkedHashMap<>();
    private final Map<String, Integer> killCases = new LinkedHashMap<>();
    private final List<FileSystem> fileSystems = new ArrayList<>();

    @TempDir
    Path temp;

    @AfterAll
    void printCounts() throws IOException {
        for (FileSystem fs : fileSystems) {
            fs.close();
        }
        int workspaceTotal = workspaceCases.values().stream().mapToInt(Integer::intValue).sum();
        int taskTotal = taskCases.values().stream().mapToInt(Integer::intValue).sum();
        int killTotal = killCases.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder text = new StringBuilder("Fault-injection matrix: " + (workspaceTotal + taskTotal)
                + " (seed, N) cases, each ending with the workspace identical to its seed (or, after the commit"
                + " point, to a fault-free run)\n");
        text.append("  failing workspace call N of N_max: ").append(workspaceTotal).append('\n');
        workspaceCases.forEach((name, n) -> text.append("    ").append(name).append(": ").append(n).append('\n'));
        text.append("  failing task N (exit code, time-out, interrupt): ").append(taskTotal).append('\n');
        taskCases.forEach((name, n) -> text.append("    ").append(name).append(": ").append(n).append('\n'));
        text.append("Crash matrix: ").append(killTotal).append(" runs killed at mutation N, then recovered by the next run\n");
        killCases.forEach((name, n) -> text.append("    ").append(name).append(": ").append(n).append('\n'));
        System.out.print(text);
    }

    // ------------------------------------------------------------------ backends

    private Supplier<Workspace> inMemory() {
        return Workspace::inMemory;
    }

    private Supplier<Workspace> jimfs() {
        FileSystem fs = Jimfs.newFileSystem(JIMFS_POSIX);
        fileSystems.add(fs);
        int[] next = {0};
        return () -> {
            try {
                return Workspace.at(Files.createDirectories(fs.getPath("/runs/" + next[0]++ + "/orbital")));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private Supplier<Workspace> disk(String name) {
        int[] next = {0};
        return () -> {
            try {
                return Workspace.at(Files.createDirectories(temp.resolve(name + "-" + next[0]++ + "/orbital")));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static Workspace seeded(Supplier<Workspace> backend, Seed seed) {
        Workspace ws = backend.get();
        seed.fill().accept(ws);
        return ws;
    }

    private static RunReport run(Workspace ws, List<BootstrapModule> modules, ProcessRunner runner) {
        return new Orchestrator().run(new RunRequest(ws, modules, CollisionStrategy.merge(), runner,
                runner.binaryLocator(), ProtostarListener.none(), KEY));
    }

    // ------------------------------------------------------------------ the matrix

    /** What a fault-free run of one seed does. */
    private record Baseline(Map<String, String> seed, Map<String, String> after, List<String> mutations,
                            int commitPoint, int tasks) {}

    private static Baseline baseline(Supplier<Workspace> backend, Seed seed, List<BootstrapModule> modules,
                                     Supplier<ProcessRunner> runner) {
        Workspace ws = seeded(backend, seed);
        Map<String, String> before = WorkspaceSnapshot.withModes(ws);
        FaultInjectingWorkspace counting = FaultInjectingWorkspace.counting(ws);
        FailingTaskRunner tasks = FailingTaskRunner.counting(runner.get());
        RunReport report = run(counting, modules, tasks);
        assertThat(report.status()).as("fault-free run of %s", seed).isEqualTo(RunStatus.SUCCESS);
        Map<String, String> after = WorkspaceSnapshot.withModes(ws);
        assertThat(after.keySet()).as("no .protostar/ and no temp file after %s", seed)
                .noneMatch(p -> p.startsWith(".protostar") || p.endsWith(".protostar-tmp"));
        int commitPoint = counting.log().indexOf(COMMIT_POINT) + 1;
        assertThat(commitPoint).as("the commit point of %s", seed).isPositive();
        return new Baseline(before, after, counting.log(), commitPoint, tasks.tasks().size());
    }

    /** Runs every N for failing workspace calls; returns the number of cases. */
    private static int everyFailingCall(Supplier<Workspace> backend, Seed seed, List<BootstrapModule> modules,
                                        Supplier<ProcessRunner> runner) {
        Baseline baseline = baseline(backend, seed, modules, runner);
        int total = baseline.mutations().size();
        for (int call = 1; call <= total; call++) {
            int n = call;
            Workspace ws = seeded(backend, seed);
            FaultInjectingWorkspace faulty = FaultInjectingWorkspace.failingAt(ws, n);
            String context = seed + ", failing call " + n + " of " + baseline.mutations().size() + " ("
                    + baseline.mutations().get(n - 1) + ")";
            if (n <= baseline.commitPoint()) {
                Throwable failure = catchThrowable(() -> run(faulty, modules, runner.get()));
                assertThat(failure).as(context).isNotNull();
                assertThat(messages(failure)).as(context + ": the error carries the injected failure")
                        .contains(FaultInjectingWorkspace.marker(n));
                assertThat(WorkspaceSnapshot.withModes(ws)).as(context).isEqualTo(baseline.seed());
            } else {
                RunReport report = run(faulty, modules, runner.get());
                assertThat(report.status()).as(context).isEqualTo(RunStatus.PARTIAL_SUCCESS);
                assertThat(report.warnings()).as(context).anyMatch(w -> w.contains(FaultInjectingWorkspace.marker(n)));
                RunReport next = run(ws, modules, runner.get());
                assertThat(next.status()).as(context + ", next run").isEqualTo(RunStatus.NO_CHANGES);
                assertThat(WorkspaceSnapshot.withModes(ws)).as(context + ", after the next run").isEqualTo(baseline.after());
            }
        }
        return total;
    }

    /** Runs every task N failing each way; returns the number of cases. */
    private static int everyFailingTask(Supplier<Workspace> backend, Seed seed, List<BootstrapModule> modules,
                                        Supplier<ProcessRunner> runner) {
        Baseline baseline = baseline(backend, seed, modules, runner);
        int cases = 0;
        for (int task = 1; task <= baseline.tasks(); task++) {
            int n = task;
            for (FailingTaskRunner.Failure way : FailingTaskRunner.Failure.values()) {
                Workspace ws = seeded(backend, seed);
                String context = seed + ", task " + n + " of " + baseline.tasks() + " failing by " + way;
                Throwable failure = catchThrowable(() -> run(ws, modules, FailingTaskRunner.failingAt(runner.get(), n, way)));
                boolean interrupted = Thread.interrupted();
                if (way == FailingTaskRunner.Failure.INTERRUPT) {
                    assertThat(failure).as(context).isInstanceOf(RunInterruptedException.class);
                    assertThat(interrupted).as(context + ": the interrupt status survives").isTrue();
                } else {
                    assertThat(failure).as(context).isInstanceOf(TaskFailedException.class);
                    assertThat(((TaskFailedException) failure).result().timedOut())
                            .isEqualTo(way == FailingTaskRunner.Failure.TIMEOUT);
                }
                assertThat(failure.getMessage()).as(context).contains("Every change made by this run was rolled back.");
                assertThat(WorkspaceSnapshot.withModes(ws)).as(context).isEqualTo(baseline.seed());
                cases++;
            }
        }
        return cases;
    }

    /**
     * Kills a run at every mutating call N (nothing reaches the workspace from there on, not even the
     * rollback), then lets a run with no module recover. Killed before the commit point, the
     * workspace must be back to the seed, with a "Recovered from an interrupted run" warning whenever
     * the killed run had opened its journal; killed after it, the killed run's work stands.
     */
    private static int everyKill(Supplier<Workspace> backend, Seed seed) {
        Baseline baseline = baseline(backend, seed, PythonLikeProject.modules(), SimulatedProcessRunner::create);
        int total = baseline.mutations().size();
        for (int call = 1; call <= total; call++) {
            Workspace ws = seeded(backend, seed);
            String context = seed + ", killed at call " + call + " of " + total + " (" + baseline.mutations().get(call - 1) + ")";
            FaultInjectingWorkspace dying = FaultInjectingWorkspace.dyingAt(ws, call);
            Throwable died = catchThrowable(() -> run(dying, PythonLikeProject.modules(), SimulatedProcessRunner.create()));
            if (call <= baseline.commitPoint()) {
                assertThat(died).as(context).isNotNull();
            } else {
                assertThat(died).as(context + ": after the commit point only clean-up is lost").isNull();
            }
            boolean journalOpen = ws.isFile(dev.protostar.api.WorkspacePath.of(".protostar/journal/run"));

            RecordingListener listener = new RecordingListener();
            SimulatedProcessRunner runner = SimulatedProcessRunner.create();
            RunReport recovery = new Orchestrator().run(new RunRequest(ws, List.of(), CollisionStrategy.abort(), runner,
                    runner.binaryLocator(), listener, KEY));

            if (journalOpen) {
                assertThat(recovery.warnings()).as(context).singleElement().asString()
                        .startsWith("Recovered from an interrupted run: ");
                assertThat(listener.events.get(0)).as(context).startsWith("warn Recovered from an interrupted run: ");
            } else {
                assertThat(recovery.warnings()).as(context).isEmpty();
            }
            assertThat(WorkspaceSnapshot.withModes(ws)).as(context + ", after recovery")
                    .isEqualTo(call <= baseline.commitPoint() ? baseline.seed() : baseline.after());
        }
        return total;
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    // ------------------------------------------------------------------ the cases

    @Test
    void everyFailingWorkspaceCallInMemoryLeavesTheSeed() {
        for (Seed seed : PythonLikeProject.SEEDS) {
            workspaceCases.put("in memory, " + seed, everyFailingCall(inMemory(), seed, PythonLikeProject.modules(),
                    SimulatedProcessRunner::create));
        }
    }

    @Test
    void everyFailingWorkspaceCallOnJimfsWithPosixModesLeavesTheSeed() {
        for (Seed seed : PythonLikeProject.SEEDS) {
            workspaceCases.put("Jimfs (POSIX), " + seed, everyFailingCall(jimfs(), seed, PythonLikeProject.modules(),
                    SimulatedProcessRunner::create));
        }
    }

    @Test
    void everyKilledRunIsRecoveredByTheNextRunInMemoryAndOnJimfs() {
        for (Seed seed : PythonLikeProject.SEEDS) {
            killCases.put("in memory, " + seed, everyKill(inMemory(), seed));
            killCases.put("Jimfs (POSIX), " + seed, everyKill(jimfs(), seed));
        }
    }

    @Test
    void everyFailingTaskInMemoryAndOnJimfsLeavesTheSeed() {
        for (Seed seed : PythonLikeProject.SEEDS) {
            taskCases.put("in memory, " + seed, everyFailingTask(inMemory(), seed, PythonLikeProject.modules(),
                    SimulatedProcessRunner::create));
            taskCases.put("Jimfs (POSIX), " + seed, everyFailingTask(jimfs(), seed, PythonLikeProject.modules(),
                    SimulatedProcessRunner::create));
        }
    }

    @Test
    void everyFailingWorkspaceCallAndTaskOnARealFolderWithRealGitLeavesTheSeed() {
        CommonsExecProcessRunner real = CommonsExecProcessRunner.create();
        Assumptions.assumeTrue(real.binaryLocator().isAvailable("git"),
                "git is not on the PATH, so the on-disk matrix with a real `git init` cannot run");
        Seed seed = PythonLikeProject.PYTHON_PROJECT;
        workspaceCases.put("disk + real git, " + seed, everyFailingCall(disk("calls"), seed,
                PythonLikeProject.gitOnlyModules(), () -> real));
        taskCases.put("disk + real git, " + seed, everyFailingTask(disk("tasks"), seed,
                PythonLikeProject.gitOnlyModules(), () -> real));
    }
}
