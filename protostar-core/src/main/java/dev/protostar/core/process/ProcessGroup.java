package dev.protostar.core.process;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Signals a whole process group: a task started in a session of its own (see {@link
 * SessionLauncher}) is the leader of a group whose id is its pid, and everything it starts stays in
 * that group unless it deliberately leaves, even a "double-forked" grandchild whose parent exited
 * and that is no longer among the task's descendants. Java cannot signal a group, so the POSIX
 * shell's {@code kill -s SIGNAL -- -PGID} does it: the kernel delivers the signal to every member at
 * once, so a member cannot escape by forking while the group is being enumerated.
 *
 * <p>The group id stays reserved while any member lives (Linux does not hand out a pid that is still
 * some group's id), so signalling it after the leader has exited reaches only what the task left.
 */
final class ProcessGroup {

    /** The shell whose {@code kill} builtin signals groups; POSIX systems have it at this path. */
    static final Path SHELL = Path.of("/bin/sh");

    /** How long members get to exit after SIGTERM before they are killed with SIGKILL. */
    private static final long GRACE_NANOS = 200_000_000L;
    private static final long POLL_MILLIS = 20;

    private ProcessGroup() {}

    /**
     * Sends SIGTERM to every member of group {@code id}; whatever is still there after a short grace
     * period gets SIGKILL. Returns at once when the group has no member. The caller's interrupt status
     * is kept, but does not cut the kill short.
     */
    static void terminate(long id) {
        boolean interrupted = Thread.interrupted();
        try {
            if (!signal("TERM", id)) {
                return; // no member left
            }
            long deadline = System.nanoTime() + GRACE_NANOS;
            while (signal("0", id) && System.nanoTime() - deadline < 0) {
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            signal("KILL", id);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Sends SIGTERM to every member of group {@code id} without waiting; returns whether it had one. */
    static boolean signalTerminate(long id) {
        boolean interrupted = Thread.interrupted();
        try {
            return signal("TERM", id);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** {@code kill -s signal -- -id}; whether it reached a member. Must run with the interrupt status clear. */
    private static boolean signal(String signal, long id) {
        ProcessBuilder builder = new ProcessBuilder(SHELL.toString(), "-c", "kill -s " + signal + " -- -" + id)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear(); // the builtin needs nothing, and a user's variables are not the shell's business
        boolean interrupted = false;
        try {
            Process kill = builder.start();
            while (true) {
                try {
                    return kill.waitFor() == 0;
                } catch (InterruptedException e) {
                    interrupted = true; // a half-done kill would leave the group running: finish it
                }
            }
        } catch (IOException e) {
            return false;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
