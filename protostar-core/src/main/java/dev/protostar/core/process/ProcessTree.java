package dev.protostar.core.process;

import java.util.ArrayList;
import java.util.List;

/**
 * Stops a process together with everything it started. Killing only the direct child is not
 * enough: a grandchild such as {@code sh -c "sleep 30"} keeps the output pipes open, and whoever
 * reads them waits until it exits on its own.
 */
final class ProcessTree {

    /** How long processes get to exit after a polite signal before they are killed forcibly. */
    private static final long GRACE_NANOS = 200_000_000L;
    private static final long POLL_MILLIS = 10;

    private ProcessTree() {}

    /**
     * Signals {@code root}, then its descendants (as they were just before), to terminate; whatever
     * is still alive after a short grace period is killed forcibly. The root goes first so that it
     * cannot go on with its script when a child it waits for dies before it does. Processes that
     * already left the tree (a daemon that detached itself) cannot be found and are not touched.
     */
    static void kill(ProcessHandle root) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root);
        tree.addAll(root.descendants().toList());
        tree.forEach(ProcessHandle::destroy);
        awaitExit(tree);
        for (ProcessHandle process : tree) {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
        // A child started between the snapshot and the signal is still attached to a live root.
        root.descendants().forEach(ProcessHandle::destroyForcibly);
        if (root.isAlive()) {
            root.destroyForcibly();
        }
    }

    private static void awaitExit(List<ProcessHandle> tree) {
        long deadline = System.nanoTime() + GRACE_NANOS;
        boolean interrupted = false;
        while (tree.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() - deadline < 0) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                // Finish the kill first; the caller's interrupt status is restored below.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
