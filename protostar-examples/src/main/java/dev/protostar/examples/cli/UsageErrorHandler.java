package dev.protostar.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Bad usage: on standard error the one offending line, a "did you mean" when a misspelt command or
 * option is close to a real one ({@link SpellingSuggestions}), and where to find the options — not
 * the whole help; exit code 2. With {@code --json}, a {@code USAGE_ERROR} document on standard
 * output as well.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    private final boolean json;

    /** @param args the raw command line, searched for {@code --json} */
    UsageErrorHandler(List<String> args) {
        this.json = JsonMode.requested(args);
    }

    @Override
    public int handleParseException(ParameterException error, String[] args) {
        CommandLine commandLine = error.getCommandLine();
        CommandSpec spec = commandLine.getCommandSpec();
        String line = offendingLine(error, spec);
        PrintWriter err = commandLine.getErr();
        err.println(line);
        suggestions(error, spec).ifPresent(names -> err.println("Did you mean " + String.join(" or ", names) + "?"));
        err.println(pointer(spec));
        err.flush();
        int exitCode = spec.exitCodeOnInvalidInput();
        if (json) {
            JsonReport.usageError(line, spec.qualifiedName(), exitCode).writeTo(commandLine.getOut());
        }
        return exitCode;
    }

    /** What is wrong, on one line; an unknown word where a command belongs is called an unknown command. */
    private static String offendingLine(ParameterException error, CommandSpec spec) {
        if (error instanceof UnmatchedArgumentException unmatched && !unmatched.isUnknownOption()
                && !spec.subcommands().isEmpty() && !unmatched.getUnmatched().isEmpty()) {
            return "Unknown command: '" + unmatched.getUnmatched().get(0) + "'";
        }
        String message = error.getMessage();
        return message == null ? "Bad usage." : message.strip().lines().findFirst().orElse("Bad usage.");
    }

    /** The names closest to the first word picocli could not match, when any is close enough. */
    private static Optional<List<String>> suggestions(ParameterException error, CommandSpec spec) {
        if (!(error instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return Optional.empty();
        }
        String word = unmatched.getUnmatched().get(0);
        List<String> names = !word.startsWith("-") && !spec.subcommands().isEmpty()
                ? SpellingSuggestions.commands(spec, word)
                : SpellingSuggestions.options(spec, word);
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }

    /** Where the full help is: the command's options, or the list of commands. */
    static String pointer(CommandSpec spec) {
        return spec.subcommands().isEmpty()
                ? "Run '" + spec.qualifiedName() + " --help' for the options."
                : "Run '" + spec.qualifiedName() + " --help' for the commands.";
    }
}
