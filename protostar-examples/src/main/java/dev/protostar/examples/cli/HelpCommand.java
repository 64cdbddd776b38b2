package dev.protostar.examples.cli;

import java.util.Iterator;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code protostar help [COMMAND]}: the same text as {@code protostar --help} or {@code protostar
 * COMMAND --help}. Built like the other commands, without picocli's annotated HelpCommand, whose
 * annotations would cost every start of the tool their reflection.
 */
final class HelpCommand implements Runnable {

    private CommandSpec spec;

    private String topic;

    /** The command-line model of {@code help} (see {@link CliModel}). */
    CommandSpec model() {
        CommandSpec model = CliModel.command(this, "help", new VersionProvider());
        model.helpCommand(true);
        model.usageMessage().description("Show the help of protostar, or of COMMAND (the same as COMMAND --help).");
        model.addPositional(PositionalParamSpec.builder().index("0").arity("0..1").paramLabel("COMMAND")
                .type(String.class).description("The command to explain: init, sync, status, diff, eject, generate, config, completion or help.")
                .completionCandidates(this::commandNames)
                .setter(new CliModel.Setter(value -> topic = (String) value)).build());
        CliModel.addStandardHelpOptions(model);
        spec = model;
        return model;
    }

    /** The names of the commands beside this one, read when a completion script asks for them. */
    private Iterator<String> commandNames() {
        return spec.parent().subcommands().keySet().iterator();
    }

    /** Prints the help asked for on standard output; an unknown COMMAND is a usage error. */
    @Override
    public void run() {
        CommandLine parent = spec.parent().commandLine();
        CommandLine command = topic == null ? parent : parent.getSubcommands().get(topic);
        if (command == null) {
            throw new ParameterException(spec.commandLine(), "Unknown command '" + topic + "'; the commands are "
                    + String.join(", ", parent.getSubcommands().keySet()) + ".");
        }
        command.usage(spec.commandLine().getOut(), command.getColorScheme());
        spec.commandLine().getOut().flush();
    }
}
