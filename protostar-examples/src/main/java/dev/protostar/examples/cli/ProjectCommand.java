package dev.protostar.examples.cli;

import dev.protostar.Protostar;
import dev.protostar.api.ConflictChoice;
import dev.protostar.api.JournalKey;
import dev.protostar.api.ProtostarException;
import dev.protostar.api.SyncConflict;
import dev.protostar.api.WorkspacePath;
import dev.protostar.api.ProjectStatus;
import dev.protostar.api.ProtostarConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * What {@code sync}, {@code status}, {@code diff} and {@code eject} share: the project folder, the
 * configuration files, {@code --json}, {@code -v}, the builder of a tracked project, and how errors
 * and conflicts are printed.
 */
final class ProjectCommand {

    /** The exit code of a sync that left conflicts, and of {@code sync --check} when the project is not in step. */
    static final int NOT_IN_STEP = 1;

    Path directory;
    boolean json;
    boolean verbose;
    final ConfigOptions configOptions = new ConfigOptions();

    private final Map<String, String> environment;
    private final Path workingDirectory;

    ProjectCommand(Map<String, String> environment, Path workingDirectory) {
        this.environment = environment;
        this.workingDirectory = workingDirectory;
    }

    /** Adds {@code --dir}, the configuration options, {@code --json} and {@code -v} to {@code model}. */
    void addTo(CommandSpec model) {
        model.addOption(CliModel.value("--dir", "DIR", Path.class,
                "The project folder (default: the current folder).", value -> directory = value));
        configOptions.addTo(model);
        model.addOption(CliModel.flag(CliModel.names(JsonMode.OPTION),
                "Print one JSON document (api_version 1) on standard output and nothing else there;"
                        + " messages go to standard error.", value -> json = value));
        model.addOption(CliModel.flag(CliModel.names("-v", "--verbose"), "Show stack traces with errors.",
                value -> verbose = value));
    }

    /** The project folder; a usage error when it is not an existing folder. */
    Path target(CommandSpec spec) {
        Path target = workingDirectory.resolve(directory != null ? directory : Path.of("")).normalize();
        if (!Files.isDirectory(target)) {
            throw new ParameterException(spec.commandLine(), "No such project folder: " + target
                    + ". Give an existing folder with --dir, or create the project with `protostar init`.");
        }
        return target;
    }

    /** A builder on {@code target} with the configuration, this user's journal key and the real runner. */
    Protostar.Builder builder(Path target, PrintWriter err) {
        ProtostarConfig config = configOptions.load(environment, workingDirectory, target,
                warning -> err.println("warning: " + warning));
        err.flush();
        return Protostar.builder()
                .config(config)
                .workspace(target)
                .journalKey(JournalKey.forUser(environment))
                .processRunner(Protostar.localRunner(environment))
                .binaryLocator(Protostar.binaryLocatorOnPath(environment));
    }

    /**
     * The status of the project in {@code target}, as {@code status} and {@code diff} show it: a plan
     * that no missing program can stop, since it starts none.
     */
    ProjectStatus status(Path target, PrintWriter err) {
        return builder(target, err).binaryLocator(program -> true).status();
    }

    /** The environment of this command line. */
    Map<String, String> environment() {
        return environment;
    }

    /** Prints {@code e} as every command does: {@code ABORTED: message}, the hint, the stack trace with -v. */
    void printError(PrintWriter err, ProtostarException e) {
        err.println("ABORTED: " + e.getMessage());
        e.hint().ifPresent(hint -> err.println("  hint: " + hint));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
    }

    /**
     * Reports a failed command as every project command does: the error on standard error, and with
     * {@code --json} the failure document on standard output.
     *
     * @return the exit code
     */
    int failed(PrintWriter out, PrintWriter err, Path target, ProtostarException e) {
        printError(err, e);
        if (json) {
            JsonReport.failure(e, target).writeTo(out);
        }
        return e.exitCode();
    }

    /**
     * Applies {@code --resolve ID=CHOICE} and {@code --resolve PATH:KEY=CHOICE} values to {@code
     * builder}; a usage error names a malformed one.
     */
    static void applyDecisions(CommandSpec spec, List<String> decisions, Protostar.Builder builder) {
        for (String decision : decisions) {
            int equals = decision.lastIndexOf('=');
            String conflict = equals < 0 ? "" : decision.substring(0, equals).strip();
            String choice = equals < 0 ? "" : decision.substring(equals + 1).strip();
            ConflictChoice chosen = ConflictChoice.parse(choice).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "Invalid value for option '--resolve': '" + decision + "' is not ID=CHOICE;"
                            + " CHOICE is local, desired or both, ID a conflict id (c-…) or PATH:KEY as"
                            + " `protostar status` prints it."));
            if (conflict.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "Invalid value for option '--resolve': '" + decision
                        + "' names no conflict; write ID=" + chosen.id() + ".");
            }
            builder.resolve(conflict, chosen);
        }
    }

    /** Applies {@code --restore PATH} values; a usage error names a path that is not a project path. */
    static void applyRestores(CommandSpec spec, List<String> paths, Protostar.Builder builder) {
        for (String path : paths) {
            try {
                builder.restore(WorkspacePath.of(path));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "Invalid value for option '--restore': " + e.getMessage());
            }
        }
    }

    /** One conflict with the exact options that decide it, as the human output lists them. */
    static void printConflicts(PrintWriter out, List<SyncConflict> conflicts) {
        if (conflicts.isEmpty()) {
            return;
        }
        out.println((conflicts.size() == 1 ? "1 conflict" : conflicts.size() + " conflicts")
                + " left as you had them; decide each and run `protostar sync` again:");
        for (SyncConflict conflict : conflicts) {
            out.println("  " + conflict.address() + " (" + conflict.kind() + "): yours "
                    + conflict.local().orElse("(removed)") + ", Protostar's "
                    + conflict.desired().orElse("(no longer wanted)"));
            out.println("      protostar sync " + conflict.resolveOption(ConflictChoice.LOCAL) + "    # keep yours");
            out.println("      protostar sync " + conflict.resolveOption(ConflictChoice.DESIRED)
                    + "  # take Protostar's");
        }
        out.flush();
    }
}
