package dev.protostar.api;

import java.util.Optional;

/**
 * The root of every error Protostar reports on purpose. Each subclass says what went wrong in
 * {@link #getMessage()}, what the user can do about it in {@link #hint()}, and which process exit
 * code a command-line front end should use in {@link #exitCode()}.
 */
public abstract class ProtostarException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String hint;

    /**
     * @param message what went wrong, naming the file (and line) where there is one
     * @param hint what the user can do next, or {@code null}
     * @param cause the underlying error, or {@code null}
     */
    protected ProtostarException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    /** What the user can do next, when there is something useful to say. */
    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }

    /** The exit code a command-line front end uses for this error: 1 unless a subclass says otherwise. */
    public int exitCode() {
        return 1;
    }
}
