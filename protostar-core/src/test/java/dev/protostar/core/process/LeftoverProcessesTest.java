package dev.protostar.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.protostar.api.ProtostarListener;
import dev.protostar.api.RunInterruptedException;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TaskResult;
import dev.protostar.api.Workspace;
import dev.protostar.core.process.Stubs.RecordingListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing a task started outlives it (issue 12, item 4): each task runs in a session of its own and
 * its process group is stopped when it ends, times out or is interrupted, even a process that left
 * the task's process tree. Every check polls for the pid to be gone; none times anything.
 */
class LeftoverProcessesTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private CommonsExecProcessRunner runner;

    @BeforeEach
    void setUp() {
        Stubs.assumePosixShell();
        workspace = Workspace.at(folder);
        runner = CommonsExecProcessRunner.create();
        assumeTrue(runner.startsTasksInOwnSession(),
                "these tests need util-linux setsid at /usr/bin/setsid or /bin/setsid, which this system lacks");
    }

    /**
     * A shell line that starts {@code sleep 300} in the background, which writes its pid to {@code
     * pidFile}, and waits until it has (so the task cannot end before the pid is known).
     */
    private static String background(Path pidFile) {
        return "sh -c 'echo $$ > \"" + pidFile + "\"; exec sleep 300' & " + awaitFile(pidFile);
    }

    /** A shell line that starts {@code sleep 300} as a double-forked orphan, which leaves the process tree. */
    private static String doubleForked(Path pidFile) {
        return "( sh -c 'echo $$ > \"" + pidFile + "\"; exec sleep 300' & ) ; " + awaitFile(pidFile);
    }

    private static String awaitFile(Path file) {
        return "until [ -s \"" + file + "\" ]; do sleep 0.05; done; ";
    }

    @Test
    void theTaskIsTheLeaderOfItsOwnSessionAndGroup() {
        SystemTask task = SystemTask.command("sh", "-c", "echo $$; cut -d ' ' -f 5,6 /proc/$$/stat").build();

        TaskResult result = runner.run(task, workspace, ProtostarListener.none());

        assertThat(result.succeeded()).isTrue();
        String[] lines = result.stdout().split("\n");
        String pid = lines[0];
        assertThat(lines[1]).isEqualTo(pid + " " + pid); // process group id and session id are its own pid
    }

    @Test
    void aBackgroundChildOfASuccessfulTaskIsStoppedWhenTheTaskEnds() throws Exception {
        Path pidFile = folder.resolve("background.pid");
        SystemTask task = SystemTask.command("sh", "-c", background(pidFile) + " echo left a process behind").build();
        long pid = -1;
        try {
            TaskResult result = runner.run(task, workspace, ProtostarListener.none());
            pid = Stubs.awaitPid(pidFile);

            assertThat(result.exitCode()).isZero();
            assertThat(result.succeeded()).isTrue();
            assertThat(result.stdout()).isEqualTo("left a process behind\n");
            assertThat(Stubs.awaitDeath(pid)).as("background sleep %d stopped", pid).isTrue();
        } finally {
            killQuietly(pid);
        }
    }

    @Test
    void aDoubleForkedGrandchildOfAFailingTaskIsStoppedWhenTheTaskEnds() throws Exception {
        Path pidFile = folder.resolve("orphan.pid");
        SystemTask task = SystemTask.command("sh", "-c", doubleForked(pidFile) + "exit 3").build();
        long pid = -1;
        try {
            TaskResult result = runner.run(task, workspace, ProtostarListener.none());
            pid = Stubs.awaitPid(pidFile);

            assertThat(result.exitCode()).isEqualTo(3);
            assertThat(Stubs.awaitDeath(pid)).as("double-forked sleep %d stopped", pid).isTrue();
        } finally {
            killQuietly(pid);
        }
    }

    @Test
    void aDoubleForkedGrandchildIsStoppedOnTimeoutAndTheResultIsAsBefore() throws Exception {
        Path pidFile = folder.resolve("timeout.pid");
        SystemTask task = SystemTask.command("sh", "-c",
                doubleForked(pidFile) + "echo started; exec sleep 30").timeout(Duration.ofSeconds(1)).build();
        long pid = -1;
        try {
            TaskResult result = runner.run(task, workspace, ProtostarListener.none());
            pid = Stubs.awaitPid(pidFile);

            assertThat(result.timedOut()).isTrue();
            assertThat(result.exitCode()).isEqualTo(143);
            assertThat(result.succeeded()).isFalse();
            assertThat(result.stdout()).isEqualTo("started\n");
            assertThat(Stubs.awaitDeath(pid)).as("double-forked sleep %d stopped", pid).isTrue();
        } finally {
            killQuietly(pid);
        }
    }

    @Test
    void aDoubleForkedGrandchildIsStoppedWhenTheRunIsInterrupted() throws Exception {
        Path pidFile = folder.resolve("interrupt.pid");
        SystemTask task = SystemTask.command("sh", "-c", doubleForked(pidFile) + "echo ready; exec sleep 30")
                .timeout(Duration.ofMinutes(1)).build();
        CountDownLatch ready = new CountDownLatch(1);
        RecordingListener listener = new RecordingListener(line -> ready.countDown());
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                runner.run(task, workspace, listener);
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "leftover interrupt worker");
        long pid = -1;
        try {
            worker.start();
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("the task printed ready").isTrue();
            pid = Stubs.awaitPid(pidFile);
            worker.interrupt();
            worker.join(TimeUnit.SECONDS.toMillis(30));

            assertThat(worker.isAlive()).isFalse();
            assertThat(thrown.get()).isInstanceOf(RunInterruptedException.class);
            assertThat(Stubs.awaitDeath(pid)).as("double-forked sleep %d stopped", pid).isTrue();
        } finally {
            worker.interrupt();
            killQuietly(pid);
        }
    }

    @Test
    void aProcessThatIgnoresSigtermIsKilled() throws Exception {
        Path pidFile = folder.resolve("stubborn.pid");
        SystemTask task = SystemTask.command("sh", "-c",
                "( sh -c 'trap \"\" TERM; echo $$ > \"" + pidFile + "\"; while :; do sleep 1; done' & ) ; "
                        + awaitFile(pidFile) + "echo done")
                .build();
        long pid = -1;
        try {
            TaskResult result = runner.run(task, workspace, ProtostarListener.none());
            pid = Stubs.awaitPid(pidFile);

            assertThat(result.succeeded()).isTrue();
            assertThat(Stubs.awaitDeath(pid)).as("sleep loop %d that ignores SIGTERM stopped", pid).isTrue();
        } finally {
            killQuietly(pid);
        }
    }

    @Test
    void withoutSetsidTheTreeIsStillStoppedOnTimeout() throws Exception {
        Path pidFile = folder.resolve("fallback.pid");
        SystemTask task = SystemTask.command("sh", "-c", "sh -c 'echo $$ > \"" + pidFile + "\"; exec sleep 30'")
                .timeout(Duration.ofSeconds(1)).build();
        long pid = -1;
        try {
            TaskResult result = runner.withoutSessions().run(task, workspace, ProtostarListener.none());
            pid = Stubs.awaitPid(pidFile);

            assertThat(result.timedOut()).isTrue();
            assertThat(result.exitCode()).isEqualTo(143);
            assertThat(Stubs.awaitDeath(pid)).isTrue();
        } finally {
            killQuietly(pid);
        }
    }

    @Test
    void aProgramSetsidCannotExecuteIsReportedAsNotStarted() throws Exception {
        Path broken = folder.resolve("broken");
        Files.writeString(broken, "#!/protostar/no/such/interpreter\n");
        Files.setPosixFilePermissions(broken, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        RecordingListener listener = new RecordingListener();

        TaskResult result = runner.run(SystemTask.command("./broken").build(), workspace, listener);

        assertThat(result.exitCode()).isEqualTo(127);
        assertThat(result.stderr()).startsWith("protostar: cannot start " + broken + ": ")
                .endsWith(". Check that it is a program this system can run.\n");
        assertThat(listener.lines).hasSize(1);
    }

    private static void killQuietly(long pid) {
        if (pid > 0) {
            Stubs.killQuietly(pid);
        }
    }
}
