package dev.protostar.core.process;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.exec.ExecuteWatchdog;
import org.apache.commons.exec.Watchdog;

/**
 * A commons-exec watchdog that, on timeout, stops everything the task started instead of only the
 * direct child (measured: with only the child killed, a grandchild holding the pipes made {@code
 * execute()} return seconds late). When the task runs in a session of its own, its whole process
 * group is signalled, which also reaches processes that left the process tree (a double-forked
 * daemon), and the group is stopped again whenever the task ends, so nothing it left in the
 * background outlives it; otherwise the process tree is walked. It remembers the process it was
 * given so the runner can also stop everything when its thread is interrupted, even if that happens
 * before the process started.
 */
final class TreeKillingWatchdog extends ExecuteWatchdog {

    private final boolean ownGroup;
    private Process process;
    private boolean killRequested;
    private boolean timedOut;
    private Exception startFailure;

    /**
     * @param timeout how long the task may run
     * @param ownGroup whether the process is the leader of a process group of its own
     */
    @SuppressWarnings("deprecation") // the builder cannot make subclasses; this is the only open constructor
    TreeKillingWatchdog(Duration timeout, boolean ownGroup) {
        super(timeout.toMillis());
        this.ownGroup = ownGroup;
    }

    @Override
    public synchronized void start(Process started) {
        this.process = started;
        super.start(started);
        if (killRequested) {
            killEverything(started);
        }
    }

    @Override
    public synchronized void timeoutOccured(Watchdog watchdog) {
        if (process != null && process.isAlive() && !killRequested) {
            timedOut = true;
            killEverything(process);
        }
        super.timeoutOccured(watchdog);
    }

    /** The process exited (the executor calls this right after): stop whatever it left running in its group. */
    @Override
    public synchronized void stop() {
        super.stop();
        if (ownGroup && process != null) {
            ProcessGroup.terminate(process.pid());
        }
    }

    @Override
    public synchronized void failedToStart(Exception cause) {
        startFailure = cause;
        super.failedToStart(cause);
    }

    /** Stops the process and everything it started now, or as soon as the process starts. */
    synchronized void killTree() {
        killRequested = true;
        if (process != null) {
            killEverything(process);
        }
    }

    private void killEverything(Process root) {
        if (ownGroup) {
            ProcessGroup.signalTerminate(root.pid()); // everyone at once, before the tree walk's snapshot
        }
        ProcessTree.kill(root.toHandle());
        if (ownGroup) {
            ProcessGroup.terminate(root.pid()); // what ignored SIGTERM, or left the tree, gets SIGKILL
        }
    }

    /** Whether the timeout expired while the process was still running. */
    synchronized boolean timedOut() {
        return timedOut;
    }

    /** Why the process could not be started, if it could not. */
    synchronized Optional<Exception> startFailure() {
        return Optional.ofNullable(startFailure);
    }

    /** The exit value, once the process has ended. */
    synchronized OptionalInt exitValue() {
        return process != null && !process.isAlive() ? OptionalInt.of(process.exitValue()) : OptionalInt.empty();
    }
}
