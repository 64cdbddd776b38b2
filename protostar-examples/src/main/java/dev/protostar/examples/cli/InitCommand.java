package dev.protostar.examples.cli;

import dev.protostar.Protostar;
import dev.protostar.api.ProtostarException;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.core.process.CommonsExecProcessRunner;
import dev.protostar.modules.python.PackageManager;
import dev.protostar.modules.python.PythonOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code protostar init}: scaffolds or updates the environment in a folder. */
@Command(name = "init",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Scaffold (or bring up to date) a developer environment in a folder.",
            "Nothing is written until every check passed; a failed run leaves the folder as it was."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success (also with warnings)",
            "1:the run failed or was aborted; nothing was left half-done",
            "2:bad usage",
            "70:internal error (a crash report is printed)",
            "130:interrupted"
        })
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-p", "--python"}, description = "Set up a Python project (uv by default).")
    boolean python;

    @Option(names = "--python-version", paramLabel = "VERSION",
            description = "Python version as major.minor (default: 3.13 for uv; python3 on the PATH for pip).")
    String pythonVersion;

    @Option(names = "--package-manager", paramLabel = "uv|pip", description = "Python package manager (default: uv).")
    String packageManager;

    @Option(names = "--ruff", negatable = true,
            description = "Add Ruff settings and the ruff dev dependency (default: on with --python).")
    Boolean ruff;

    @Option(names = {"-f", "--force"},
            description = "Merge into existing project files instead of aborting; your values are kept.")
    boolean force;

    @Option(names = "--dir", paramLabel = "DIR", description = "The project folder (default: the current folder); created when missing.")
    Path directory;

    @Option(names = {"-v", "--verbose"}, description = "Show task output, timings and stack traces.")
    boolean verbose;

    private final Map<String, String> environment;
    private final Path workingDirectory;

    InitCommand(Map<String, String> environment, Path workingDirectory) {
        this.environment = environment;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<PythonOptions> pythonOptions = pythonOptions();
        Path target = workingDirectory.resolve(directory != null ? directory : Path.of("")).normalize();
        boolean createdTarget = createIfMissing(target);
        out.println("protostar " + VersionProvider.version() + " in " + target);
        try {
            Protostar.Builder builder = Protostar.builder()
                    .workspace(target)
                    .processRunner(CommonsExecProcessRunner.withEnvironment(environment))
                    .listener(new ConsoleProgress(out, verbose));
            pythonOptions.ifPresent(builder::python);
            if (Boolean.TRUE.equals(ruff)) {
                builder.ruff();
            } else if (Boolean.FALSE.equals(ruff)) {
                builder.noRuff();
            }
            if (force) {
                builder.force();
            }
            RunReport report = builder.run();
            printSummary(out, report);
            return ExitCodes.SUCCESS;
        } catch (ProtostarException e) {
            removeIfEmpty(target, createdTarget);
            err.println("ABORTED: " + e.getMessage());
            e.hint().ifPresent(hint -> err.println("  hint: " + hint));
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return e.exitCode();
        }
    }

    private Optional<PythonOptions> pythonOptions() {
        if (!python) {
            if (pythonVersion != null || packageManager != null) {
                throw new ParameterException(spec.commandLine(),
                        "--python-version and --package-manager only apply together with --python (-p).");
            }
            return Optional.empty();
        }
        try {
            PackageManager manager = packageManager == null ? PackageManager.UV : PackageManager.parse(packageManager);
            return Optional.of(new PythonOptions(manager, Optional.ofNullable(pythonVersion)));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void printSummary(PrintWriter out, RunReport report) {
        long files = report.changes().size();
        String counts = files + (files == 1 ? " change, " : " changes, ") + report.tasks().size()
                + (report.tasks().size() == 1 ? " task" : " tasks") + " in " + report.totalDuration().toMillis() + " ms";
        if (report.status() == RunStatus.PARTIAL_SUCCESS) {
            out.println("PARTIAL SUCCESS: " + counts + ", with " + report.warnings().size()
                    + (report.warnings().size() == 1 ? " warning:" : " warnings:"));
            report.warnings().forEach(w -> out.println("  - " + w));
        } else if (report.status() == RunStatus.NO_CHANGES) {
            out.println("SUCCESS: nothing to do; the environment is already up to date.");
        } else {
            out.println("SUCCESS: " + counts + ".");
        }
        if (!report.kept().isEmpty()) {
            out.println("Kept your existing values for: "
                    + String.join(", ", report.kept().stream().map(Object::toString).toList()));
        }
        out.flush();
    }

    private boolean createIfMissing(Path target) {
        if (Files.isDirectory(target)) {
            return false;
        }
        try {
            Files.createDirectories(target);
            return true;
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(),
                    "Cannot create the project folder " + target + ": " + e.getMessage());
        }
    }

    private static void removeIfEmpty(Path target, boolean created) {
        if (!created) {
            return;
        }
        try (var entries = Files.list(target)) {
            if (entries.findAny().isEmpty()) {
                Files.delete(target);
            }
        } catch (IOException ignored) {
            // Leaving an empty folder we created behind is harmless; the run's error matters more.
        }
    }
}
