package dev.protostar.api;

/**
 * Another run holds the workspace's run lock ({@link Workspace#lock(WorkspacePath)}), so this run
 * did not start; nothing was changed. Unlike the other {@link WorkspaceException}s this is no
 * input/output error: trying again once the other run has finished will work, hence exit code 75.
 */
public final class WorkspaceBusyException extends WorkspaceException {

    private static final long serialVersionUID = 1L;

    /**
     * @param path the lock's file or folder, or {@code null} when the lock lives in the workspace object
     * @param message which workspace is busy and, when known, who holds it (for a folder: the
     *     holder's process id, start time and host, or "this process" only when all three are this one's)
     * @param hint what to do, or {@code null}
     */
    public WorkspaceBusyException(WorkspacePath path, String message, String hint) {
        super(path, message, hint, null);
    }

    /** 75, {@code EX_TEMPFAIL} in {@code sysexits.h}: a temporary failure; trying again later may work. */
    @Override
    public int exitCode() {
        return 75;
    }
}
