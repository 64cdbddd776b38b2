package dev.protostar.api;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Run in a separate JVM by {@link PathWorkspaceLockTest}: takes the run lock of a folder and prints
 * {@code LOCKED}, or prints {@code HELD <message>}. With {@code hold}, keeps the lock until its
 * standard input ends.
 */
public final class LockProbeMain {

    private LockProbeMain() {}

    public static void main(String[] args) throws IOException {
        Workspace workspace = Workspace.at(Path.of(args[0]));
        WorkspaceLock lock;
        try {
            lock = workspace.lock(WorkspacePath.of(".protostar"));
        } catch (WorkspaceException e) {
            System.out.println("HELD " + e.getMessage());
            return;
        }
        System.out.println("LOCKED pid " + ProcessHandle.current().pid());
        System.out.flush();
        if (args.length > 1 && args[1].equals("hold")) {
            while (System.in.read() >= 0) {
                // hold the lock until the parent closes our input (or kills us)
            }
        }
        lock.close();
    }
}
