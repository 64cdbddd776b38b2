package dev.protostar.examples.cli;

import dev.protostar.api.OutputStreamKind;
import dev.protostar.api.Phase;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TaskResult;
import dev.protostar.api.WorkspacePath;
import java.io.PrintWriter;
import java.time.Duration;

/** Prints a run's progress for a person at a terminal: one line per phase, file and task. */
final class ConsoleProgress implements ProtostarListener {

    private final PrintWriter out;
    private final boolean verbose;

    ConsoleProgress(PrintWriter out, boolean verbose) {
        this.out = out;
        this.verbose = verbose;
    }

    @Override
    public void phaseStarted(Phase phase) {
        // Concatenation, not printf: the formatter's first %d costs a fresh JVM about 8 ms.
        out.print("[" + (phase.ordinal() + 1) + "/" + Phase.values().length + "] " + phase.description()
                + System.lineSeparator());
        out.flush();
    }

    @Override
    public void phaseFinished(Phase phase, Duration elapsed) {
        if (verbose) {
            out.printf("      %s done in %d ms%n", phase.name().toLowerCase(java.util.Locale.ROOT),
                    elapsed.toMillis());
            out.flush();
        }
    }

    @Override
    public void directoryCreated(WorkspacePath path) {
        line("created  " + path + "/");
    }

    @Override
    public void fileCreated(WorkspacePath path) {
        line("created  " + path);
    }

    @Override
    public void fileModified(WorkspacePath path) {
        line("updated  " + path);
    }

    @Override
    public void taskStarted(SystemTask task) {
        line("running  " + task.commandLine());
    }

    @Override
    public void taskOutput(SystemTask task, OutputStreamKind stream, String line) {
        if (verbose) {
            line("         " + (stream == OutputStreamKind.STDERR ? "! " : "| ") + line);
        }
    }

    @Override
    public void taskFinished(SystemTask task, TaskResult result) {
        if (!result.succeeded()) {
            line(result.timedOut() ? "timed out " + task.commandLine()
                    : result.outputFailure().isPresent() && result.exitCode() == 0
                            ? "failed   " + task.commandLine() + " (exit code 0, but its output could not be collected)"
                            : "failed   " + task.commandLine() + " (exit code " + result.exitCode() + ")");
        }
    }

    @Override
    public void warning(String message) {
        line("warning  " + message);
    }

    private void line(String text) {
        out.println("      " + text);
        out.flush();
    }
}
