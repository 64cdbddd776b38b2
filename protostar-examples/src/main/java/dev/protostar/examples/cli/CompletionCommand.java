package dev.protostar.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code protostar completion bash|zsh|fish}: prints a shell completion script for every command,
 * option and value protostar knows. bash and zsh get picocli's generated script (it turns on zsh's
 * bash-completion layer itself); fish gets {@link FishCompletion}'s, written from the same model.
 */
final class CompletionCommand implements Runnable {

    static final List<String> SHELLS = List.of("bash", "zsh", "fish");

    private CommandSpec spec;

    private String shell;

    /** The command-line model of {@code completion} (see {@link CliModel}). */
    CommandSpec model() {
        CommandSpec model = CliModel.command(this, "completion", new VersionProvider());
        model.usageMessage()
                .description("Print a completion script for SHELL (bash, zsh or fish) on standard output.")
                .footer("%nPut the script in (then open a new shell):",
                        "  bash  ~/.local/share/bash-completion/completions/protostar",
                        "  zsh   a file that ~/.zshrc sources, e.g. ~/.zfunc/protostar-completion.zsh",
                        "  fish  ~/.config/fish/completions/protostar.fish");
        model.addPositional(PositionalParamSpec.builder().index("0").arity("1").required(true).paramLabel("SHELL")
                .type(String.class).description("bash, zsh or fish.").completionCandidates(SHELLS)
                .setter(new CliModel.Setter(value -> shell = (String) value)).build());
        CliModel.addStandardHelpOptions(model);
        spec = model;
        return model;
    }

    /**
     * picocli's script with the {@code --no-} form of each negatable flag beside its positive form:
     * picocli lists only the names an option was declared with ({@code --ruff}), so without this
     * bash and zsh would never offer {@code --no-ruff}.
     */
    static String withNegatedForms(String script, CommandSpec root) {
        StringBuilder result = new StringBuilder(script);
        for (var entry : root.subcommands().entrySet()) {
            int function = result.indexOf("function _picocli_" + root.name() + "_" + entry.getKey() + "() {");
            int flags = function < 0 ? -1 : result.indexOf("  local flag_opts=\"", function);
            if (flags < 0) {
                continue;
            }
            int end = result.indexOf("\n", flags);
            String line = result.substring(flags, end);
            for (var option : entry.getValue().getCommandSpec().options()) {
                if (option.negatable() && option.longestName().startsWith("--")) {
                    String name = "'" + option.longestName() + "'";
                    line = line.replace(name, name + " '--no-" + option.longestName().substring(2) + "'");
                }
            }
            result.replace(flags, end, line);
        }
        return result.toString();
    }

    /** Prints the script for the shell asked for; any other shell is a usage error. */
    @Override
    public void run() {
        CommandSpec root = spec.root();
        String script = switch (shell) {
            case "bash", "zsh" -> withNegatedForms(AutoComplete.bash(root.name(), root.commandLine()), root);
            case "fish" -> FishCompletion.script(root);
            default -> throw new ParameterException(spec.commandLine(),
                    "Unknown shell '" + shell + "'; completion scripts exist for bash, zsh and fish.");
        };
        PrintWriter out = spec.commandLine().getOut();
        out.print(script);
        out.flush();
    }
}
