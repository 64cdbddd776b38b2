package dev.protostar.api;

/**
 * An argument given to Protostar is not one it can use: an unknown generator, a class name that is
 * not a C++ identifier, a board it does not know. Nothing was written. The message names the
 * argument and its value; the hint says what is accepted.
 */
public final class InvalidArgumentException extends ProtostarException {

    private static final long serialVersionUID = 1L;

    private final String argument;
    private final String value;

    /**
     * @param argument what the argument is, such as {@code "board"}
     * @param value the value that was given
     * @param reason why it cannot be used
     * @param hint what is accepted, or {@code null}
     */
    public InvalidArgumentException(String argument, String value, String reason, String hint) {
        super("Invalid " + argument + " \"" + value + "\": " + reason, hint, null);
        this.argument = argument;
        this.value = value;
    }

    /** 2: bad usage, as a command line reports it. */
    @Override
    public int exitCode() {
        return 2;
    }

    /** What the argument is, such as {@code "board"}. */
    public String argument() {
        return argument;
    }

    /** The value that was refused. */
    public String value() {
        return value;
    }
}
