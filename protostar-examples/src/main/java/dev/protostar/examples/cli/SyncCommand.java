package dev.protostar.examples.cli;

import dev.protostar.Protostar;
import dev.protostar.api.ProjectStatus;
import dev.protostar.api.ProtostarException;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.api.TaskPolicy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code protostar sync}: keeps a tracked project in step with its recipe, three-way; {@code --check}
 * is the CI gate, {@code --dry-run} the plan.
 */
final class SyncCommand implements Callable<Integer> {

    private CommandSpec spec;
    private final ProjectCommand project;
    private boolean dryRun;
    private boolean check;
    private boolean strict;
    private boolean forceReadOnly;
    private String timeout;
    private List<String> decisions = List.of();
    private List<String> restores = List.of();

    SyncCommand(Map<String, String> environment, Path workingDirectory) {
        this.project = new ProjectCommand(environment, workingDirectory);
    }

    /** The command-line model of {@code sync}, bound to this object's fields (see {@link CliModel}). */
    CommandSpec model() {
        CommandSpec model = CliModel.command(this, "sync", new VersionProvider());
        model.usageMessage()
                .description("Bring a tracked project in step with its recipe (.protostar.toml) and protostar.lock.",
                        "Values Protostar wrote and nobody edited follow the recipe; your edits are kept; where both"
                                + " changed a value, your value stays and the conflict is listed until you decide it"
                                + " with --resolve. One transaction: a failure leaves the folder as it was.")
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(CliModel.exitCodes(
                        "0:in step (or brought in step); with --check: nothing is pending",
                        "1:conflicts are left to decide; with --check: something is pending (the reasons are"
                                + " printed); a task failed",
                        "2:bad usage, or a --resolve names no conflict of this sync",
                        "65:a file cannot be parsed, or a foreign run journal is found (EX_DATAERR)",
                        "69:a required program is missing (EX_UNAVAILABLE)",
                        "74:I/O error, or the folder could not be fully restored (EX_IOERR)",
                        "75:a task timed out, or another run holds the folder (EX_TEMPFAIL)",
                        "78:no recipe, or protostar.lock or the recipe cannot be used (EX_CONFIG)",
                        "130:interrupted (Ctrl-C)"));
        model.addOption(CliModel.flag(CliModel.names("--check"),
                "Change nothing; exit 1 and say why when anything is pending (a CI gate), 0 when in step.",
                value -> check = value));
        model.addOption(CliModel.flag(CliModel.names("--dry-run"),
                "Show what sync would change (with diffs), without writing anything or starting a process.",
                value -> dryRun = value));
        model.addOption(CliModel.repeatable("--resolve", "ID=CHOICE",
                "Decide a conflict: ID is its id (c-…) or PATH:KEY as `protostar status` prints it; CHOICE is"
                        + " local (keep yours), desired (take Protostar's) or both (text regions). Repeatable.",
                values -> decisions = values));
        model.addOption(CliModel.repeatable("--restore", "PATH",
                "Write PATH again although you deleted it (a deleted file otherwise stays deleted). Repeatable.",
                values -> restores = values));
        model.addOption(CliModel.flag(CliModel.names("--strict"),
                "A failed optional step fails the sync (exit 1) and the folder is restored.", value -> strict = value));
        model.addOption(CliModel.flag(CliModel.names("--force-readonly"),
                "Also modify read-only files; each keeps its mode.", value -> forceReadOnly = value));
        model.addOption(CliModel.value("--timeout", "DURATION", String.class,
                "How long each program the sync starts may take, such as 90s or 10m.", value -> timeout = value));
        project.addTo(model);
        CliModel.addStandardHelpOptions(model);
        spec = model;
        return model;
    }

    @Override
    public Integer call() {
        if (check && dryRun) {
            throw new ParameterException(spec.commandLine(), "--check and --dry-run do not go together: --check"
                    + " already changes nothing; use `protostar diff` for the diffs.");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter human = project.json ? err : out;
        Path target = project.target(spec);
        try {
            Protostar.Builder builder = project.builder(target, err);
            ProjectCommand.applyDecisions(spec, decisions, builder);
            ProjectCommand.applyRestores(spec, restores, builder);
            if (timeout != null) {
                builder.taskTimeout(parseTimeout());
            }
            if (strict) {
                builder.strict();
            }
            if (forceReadOnly) {
                builder.forceReadOnly();
            }
            if (check) {
                return check(builder.status(), human, out, target);
            }
            if (dryRun) {
                var plan = builder.plan();
                human.println(plan.render());
                human.println("DRY RUN: nothing was written and no command was run.");
                human.flush();
                if (project.json) {
                    JsonReport.plan(plan, target).writeTo(out);
                }
                return ExitCodes.SUCCESS;
            }
            human.println("protostar " + VersionProvider.version() + " sync in " + target);
            RunReport report = builder.listener(new ConsoleProgress(human, project.verbose)).sync();
            printSummary(human, report);
            int code = report.reconciliation().conflicts().isEmpty() ? ExitCodes.SUCCESS : ProjectCommand.NOT_IN_STEP;
            if (project.json) {
                JsonReport.success(report, target, code).writeTo(out);
            }
            return code;
        } catch (ProtostarException e) {
            return project.failed(out, err, target, e);
        }
    }

    private int check(ProjectStatus status, PrintWriter human, PrintWriter out, Path target) {
        if (status.inStep()) {
            human.println("In step: nothing is pending in " + target + ".");
        } else {
            human.println("Not in step:");
            status.reasons().forEach(reason -> human.println("  - " + reason));
            human.println("Run `protostar sync` to apply (`protostar diff` shows the changes).");
        }
        human.flush();
        int code = status.inStep() ? ExitCodes.SUCCESS : ProjectCommand.NOT_IN_STEP;
        if (project.json) {
            JsonReport.status(status, target, code).writeTo(out);
        }
        return code;
    }

    private java.time.Duration parseTimeout() {
        try {
            return TaskPolicy.parseDuration(timeout);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--timeout': " + e.getMessage()
                    + ".");
        }
    }

    private static void printSummary(PrintWriter out, RunReport report) {
        int changes = report.changes().size();
        if (report.status() == RunStatus.NO_CHANGES) {
            out.println("SUCCESS: nothing to do; the project is in step.");
        } else if (report.reconciliation().conflicts().isEmpty() && report.warnings().isEmpty()) {
            out.println("SUCCESS: " + changes + (changes == 1 ? " change" : " changes") + ", "
                    + report.tasks().size() + (report.tasks().size() == 1 ? " task" : " tasks") + ".");
        } else {
            out.println("PARTIAL SUCCESS: " + changes + (changes == 1 ? " change" : " changes") + ", "
                    + report.tasks().size() + (report.tasks().size() == 1 ? " task" : " tasks") + ".");
            report.warnings().forEach(w -> out.println("  - " + w));
        }
        var preserved = report.reconciliation().changes(dev.protostar.api.ManagedChange.Kind.PRESERVED);
        if (!preserved.isEmpty()) {
            out.println("Kept your edits of: " + String.join(", ", preserved.stream().map(Object::toString).toList()));
        }
        var declined = report.reconciliation().changes(dev.protostar.api.ManagedChange.Kind.DECLINED);
        if (!declined.isEmpty()) {
            out.println("Left deleted as you deleted them (--restore PATH brings one back): "
                    + String.join(", ", declined.stream().map(Object::toString).toList()));
        }
        ProjectCommand.printConflicts(out, report.reconciliation().conflicts());
        out.flush();
    }
}
