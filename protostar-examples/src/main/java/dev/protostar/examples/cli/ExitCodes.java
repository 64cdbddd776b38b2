package dev.protostar.examples.cli;

/**
 * The exit codes the {@code protostar} command chooses itself. Bad usage exits with picocli's 2;
 * every failed run exits with its {@link dev.protostar.api.ProtostarException#exitCode()} (1, 65,
 * 69, 74, 75, 78 or 130; see that class), which follow {@code sysexits.h} where one fits.
 */
final class ExitCodes {

    /** The run completed, possibly with warnings or without anything to do. */
    static final int SUCCESS = 0;
    /** Protostar itself failed unexpectedly (sysexits EX_SOFTWARE); a crash report was printed. */
    static final int INTERNAL_ERROR = 70;

    private ExitCodes() {}
}
