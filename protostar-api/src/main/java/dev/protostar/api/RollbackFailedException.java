package dev.protostar.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A run failed and restoring the workspace afterwards was incomplete: the listed paths could not
 * be put back as they were. The original failure is the {@link #getCause() cause}.
 */
public final class RollbackFailedException extends ProtostarException {

    private static final long serialVersionUID = 1L;

    private final transient List<WorkspacePath> notRestored;

    /**
     * @param notRestored every path that is not as it was before the run
     * @param cause the failure that triggered the rollback
     */
    public RollbackFailedException(List<WorkspacePath> notRestored, Throwable cause) {
        super("The run failed (" + cause.getMessage() + ") and these paths could not be restored: "
                        + notRestored.stream().map(WorkspacePath::toString).collect(Collectors.joining(", ")),
                "Inspect the listed paths by hand; everything else was restored.",
                cause);
        this.notRestored = List.copyOf(notRestored);
    }

    /**
     * 74, {@code EX_IOERR} in {@code sysexits.h}, whatever the original failure's code was.
     *
     * <p>Replaying the journal only writes, deletes and moves files, so an incomplete restore is an
     * input/output failure on the workspace. The code deliberately does not repeat the cause's
     * code: a script that sees 1, 65 or 75 may assume the folder is as it was and simply retry,
     * whereas here the listed paths need a person's attention first. 74 tells "the workspace is in
     * a state that needs looking at"; {@link #notRestored()} says where.
     */
    @Override
    public int exitCode() {
        return 74;
    }

    /** The paths that are not as they were before the run. */
    public List<WorkspacePath> notRestored() {
        return notRestored;
    }
}
