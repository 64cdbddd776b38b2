package dev.protostar.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.protostar.api.ProtostarListener;
import dev.protostar.api.RunCancelledException;
import dev.protostar.api.SystemTask;
import dev.protostar.api.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running task stops when the host's cancellation check says so: the check is asked on the
 * calling thread while the task runs, and the task's process group is stopped. Every check polls
 * for the pid to be gone; none times anything.
 */
class CancelledTaskTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private Path pidFile;
    private CommonsExecProcessRunner runner;

    @BeforeEach
    void setUp() throws Exception {
        Stubs.assumePosixShell();
        runner = CommonsExecProcessRunner.create();
        assumeTrue(runner.startsTasksInOwnSession(),
                "these tests need util-linux setsid at /usr/bin/setsid or /bin/setsid, which this system lacks");
        workspace = Workspace.at(Files.createDirectories(temp.resolve("project")));
        pidFile = temp.resolve("sleep.pid");
    }

    /** {@code sleep 30} that first writes its pid outside the workspace. */
    private SystemTask sleeper() {
        return SystemTask.command("sh", "-c", "echo $$ > \"" + pidFile + "\"; exec sleep 30").build();
    }

    /** A check that records the threads it is asked on and answers, or throws, once the sleeper's pid is known. */
    private final class CancelOncePidKnown implements BooleanSupplier {
        final List<Thread> askedOn = new ArrayList<>();
        private final RuntimeException hostException;

        CancelOncePidKnown(RuntimeException hostException) {
            this.hostException = hostException;
        }

        @Override
        public boolean getAsBoolean() {
            askedOn.add(Thread.currentThread());
            boolean running = Files.exists(pidFile);
            if (running && hostException != null) {
                throw hostException;
            }
            return running;
        }
    }

    @Test
    void aCancelWhileTheTaskRunsStopsItsProcessGroupAndThrowsRunCancelled() throws Exception {
        CancelOncePidKnown check = new CancelOncePidKnown(null);

        Throwable thrown = catchThrowable(() -> runner.run(sleeper(), workspace, ProtostarListener.none(), check));

        assertThat(thrown).isInstanceOf(RunCancelledException.class)
                .hasMessage("The run was cancelled while `" + sleeper().commandLine() + "` was running in "
                        + workspace.localDirectory().orElseThrow() + "; its process tree was stopped.");
        assertThat(check.askedOn).as("asked on the calling thread only").containsOnly(Thread.currentThread());
        assertThat(Stubs.awaitDeath(Stubs.awaitPid(pidFile))).as("the sleep was stopped").isTrue();
    }

    @Test
    void aCheckThatThrowsStopsTheTaskAndItsExceptionComesOutUnchanged() throws Exception {
        IllegalStateException host = new IllegalStateException("ProcessCanceledException stand-in");
        CancelOncePidKnown check = new CancelOncePidKnown(host);

        Throwable thrown = catchThrowable(() -> runner.run(sleeper(), workspace, ProtostarListener.none(), check));

        assertThat(thrown).isSameAs(host);
        assertThat(thrown.getSuppressed()).isEmpty();
        assertThat(Stubs.awaitDeath(Stubs.awaitPid(pidFile))).as("the sleep was stopped").isTrue();
    }

    @Test
    void aCancelBeforeTheStartRunsNothing() {
        Throwable thrown = catchThrowable(() -> runner.run(sleeper(), workspace, ProtostarListener.none(), () -> true));

        assertThat(thrown).isInstanceOf(RunCancelledException.class).hasMessageContaining("nothing was run");
        assertThat(pidFile).doesNotExist();
    }
}
