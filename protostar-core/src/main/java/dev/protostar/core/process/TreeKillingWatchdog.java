package dev.protostar.core.process;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.exec.ExecuteWatchdog;
import org.apache.commons.exec.Watchdog;

/**
 * A commons-exec watchdog that, on timeout, stops the whole process tree instead of only the
 * direct child (measured: with only the child killed, a grandchild holding the pipes made
 * {@code execute()} return seconds late). It remembers the process it was given so the runner can
 * also stop the tree when its thread is interrupted, even if that happens before the process
 * started.
 */
final class TreeKillingWatchdog extends ExecuteWatchdog {

    private Process process;
    private boolean killRequested;
    private boolean timedOut;
    private Exception startFailure;

    @SuppressWarnings("deprecation") // the builder cannot make subclasses; this is the only open constructor
    TreeKillingWatchdog(Duration timeout) {
        super(timeout.toMillis());
    }

    @Override
    public synchronized void start(Process started) {
        this.process = started;
        super.start(started);
        if (killRequested) {
            ProcessTree.kill(started.toHandle());
        }
    }

    @Override
    public synchronized void timeoutOccured(Watchdog watchdog) {
        if (process != null && process.isAlive() && !killRequested) {
            timedOut = true;
            ProcessTree.kill(process.toHandle());
        }
        super.timeoutOccured(watchdog);
    }

    @Override
    public synchronized void failedToStart(Exception cause) {
        startFailure = cause;
        super.failedToStart(cause);
    }

    /** Stops the process tree now, or as soon as the process starts. */
    synchronized void killTree() {
        killRequested = true;
        if (process != null) {
            ProcessTree.kill(process.toHandle());
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
