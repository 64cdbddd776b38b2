package dev.protostar.api;

/**
 * An existing file that Protostar would edit cannot be understood (for example, a TOML syntax
 * error), or a target is not something Protostar may write. The message reads {@code
 * path:line:column: detail}; nothing was written.
 */
public final class ValidationException extends ProtostarException {

    private static final long serialVersionUID = 1L;

    private final transient WorkspacePath path;
    /** The 1-based line of the problem, or 0 when the position is unknown. */
    private final int line;
    /** The 1-based column of the problem, or 0 when the position is unknown. */
    private final int column;
    /** What is wrong at that position. */
    private final String detail;

    /**
     * @param path the offending file
     * @param line 1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param detail what is wrong at that place
     * @param hint what to do, or {@code null} for the default advice
     */
    public ValidationException(WorkspacePath path, int line, int column, String detail, String hint) {
        super(location(path, line, column) + ": " + detail,
                hint != null ? hint : "Fix " + path + " (or move it aside) and run again; nothing was changed.",
                null);
        this.path = path;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    private static String location(WorkspacePath path, int line, int column) {
        if (line <= 0) {
            return path.toString();
        }
        return path + ":" + line + (column > 0 ? ":" + column : "");
    }

    /** 65, {@code EX_DATAERR} in {@code sysexits.h}: the input data (an existing file) was incorrect. */
    @Override
    public int exitCode() {
        return 65;
    }

    /** The offending file. */
    public WorkspacePath path() {
        return path;
    }

    /** 1-based line of the problem, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** The problem without its location. */
    public String detail() {
        return detail;
    }
}
