package dev.protostar.examples.cli;

import dev.protostar.Protostar;
import dev.protostar.api.Change;
import dev.protostar.api.ProtostarException;
import dev.protostar.api.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code protostar eject}: stop tracking a project, keeping every file. */
final class EjectCommand implements Callable<Integer> {

    private CommandSpec spec;
    private final ProjectCommand project;

    EjectCommand(Map<String, String> environment, Path workingDirectory) {
        this.project = new ProjectCommand(environment, workingDirectory);
    }

    /** The command-line model of {@code eject}, bound to this object's fields (see {@link CliModel}). */
    CommandSpec model() {
        CommandSpec model = CliModel.command(this, "eject", new VersionProvider());
        model.usageMessage()
                .description("Stop tracking a project; every other file stays as it is.",
                        "Removes protostar.lock and the [recipe] table of .protostar.toml. Later runs treat the folder"
                                + " as any project Protostar did not make.")
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(CliModel.exitCodes(
                        "0:ejected (or the project was not tracked)",
                        "2:bad usage",
                        "74:I/O error (EX_IOERR)",
                        "75:another run holds the folder (EX_TEMPFAIL)"));
        project.addTo(model);
        CliModel.addStandardHelpOptions(model);
        spec = model;
        return model;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter human = project.json ? err : out;
        Path target = project.target(spec);
        try {
            List<Change> changes = Protostar.eject(Workspace.at(target),
                    dev.protostar.api.JournalKey.forUser(project.environment()));
            if (changes.isEmpty()) {
                human.println("Nothing to do: " + target + " is not tracked (no protostar.lock, no recipe).");
            } else {
                changes.forEach(change -> human.println("  " + (change.kind() == dev.protostar.api.ChangeKind.DELETED
                        ? "deleted   " : "modified  ") + change.path()));
                human.println("Ejected: Protostar no longer tracks " + target + "; every other file is as it was.");
            }
            human.flush();
            if (project.json) {
                JsonReport.ejected(changes, target).writeTo(out);
            }
            return ExitCodes.SUCCESS;
        } catch (ProtostarException e) {
            return project.failed(out, err, target, e);
        }
    }
}
