package dev.protostar.examples.cli;

import dev.protostar.Protostar;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code protostar config}: creates the global configuration file when it is missing (every
 * setting documented and commented out), then opens it in {@code $VISUAL} or {@code $EDITOR}.
 */
final class ConfigCommand implements Callable<Integer> {

    private static final int EDITOR_FAILED = 1;
    private static final int IO_ERROR = 74;
    private static final int EDITOR_NOT_STARTED = 78;
    private static final int INTERRUPTED = 130;

    CommandSpec spec;

    ConfigOptions configOptions = new ConfigOptions();

    boolean pathOnly;

    private final Map<String, String> environment;
    private final Path workingDirectory;

    ConfigCommand(Map<String, String> environment, Path workingDirectory) {
        this.environment = environment;
        this.workingDirectory = workingDirectory;
    }

    /** The command-line model of {@code config}, bound to this object's fields (see {@link CliModel}). */
    CommandSpec model() {
        CommandSpec model = CliModel.command(this, "config", new VersionProvider());
        model.usageMessage()
                .description("Create the global configuration file when it is missing, then open it in $VISUAL or $EDITOR.",
                        "The file documents every setting; a project's .protostar.toml takes the same keys and wins"
                                + " over it.")
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(CliModel.exitCodes(
                        "0:success (or no editor set: the path is printed)",
                        "1:the editor exited with a non-zero status",
                        "2:bad usage",
                        "74:the file could not be created (EX_IOERR)",
                        "78:the editor could not be started (EX_CONFIG)",
                        "130:interrupted while waiting for the editor"));
        configOptions.addTo(model);
        model.addOption(CliModel.flag(CliModel.names("--path"),
                "Print the path of the configuration file and nothing else.", value -> pathOnly = value));
        CliModel.addStandardHelpOptions(model);
        spec = model;
        return model;
    }

    /** Creates the file when missing and opens it; with {@code --path}, prints the path only. */
    @Override
    public Integer call() {
        if (configOptions.ignoreFiles) {
            throw new ParameterException(spec.commandLine(),
                    "--no-config does not apply to `protostar config`; use --config PATH to choose the file.");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path file = configOptions.globalFile(environment, workingDirectory);
        if (pathOnly) {
            out.println(file);
            return ExitCodes.SUCCESS;
        }
        if (!Files.exists(file)) {
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(file, Protostar.configTemplate(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("ABORTED: cannot create the configuration file " + file + ": "
                        + e.getClass().getSimpleName() + " " + e.getMessage() + ".");
                err.println("  hint: check the folder's permissions, or choose another file with --config PATH.");
                return IO_ERROR;
            }
            out.println("Created " + file + "; every setting in it is commented out until you remove its #.");
        }
        Optional<List<String>> editor = editor();
        if (editor.isEmpty()) {
            out.println("Configuration file: " + file);
            out.println("No editor is set. Open the file yourself, or set one (for example `export EDITOR=nano`)"
                    + " and run `protostar config` again.");
            return ExitCodes.SUCCESS;
        }
        return edit(editor.get(), file, out, err);
    }

    /** {@code $VISUAL}, else {@code $EDITOR}, split on whitespace; empty when neither is set. */
    private Optional<List<String>> editor() {
        for (String variable : List.of("VISUAL", "EDITOR")) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return Optional.of(Arrays.asList(value.strip().split("\\s+")));
            }
        }
        return Optional.empty();
    }

    private int edit(List<String> editor, Path file, PrintWriter out, PrintWriter err) {
        List<String> command = new ArrayList<>(editor);
        command.add(file.toString());
        out.println("Opening " + file + " with " + String.join(" ", editor) + " ...");
        out.flush();
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(environment);
        int status;
        try {
            status = builder.start().waitFor();
        } catch (IOException e) {
            err.println("ABORTED: cannot start the editor `" + String.join(" ", editor) + "`: " + e.getMessage() + ".");
            err.println("  hint: set VISUAL or EDITOR to a program on your PATH, or edit " + file + " yourself.");
            return EDITOR_NOT_STARTED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("Interrupted while waiting for the editor; " + file + " is as the editor left it.");
            return INTERRUPTED;
        }
        if (status != 0) {
            err.println("The editor `" + String.join(" ", editor) + "` exited with status " + status + ".");
            return EDITOR_FAILED;
        }
        out.println("The editor exited with status 0.");
        return ExitCodes.SUCCESS;
    }
}
