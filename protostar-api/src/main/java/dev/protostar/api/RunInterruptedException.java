package dev.protostar.api;

/** The run's thread was interrupted; running processes were stopped and the workspace restored. */
public final class RunInterruptedException extends ProtostarException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was going on when the interrupt arrived
     * @param cause the interrupt, or {@code null}
     */
    public RunInterruptedException(String message, Throwable cause) {
        super(message, null, cause);
    }

    /** 130 (128 + SIGINT), the conventional code for a run stopped by Ctrl-C. */
    @Override
    public int exitCode() {
        return 130;
    }
}
