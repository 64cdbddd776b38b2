package dev.protostar.examples.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * Bad usage: picocli's own handling (message and usage help on standard error, exit code 2), then,
 * with {@code --json}, a {@code USAGE_ERROR} document on standard output.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    private final IParameterExceptionHandler standard;
    private final boolean json;

    /**
     * @param standard picocli's handler, which prints the message and the usage help
     * @param args the raw command line, searched for {@code --json}
     */
    UsageErrorHandler(IParameterExceptionHandler standard, List<String> args) {
        this.standard = standard;
        this.json = JsonMode.requested(args);
    }

    @Override
    public int handleParseException(ParameterException error, String[] args) throws Exception {
        int exitCode = standard.handleParseException(error, args);
        if (json) {
            CommandLine commandLine = error.getCommandLine();
            JsonReport.usageError(error.getMessage(), commandLine.getCommandSpec().qualifiedName(), exitCode)
                    .writeTo(commandLine.getOut());
        }
        return exitCode;
    }
}
