package dev.protostar.api;

import java.util.Optional;

/**
 * The root of every error Protostar reports on purpose. Each subclass says what went wrong in
 * {@link #getMessage()}, what the user can do about it in {@link #hint()}, and which process exit
 * code a command-line front end should use in {@link #exitCode()}.
 *
 * <p>Exit codes follow {@code sysexits.h} where one fits:
 *
 * <table>
 *   <caption>Exit codes of the built-in exceptions</caption>
 *   <tr><th>code</th><th>name</th><th>exception</th></tr>
 *   <tr><td>1</td><td>failure</td><td>{@link CollisionAbortedException}, {@link ReadOnlyTargetException},
 *       {@link TaskFailedException} (the task failed), {@link TargetExistsException}</td></tr>
 *   <tr><td>2</td><td>bad usage</td><td>{@link InvalidArgumentException}</td></tr>
 *   <tr><td>65</td><td>EX_DATAERR</td><td>{@link ValidationException}, {@link UntrustedJournalException}</td></tr>
 *   <tr><td>69</td><td>EX_UNAVAILABLE</td><td>{@link PreflightException}</td></tr>
 *   <tr><td>74</td><td>EX_IOERR</td><td>{@link WorkspaceException}, {@link RollbackFailedException}</td></tr>
 *   <tr><td>75</td><td>EX_TEMPFAIL</td><td>{@link TaskFailedException} (the task timed out),
 *       {@link WorkspaceBusyException} (another run holds the workspace)</td></tr>
 *   <tr><td>78</td><td>EX_CONFIG</td><td>{@link ConfigurationException}</td></tr>
 *   <tr><td>130</td><td>128 + SIGINT</td><td>{@link RunInterruptedException}</td></tr>
 * </table>
 *
 * <p>Front ends reserve 0 (success), 2 (bad usage, which {@link InvalidArgumentException} shares) and 70
 * ({@code EX_SOFTWARE}, an internal error).
 */
public abstract class ProtostarException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What the user can do about the failure. */
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

    /**
     * The exit code a command-line front end uses for this error: 1 (a failed run) unless a
     * subclass says otherwise; see the table above.
     */
    public int exitCode() {
        return 1;
    }
}
