package dev.protostar.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * An unexpected error while a command ran: a crash report on standard error, exit code 70, and,
 * with {@code --json}, an {@code INTERNAL_ERROR} document on standard output.
 */
final class CrashHandler implements IExecutionExceptionHandler {

    private final List<String> args;
    private final boolean json;
    private final Supplier<Optional<Path>> workspace;

    /**
     * @param args the raw command line, for the crash report and to find {@code --json}
     * @param workspace the project folder, once the command resolved it
     */
    CrashHandler(List<String> args, Supplier<Optional<Path>> workspace) {
        this.args = List.copyOf(args);
        this.json = JsonMode.requested(args);
        this.workspace = workspace;
    }

    @Override
    public int handleExecutionException(Exception error, CommandLine commandLine, ParseResult parseResult) {
        return report(error, commandLine.getOut(), commandLine.getErr());
    }

    /** Prints the crash report (and the JSON document) for {@code error}; returns 70. */
    int report(Throwable error, PrintWriter out, PrintWriter err) {
        err.println(CrashReport.render(error, args, VersionProvider.version()));
        err.flush();
        if (json) {
            JsonReport.internalError(error, workspace.get().orElse(null)).writeTo(out);
        }
        return ExitCodes.INTERNAL_ERROR;
    }
}
