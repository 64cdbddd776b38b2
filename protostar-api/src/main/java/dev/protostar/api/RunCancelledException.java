package dev.protostar.api;

/**
 * The host asked the run to stop: the check given to the facade's {@code cancelWhen} (or an {@link
 * ExecutionContext#cancelRequested()}) returned {@code true}. Running processes were stopped with
 * their whole process trees and the workspace was restored before this was thrown; when the restore
 * was incomplete a {@link RollbackFailedException} is thrown instead, with this as its cause.
 *
 * <p>A check that throws instead of returning {@code true} (IntelliJ's {@code
 * ProcessCanceledException}) is not turned into this exception: its own exception comes out of the
 * run unchanged.
 */
public final class RunCancelledException extends ProtostarException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was going on when the cancellation was seen, and what was stopped
     * @param cause what led to it, or {@code null}
     */
    public RunCancelledException(String message, Throwable cause) {
        super(message, "Nothing is left to undo; run again when you want the changes.", cause);
    }

    /**
     * 130 (128 + SIGINT), as for {@link RunInterruptedException}: the run was stopped on request
     * and the workspace is as it was, which is what a script expects after Ctrl-C.
     */
    @Override
    public int exitCode() {
        return 130;
    }
}
