package dev.protostar.core.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.protostar.api.CollisionStrategy;
import dev.protostar.api.JournalKey;
import dev.protostar.api.Phase;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.RollbackFailedException;
import dev.protostar.api.RunCancelledException;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TaskPolicy;
import dev.protostar.api.TaskResult;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.orchestrator.PythonLikeProject.Seed;
import dev.protostar.core.process.SimulatedProcessRunner;
import dev.protostar.core.testing.WorkspaceSnapshot;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Cancellation at every step, fault-injection style: a fault-free run counts how often it asks the
 * host's cancellation check (and how many listener events it sends); then, for every N, a fresh copy
 * of the seed runs with the check answering {@code true} at its N-th call, with the check throwing
 * the host's own exception at its N-th call, and with the listener throwing at its N-th event. Each
 * must end with the right exception and the workspace identical to the seed — every path, byte and
 * mode, no {@code .protostar/} — except a listener throwing after the commit point, where the run's
 * work stands and only the host's exception comes out.
 */
class CancellationMatrixTest {

    private static final JournalKey KEY = JournalKey.of(new byte[32]);
    private static final Configuration JIMFS_POSIX =
            Configuration.unix().toBuilder().setAttributeViews("basic", "owner", "posix", "unix").build();

    /** What IntelliJ's ProcessCanceledException is to the library: a RuntimeException it does not know. */
    static final class HostCancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HostCancelled(String message) {
            super(message);
        }
    }

    private final List<FileSystem> fileSystems = new ArrayList<>();

    @AfterEach
    void closeFileSystems() throws IOException {
        for (FileSystem fs : fileSystems) {
            fs.close();
        }
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

    private static Workspace seeded(Supplier<Workspace> backend, Seed seed) {
        Workspace ws = backend.get();
        seed.fill().accept(ws);
        return ws;
    }

    private static RunReport run(Workspace ws, ProtostarListener listener, BooleanSupplier cancelRequested) {
        SimulatedProcessRunner runner = SimulatedProcessRunner.create();
        return new Orchestrator().run(new RunRequest(ws, PythonLikeProject.modules(), CollisionStrategy.merge(), runner,
                runner.binaryLocator(), listener, false, KEY, TaskPolicy.defaults(), cancelRequested));
    }

    /** A check that counts its calls and answers {@code true}, or throws, from call {@code at} on (never when 0). */
    private static final class Check implements BooleanSupplier {
        private final int at;
        private final boolean throwing;
        int calls;

        Check(int at, boolean throwing) {
            this.at = at;
            this.throwing = throwing;
        }

        @Override
        public boolean getAsBoolean() {
            calls++;
            if (at == 0 || calls < at) {
                return false;
            }
            if (throwing) {
                throw new HostCancelled("cancelled by the host at check " + calls);
            }
            return true;
        }
    }

    /** A listener that records its events and throws the host's exception at event {@code at} (never when 0). */
    private static final class Listener implements ProtostarListener {
        private final int at;
        final List<String> events = new ArrayList<>();
        HostCancelled thrown;

        Listener(int at) {
            this.at = at;
        }

        private void event(String name) {
            events.add(name);
            if (events.size() == at) {
                thrown = new HostCancelled("listener gave up at event " + at + " (" + name + ")");
                throw thrown;
            }
        }

        @Override
        public void phaseStarted(Phase phase) {
            event("start " + phase);
        }

        @Override
        public void phaseFinished(Phase phase, Duration elapsed) {
            event("finish " + phase);
        }

        @Override
        public void directoryCreated(WorkspacePath path) {
            event("dir " + path);
        }

        @Override
        public void fileCreated(WorkspacePath path) {
            event("create " + path);
        }

        @Override
        public void fileModified(WorkspacePath path) {
            event("modify " + path);
        }

        @Override
        public void taskStarted(SystemTask task) {
            event("task " + task.commandLine());
        }

        @Override
        public void taskFinished(SystemTask task, TaskResult result) {
            event("done " + task.commandLine());
        }

        @Override
        public void warning(String message) {
            event("warn " + message);
        }
    }

    private record Baseline(Map<String, String> seed, Map<String, String> after, int checks, List<String> events) {}

    private static Baseline baseline(Supplier<Workspace> backend, Seed seed) {
        Workspace ws = seeded(backend, seed);
        Map<String, String> before = WorkspaceSnapshot.withModes(ws);
        Check counting = new Check(0, false);
        Listener listening = new Listener(0);
        assertThat(run(ws, listening, counting).status()).as("fault-free run of %s", seed).isEqualTo(RunStatus.SUCCESS);
        return new Baseline(before, WorkspaceSnapshot.withModes(ws), counting.calls, listening.events);
    }

    private static int everyCancelPoint(Supplier<Workspace> backend, Seed seed) {
        Baseline baseline = baseline(backend, seed);
        assertThat(baseline.checks()).as("checks asked by a run of %s", seed).isGreaterThan(10);
        for (int call = 1; call <= baseline.checks(); call++) {
            int n = call;
            String context = seed + ", cancelled at check " + n + " of " + baseline.checks();

            Workspace ws = seeded(backend, seed);
            Throwable cancelled = catchThrowable(() -> run(ws, ProtostarListener.none(), new Check(n, false)));
            assertThat(cancelled).as(context).isInstanceOf(RunCancelledException.class)
                    .hasMessageStartingWith("The run was cancelled before ");
            assertThat(((RunCancelledException) cancelled).exitCode()).isEqualTo(130);
            assertThat(WorkspaceSnapshot.withModes(ws)).as(context).isEqualTo(baseline.seed());

            Workspace hostWs = seeded(backend, seed);
            Check throwing = new Check(n, true);
            Throwable host = catchThrowable(() -> run(hostWs, ProtostarListener.none(), throwing));
            assertThat(host).as(context + ", the host's exception").isInstanceOf(HostCancelled.class)
                    .hasMessage("cancelled by the host at check " + n).hasNoCause();
            assertThat(host.getSuppressed()).as(context + ": nothing added to the host's exception").isEmpty();
            assertThat(throwing.calls).as(context + ": no check after the host's exception").isEqualTo(n);
            assertThat(WorkspaceSnapshot.withModes(hostWs)).as(context).isEqualTo(baseline.seed());
        }
        return baseline.checks();
    }

    private static int everyListenerEvent(Supplier<Workspace> backend, Seed seed) {
        Baseline baseline = baseline(backend, seed);
        int committedAfter = baseline.events().indexOf("finish " + Phase.REALIZATION) + 1;
        for (int n = 1; n <= baseline.events().size(); n++) {
            String context = seed + ", listener throwing at event " + n + " (" + baseline.events().get(n - 1) + ")";
            Workspace ws = seeded(backend, seed);
            Listener listener = new Listener(n);
            Throwable thrown = catchThrowable(() -> run(ws, listener, () -> false));
            assertThat(thrown).as(context).isSameAs(listener.thrown);
            assertThat(thrown.getSuppressed()).as(context + ": nothing added to the host's exception").isEmpty();
            assertThat(WorkspaceSnapshot.withModes(ws)).as(context)
                    .isEqualTo(n < committedAfter ? baseline.seed() : baseline.after());
        }
        return baseline.events().size();
    }

    @Test
    void aCancelAtEveryCheckInMemoryLeavesTheSeed() {
        for (Seed seed : PythonLikeProject.SEEDS) {
            everyCancelPoint(Workspace::inMemory, seed);
        }
    }

    @Test
    void aCancelAtEveryCheckOnJimfsWithPosixModesLeavesTheSeed() {
        for (Seed seed : PythonLikeProject.SEEDS) {
            everyCancelPoint(jimfs(), seed);
        }
    }

    @Test
    void aListenerThrowingAtEveryEventComesOutUnchangedWithTheSeedRestoredUntilTheCommit() {
        for (Seed seed : PythonLikeProject.SEEDS) {
            everyListenerEvent(Workspace::inMemory, seed);
            everyListenerEvent(jimfs(), seed);
        }
    }

    @Test
    void aHostExceptionWhoseRollbackIsIncompleteCarriesTheRollbackFailureAsSuppressed() {
        Workspace ws = Workspace.inMemory();
        HostCancelled broke = new HostCancelled("host gave up");
        ProtostarListener listener = new ProtostarListener() {
            @Override
            public void fileCreated(WorkspacePath path) {
                if (path.equals(WorkspacePath.of("b.txt"))) {
                    // a file the journal never saw: the rollback cannot restore the folder it sits in
                    ws.write(WorkspacePath.of("made/by/host.txt"), new byte[] {1});
                    throw broke;
                }
            }
        };
        SimulatedProcessRunner runner = SimulatedProcessRunner.create();
        Throwable thrown = catchThrowable(() -> new Orchestrator().run(new RunRequest(ws,
                List.of(TestModule.of("m", dev.protostar.api.ModuleCategory.LANGUAGE).contributing((m, c) -> m
                        .directory("made/by").inject("b.txt", "b"))),
                CollisionStrategy.merge(), runner, runner.binaryLocator(), listener, KEY)));

        assertThat(thrown).isSameAs(broke);
        assertThat(thrown.getSuppressed()).singleElement().isInstanceOf(RollbackFailedException.class)
                .satisfies(s -> assertThat(((RollbackFailedException) s).notRestored()).isNotEmpty());
    }
}
