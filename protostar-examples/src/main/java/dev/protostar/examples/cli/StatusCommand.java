package dev.protostar.examples.cli;

import dev.protostar.api.ProjectStatus;
import dev.protostar.api.ProtostarException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code protostar status}: pending updates, preserved edits, conflicts and drift; writes nothing, runs nothing. */
final class StatusCommand implements Callable<Integer> {

    private CommandSpec spec;
    private final ProjectCommand project;

    StatusCommand(Map<String, String> environment, Path workingDirectory) {
        this.project = new ProjectCommand(environment, workingDirectory);
    }

    /** The command-line model of {@code status}, bound to this object's fields (see {@link CliModel}). */
    CommandSpec model() {
        CommandSpec model = CliModel.command(this, "status", new VersionProvider());
        model.usageMessage()
                .description("Show whether a tracked project is in step with its recipe.",
                        "Lists what `protostar sync` would change, your edits it keeps, the conflicts to decide (each"
                                + " with its --resolve option) and how the recipe differs from protostar.lock. Never"
                                + " writes a byte and never starts a program.")
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(CliModel.exitCodes(
                        "0:the status was shown (in step or not; `protostar sync --check` is the gate)",
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
            ProjectStatus status = project.status(target, err);
            (project.json ? err : out).print(status.render());
            (project.json ? err : out).flush();
            if (project.json) {
                JsonReport.status(status, target, ExitCodes.SUCCESS).writeTo(out);
            }
            return ExitCodes.SUCCESS;
        } catch (ProtostarException e) {
            return project.failed(out, err, target, e);
        }
    }
}
