package dev.protostar.examples.cli;

/** The exit codes of the {@code protostar} command. */
final class ExitCodes {

    /** The run completed, possibly with warnings. */
    static final int SUCCESS = 0;
    /** The run failed or was aborted; nothing was left half-done. */
    static final int FAILED = 1;
    /** The command line was wrong. */
    static final int USAGE = 2;
    /** Protostar itself failed unexpectedly (sysexits EX_SOFTWARE); a crash report was printed. */
    static final int INTERNAL_ERROR = 70;
    /** The run was interrupted (Ctrl-C). */
    static final int INTERRUPTED = 130;

    private ExitCodes() {}
}
