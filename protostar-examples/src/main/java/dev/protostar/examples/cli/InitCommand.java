package dev.protostar.examples.cli;

import dev.protostar.Protostar;
import dev.protostar.api.JournalKey;
import dev.protostar.api.ProtostarConfig;
import dev.protostar.api.ProtostarException;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.api.TaskPolicy;
import dev.protostar.api.PreflightException;
import dev.protostar.api.Plan;
import dev.protostar.api.Workspace;
import dev.protostar.modules.node.NodePackageManager;
import dev.protostar.modules.python.PackageManager;
import dev.protostar.modules.python.PythonOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code protostar init}: scaffolds or updates the environment in a folder. */
final class InitCommand implements Callable<Integer> {

    CommandSpec spec;

    boolean python;

    String pythonVersion;

    String packageManager;

    boolean rust;

    boolean node;

    String nodePackageManager;

    boolean cpp;

    boolean latex;

    /** Adds the languages other than Python that were asked for. */
    private void configureLanguages(Protostar.Builder builder) {
        if (rust) {
            builder.rust();
        }
        if (node) {
            // Without --node-package-manager the configuration's node_package_manager applies, else npm.
            explicitNodeManager().ifPresentOrElse(builder::node, () -> builder.node());
        }
        if (cpp) {
            builder.cpp();
        }
        if (latex) {
            builder.latex();
        }
    }

