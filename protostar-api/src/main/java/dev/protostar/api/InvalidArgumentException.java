package dev.protostar.api;

/**
 * An argument given to Protostar is not one it can use: an unknown generator, a class name that is
 * not a C++ identifier, a board it does not know. Nothing was written. The message names the
 * argument and its value; the hint says what is accepted.
 */
public final class InvalidArgumentException extends ProtostarException {

    private static final long serialVersionUID = 1L;

    /** The option or parameter that was given a value it cannot take. */
    private final String argument;
    /** The value that was refused, as given. */
    private final String value;

    /**
     * @param argument what the argument is, such as {@code "board"}
     * @param value the value that was given
     * @param reason why it cannot be used
     * @param hint what is accepted, or {@code null}
     */
    public InvalidArgumentException(String argument, String value, String reason, String hint) {
        super("Invalid " + argument + " \"" + printable(value) + "\": " + reason, hint, null);
        this.argument = argument;
        this.value = value;
    }

    /** The value with line breaks, NULs and other control characters written as escapes, so a message stays one line. */
    static String printable(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
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
