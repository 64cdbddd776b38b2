package dev.protostar.api;

/**
 * A workspace's run lock, obtained from {@link Workspace#lock(WorkspacePath)} and held until it is
 * closed. While one run holds it, every other attempt to lock the same workspace fails at once.
 */
public interface WorkspaceLock extends AutoCloseable {

    /**
     * Releases the lock and removes the files the lock keeps for itself, so that the folder that
     * holds them is as it was apart from that. A second call does nothing.
     *
     * @throws WorkspaceException when the lock's files cannot be removed; the lock is released anyway
     */
    @Override
    void close();
}