    /** The Node package manager given with {@code --node}, if any; a usage error when the flags do not fit together. */
    private Optional<NodePackageManager> explicitNodeManager() {
        if (!node) {
            if (nodePackageManager != null) {
                throw new ParameterException(spec.commandLine(),
                        "--node-package-manager only applies together with --node (-n).");
            }
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(nodePackageManager).map(NodePackageManager::parse);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    Boolean ruff;

    Boolean mypy;

    Boolean pytest;

    Boolean preCommit;

    Boolean direnv;

    Boolean markdownlint;

    Boolean docker;

    PresetOptions presets = new PresetOptions();

    boolean force;

    boolean cleanEnv;

    boolean forceReadOnly;

    Path directory;

    boolean verbose;

    boolean dryRun;

    ConfigOptions configOptions = new ConfigOptions();

    boolean json;

    String timeout;

    boolean strict;

    private final Map<String, String> environment;
    private final Path workingDirectory;
    private Path workspace;
    private ProtostarConfig config = ProtostarConfig.empty();
    private Optional<Duration> taskTimeout = Optional.empty();

    InitCommand(Map<String, String> environment, Path workingDirectory) {
        this.environment = environment;
        this.workingDirectory = workingDirectory;
    }

    /** The command-line model of {@code init}, bound to this object's fields (see {@link CliModel}). */
    CommandSpec model() {
        CommandSpec model = CliModel.command(this, "init", new VersionProvider());
        model.usageMessage()
                .description("Scaffold (or bring up to date) a developer environment in a folder.",
                        "Nothing is written until every check passed; a failed run leaves the folder as it was.")
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(CliModel.exitCodes(
                        "0:success, also with warnings or with nothing to do",
                        "1:a task failed, existing files stopped the run (use --force), read-only files would be"
                                + " modified (use --force-readonly), or on a tracked project conflicts are left to"
                                + " decide (protostar sync --resolve)",
                        "2:bad usage, or nothing to set up (no language or tool named)",
                        "65:a file cannot be parsed, or a foreign run journal is found (EX_DATAERR)",
                        "69:a required program is missing (EX_UNAVAILABLE); a dry run still prints its plan",
                        "70:internal error; a crash report is printed (EX_SOFTWARE)",
                        "74:I/O error, or the folder could not be fully restored (EX_IOERR)",
                        "75:a task timed out, or another run holds the folder; try again later (EX_TEMPFAIL)",
                        "78:configuration error (EX_CONFIG)",
                        "130:interrupted (Ctrl-C)"))
                .footer("%nA failed run leaves the folder as it was, unless its message (exit code 74) lists paths"
                        + " that could not be restored.");
        model.addOption(CliModel.flag(CliModel.names("-p", "--python"), "Set up a Python project (uv by default).",
                value -> python = value));
        model.addOption(CliModel.value("--python-version", "VERSION", String.class,
                "Python version as major.minor (default: 3.13 for uv; python3 on the PATH for pip).",
                value -> pythonVersion = value));
        model.addOption(CliModel.choice("--package-manager", List.of("uv", "pip"),
                "Python package manager (default: uv).", value -> packageManager = value));
        model.addOption(CliModel.flag(CliModel.names("-r", "--rust"),
                "Set up a Rust project (cargo init when there is no Cargo.toml).", value -> rust = value));
        model.addOption(CliModel.flag(CliModel.names("-n", "--node"),
                "Set up a Node project (npm init -y, pnpm init or yarn init -y).", value -> node = value));
        model.addOption(CliModel.choice("--node-package-manager", List.of("npm", "pnpm", "yarn"),
                "Node package manager (default: node_package_manager of the configuration, else npm).",
                value -> nodePackageManager = value));
        model.addOption(CliModel.flag(CliModel.names("-c", "--cpp"), "Set up a C++ project (build output ignored).",
                value -> cpp = value));
        model.addOption(CliModel.flag(CliModel.names("-l", "--latex"),
                "Set up a LaTeX document (auxiliary files ignored).", value -> latex = value));
        model.addOption(CliModel.negatable(CliModel.names("--ruff"),
                "Add Ruff settings and the ruff dev dependency (default: on with --python).", value -> ruff = value));
        model.addOption(CliModel.negatable(CliModel.names("--mypy"),
                "mypy: strict settings and the dev dependency (needs --python).", value -> mypy = value));
        model.addOption(CliModel.negatable(CliModel.names("--pytest"),
                "pytest: settings, tests/, pytest-cov and pytest-mock (needs --python).", value -> pytest = value));
        model.addOption(CliModel.negatable(CliModel.names("--pre-commit"),
                "pre-commit: git init when needed, .pre-commit-config.yaml, pre-commit install.",
                value -> preCommit = value));
        model.addOption(CliModel.negatable(CliModel.names("--direnv"),
                "direnv: an .envrc that activates the project's environment, then direnv allow.",
                value -> direnv = value));
        model.addOption(CliModel.negatable(CliModel.names("-m", "--markdownlint"),
                "markdownlint: .markdownlint.yaml (written when absent) and its pre-commit hook.",
                value -> markdownlint = value));
        model.addOption(CliModel.negatable(CliModel.names("--docker"),
                "Docker: .dockerignore and a Dockerfile for the Python project, uv or pip (written when absent;"
                        + " needs --python).",
                value -> docker = value));
        presets.addTo(model);
        model.addOption(CliModel.flag(CliModel.names("-f", "--force"),
                "Merge into existing project files instead of aborting; your values are kept.", value -> force = value));
        model.addOption(CliModel.flag(CliModel.names("--force-readonly"),
                "Also modify read-only files (mode without owner-write bit); each keeps its mode. Without it,"
                        + " a run that would modify one stops (exit 1) before writing.",
                value -> forceReadOnly = value));
        model.addOption(CliModel.value("--dir", "DIR", Path.class,
                "The project folder (default: the current folder); created when missing.", value -> directory = value));
        model.addOption(CliModel.flag(CliModel.names("--clean-env"),
                "Pass only PATH, HOME, USER, LOGNAME, SHELL, TERM, TMPDIR, TZ, LANG, LC_*, XDG_* and the"
                        + " cache and configuration locations of uv, cargo, npm and pre-commit to the programs"
                        + " the run starts; tokens and other variables stay out.", value -> cleanEnv = value));
        model.addOption(CliModel.value("--timeout", "DURATION", String.class,
                "How long each program the run starts may take, such as 90s, 10m or 1h30m (at most 24h),"
                        + " replacing every task's own limit (default: task_timeout of the configuration, else 2m,"
                        + " and 10m for dependency installs).", value -> timeout = value));
        model.addOption(CliModel.flag(CliModel.names("--strict"),
                "A failed dependency install (or other optional step) fails the run (exit 1) and the folder is"
                        + " restored, instead of a partial success with a warning.", value -> strict = value));
        model.addOption(CliModel.flag(CliModel.names("-v", "--verbose"), "Show task output, timings and stack traces.",
                value -> verbose = value));
        model.addOption(CliModel.flag(CliModel.names("--dry-run"),
                "Show what would change (with diffs) and which commands would run, without writing"
                        + " anything or starting a process.", value -> dryRun = value));
        configOptions.addTo(model);
        model.addOption(CliModel.flag(CliModel.names(JsonMode.OPTION),
                "Print one JSON document (api_version 1) on standard output and nothing else there;"
                        + " progress and messages go to standard error.", value -> json = value));
        CliModel.addStandardHelpOptions(model);
        spec = model;
        return model;
    }

    /**
     * Runs. Human output goes to standard output, or with {@code --json} to standard error while
     * standard output receives exactly one {@link JsonReport}.
     */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter human = json ? err : out;
        Optional<PythonOptions> pythonOptions = pythonOptions();
        explicitNodeManager(); // usage errors before anything is printed or created
        requirePythonWhereNeeded();
        requireSomethingToSetUp();
        taskTimeout = taskTimeout();
        Path target = workingDirectory.resolve(directory != null ? directory : Path.of("")).normalize();
        workspace = target;
        human.println("protostar " + VersionProvider.version() + " in " + target);
        boolean createdTarget = false;
        try {
            config = configOptions.load(environment, workingDirectory, target,
                    warning -> err.println("warning: " + warning));
            err.flush();
            pythonOptions = pythonOptions.map(this::withConfiguredDefaults);

            if (dryRun) {
                return dryRun(target, pythonOptions, human, out);
            }
            createdTarget = TargetFolder.createIfMissing(target);
            RunReport report = run(target, pythonOptions, human);
            printSummary(human, report);
            ProjectCommand.printConflicts(human, report.reconciliation().conflicts());
            int code = report.reconciliation().conflicts().isEmpty() ? ExitCodes.SUCCESS : ProjectCommand.NOT_IN_STEP;
            if (json) {
                JsonReport.success(report, target, code).writeTo(out);
            }
            return code;
        } catch (ProtostarException e) {
            TargetFolder.removeIfEmpty(target, createdTarget);
            printError(err, e);
            if (json) {
                JsonReport.failure(e, target).writeTo(out);
            }
            return e.exitCode();
        } catch (RuntimeException | Error unexpected) {
            TargetFolder.removeIfEmpty(target, createdTarget);
            throw unexpected; // a crash: reported by the CrashHandler
        }
    }

    /** The project folder, once {@link #call()} resolved it. */
    Optional<Path> workspace() {
        return Optional.ofNullable(workspace);
    }

    private RunReport run(Path target, Optional<PythonOptions> pythonOptions, PrintWriter human) {
        return configure(Protostar.builder(), pythonOptions)
                .workspace(target)
                .journalKey(JournalKey.forUser(environment))
                .processRunner(Protostar.localRunner(environment))
                .listener(new ConsoleProgress(human, verbose))
                .run();
    }

    /**
     * A dry run: prints the plan (human) or one JSON document of it (--json). A folder that does not
     * exist yet is planned as an empty one, named as it would be.
     */
    private int dryRun(Path target, Optional<PythonOptions> pythonOptions, PrintWriter human, PrintWriter out) {
        Protostar.Builder builder = configure(Protostar.builder(), pythonOptions)
                .journalKey(JournalKey.forUser(environment))
                .binaryLocator(Protostar.binaryLocatorOnPath(environment));
        if (Files.isDirectory(target)) {
            builder.workspace(target).processRunner(Protostar.localRunner(environment));
        } else {
            human.println("(" + target + " does not exist yet; planning as if it were an empty folder)");
            String name = target.getFileName() == null ? "project" : target.getFileName().toString();
            builder.workspace(Workspace.inMemory()).processRunner(Protostar.simulatedRunner(name));
        }
        Plan plan;
        Optional<PreflightException> missing = Optional.empty();
        try {
            plan = builder.plan();
        } catch (PreflightException e) {
            // The plan is still worth seeing: made as if the programs were there, then what is missing (exit 69).
            missing = Optional.of(e);
            plan = builder.binaryLocator(program -> true).plan();
        }
        human.println(plan.render());
        human.println("DRY RUN: nothing was written and no command was run.");
        human.flush();
        missing.ifPresent(e -> printWouldFail(spec.commandLine().getErr(), e));
        if (json) {
            (missing.isPresent() ? JsonReport.plan(plan, target, missing.get()) : JsonReport.plan(plan, target))
                    .writeTo(out);
        }
        return missing.map(PreflightException::exitCode).orElse(ExitCodes.SUCCESS);
    }

    private Protostar.Builder configure(Protostar.Builder builder, Optional<PythonOptions> pythonOptions) {
        builder.config(config);
        pythonOptions.ifPresent(builder::python);
        configureLanguages(builder);
        toggle(ruff, builder::ruff, builder::noRuff);
        toggle(mypy, builder::mypy, builder::noMypy);
        toggle(pytest, builder::pytest, builder::noPytest);
        toggle(preCommit, builder::preCommit, builder::noPreCommit);
        toggle(direnv, builder::direnv, builder::noDirenv);
        toggle(markdownlint, builder::markdownlint, builder::noMarkdownlint);
        toggle(docker, builder::docker, builder::noDocker);
        presets.applyTo(builder);
        if (force) {
            builder.force();
        }
        if (cleanEnv) {
            builder.cleanEnvironment();
        }
        if (forceReadOnly) {
            builder.forceReadOnly();
        }
        taskTimeout.ifPresent(builder::taskTimeout);
        if (strict) {
            builder.strict();
        }
        return builder;
    }

    /** A tri-state flag: {@code --x} switches on, {@code --no-x} off, neither leaves the default. */
    private static void toggle(Boolean flag, Runnable on, Runnable off) {
        if (Boolean.TRUE.equals(flag)) {
            on.run();
        } else if (Boolean.FALSE.equals(flag)) {
            off.run();
        }
    }

    /** After a dry run's plan: the programs a real run would stop for, and how to get them. */
    private void printWouldFail(PrintWriter err, PreflightException e) {
        err.println("WOULD FAIL: missing programs: " + String.join("; ", e.missing().stream()
                .map(m -> m.name() + " (needed by " + String.join(", ", m.neededBy()) + ")").toList())
                + ". A real run stops before writing anything.");
        e.hint().ifPresent(hint -> err.println("  hint: " + hint));
        err.flush();
    }

    private void printError(PrintWriter err, ProtostarException e) {
        err.println("ABORTED: " + e.getMessage());
        e.hint().ifPresent(hint -> err.println("  hint: " + hint));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
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

    /**
     * A usage error when a flag that only means something for a Python project is given without
     * {@code --python}: the presets, {@code --ruff}, {@code --mypy}, {@code --pytest} and {@code --docker}
     * (whose Dockerfiles are for Python projects only). The library skips such a module with a
     * warning; on the command line it is a mistake worth stopping for.
     */
    private void requirePythonWhereNeeded() {
        if (python) {
            return;
        }
        if (Boolean.TRUE.equals(docker)) {
            throw new ParameterException(spec.commandLine(), "--docker needs --python (-p): Protostar writes"
                    + " Dockerfiles for Python projects (uv or pip) only, none for Rust, Node, C++ or LaTeX.");
        }
        List<String> flags = new ArrayList<>();
        if (Boolean.TRUE.equals(ruff)) {
            flags.add("--ruff");
        }
        if (Boolean.TRUE.equals(mypy)) {
            flags.add("--mypy");
        }
        if (Boolean.TRUE.equals(pytest)) {
            flags.add("--pytest");
        }
        flags.addAll(presets.selectedFlags());
        if (!flags.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    joined(flags) + (flags.size() == 1 ? " needs" : " need") + " --python (-p).");
        }
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    private static String joined(List<String> words) {
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /**
     * A usage error when neither a language nor a tool that works without one was asked for: such a
     * run would write nothing but a {@code .gitignore}. (On a terminal, later, a checklist asks instead.)
     */
    private void requireSomethingToSetUp() {
        boolean language = python || rust || node || cpp || latex;
        boolean tool = Boolean.TRUE.equals(preCommit) || Boolean.TRUE.equals(direnv)
                || Boolean.TRUE.equals(markdownlint);
        if (!language && !tool) {
            throw new ParameterException(spec.commandLine(), "Nothing to set up: name a language (--python,"
                    + " --rust, --node, --cpp, --latex) or a tool (--pre-commit, --direnv, --markdownlint).");
        }
    }

    /** The duration of {@code --timeout}, if given; a usage error when it is not one. */
    private Optional<Duration> taskTimeout() {
        if (timeout == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(TaskPolicy.parseDuration(timeout));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--timeout': " + e.getMessage()
                    + ".");
        }
    }

    /** The flags' Python options, with the configuration's manager and version where no flag gave one. */
    private PythonOptions withConfiguredDefaults(PythonOptions flagged) {
        PackageManager manager = packageManager != null ? flagged.packageManager()
                : config.pythonPackageManager().map(PackageManager::parse).orElse(flagged.packageManager());
        return new PythonOptions(manager, pythonVersion != null ? flagged.requestedVersion() : config.pythonVersion());
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
}
