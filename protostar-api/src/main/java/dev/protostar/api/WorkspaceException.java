package dev.protostar.api;

import java.util.Optional;

/**
 * A file-system operation on the workspace failed; the message names the path and the cause. The
 * one subclass, {@link WorkspaceBusyException}, says another run holds the workspace.
 */
public sealed class WorkspaceException extends ProtostarException permits WorkspaceBusyException {

    private static final long serialVersionUID = 1L;

    private final transient WorkspacePath path;

    /**
     * @param path the path the operation was about, or {@code null} for the workspace itself
     * @param message what failed
     * @param hint what to do, or {@code null}
     * @param cause the I/O error, or {@code null}
     */
    public WorkspaceException(WorkspacePath path, String message, String hint, Throwable cause) {
        super(message, hint, cause);
        this.path = path;
    }

    /** 74, {@code EX_IOERR} in {@code sysexits.h}: an input/output error on the workspace. */
    @Override
    public int exitCode() {
        return 74;
    }

    /** The path the failed operation was about, if any. */
    public Optional<WorkspacePath> path() {
        return Optional.ofNullable(path);
    }
}
