package dev.protostar.examples.cli;

import dev.protostar.api.Plan;
import dev.protostar.api.PlannedChange;
import dev.protostar.api.ProtostarException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code protostar diff}: the unified diffs of what {@code sync} would do. */
final class DiffCommand implements Callable<Integer> {

    private CommandSpec spec;
    private final ProjectCommand project;

    DiffCommand(Map<String, String> environment, Path workingDirectory) {
        this.project = new ProjectCommand(environment, workingDirectory);
    }

    /** The command-line model of {@code diff}, bound to this object's fields (see {@link CliModel}). */
    CommandSpec model() {
        CommandSpec model = CliModel.command(this, "diff", new VersionProvider());
        model.usageMessage()
                .description("Print the unified diffs of what `protostar sync` would change; nothing is written and"
                        + " no program is started.")
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(CliModel.exitCodes(
                        "0:the diffs were printed (none when the project is in step)",
                        "2:bad usage",
                        "65:a file cannot be parsed (EX_DATAERR)",
                        "78:no recipe, or protostar.lock or the recipe cannot be used (EX_CONFIG)"));
        project.addTo(model);
        CliModel.addStandardHelpOptions(model);
        spec = model;
        return model;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = project.target(spec);
        try {
            Plan plan = project.status(target, err).plan();
            PrintWriter human = project.json ? err : out;
            for (PlannedChange change : plan.changes()) {
                if (!change.diff().isEmpty()) {
                    human.print(change.diff().endsWith("\n") ? change.diff() : change.diff() + "\n");
                }
            }
            human.flush();
            if (project.json) {
                JsonReport.plan(plan, target).writeTo(out);
            }
            return ExitCodes.SUCCESS;
        } catch (ProtostarException e) {
            return project.failed(out, err, target, e);
        }
    }
}
