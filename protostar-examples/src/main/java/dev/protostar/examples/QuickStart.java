package dev.protostar.examples;

import dev.protostar.Protostar;
import dev.protostar.api.RunReport;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;

/**
 * The README's embedding example, kept here so that it compiles and a test runs it: a Python
 * project scaffolded entirely in memory, then the new {@code pyproject.toml} printed.
 */
public final class QuickStart {

    private QuickStart() {}

    /** Scaffolds a Python project in memory and prints what changed and the resulting pyproject.toml. */
    public static void main(String[] args) {
        // README:begin
        Workspace workspace = Workspace.inMemory();     // or Workspace.at(Path.of("orbital-sim"))
        RunReport report = Protostar.builder()
                .workspace(workspace)
                .python()                               // uv, Python 3.13, Ruff on by default
                .force()                                // merge into existing files instead of aborting
                .run();                                 // in memory, system tasks are simulated

        report.changes().forEach(change -> System.out.println(change.kind() + " " + change.path()));
        System.out.println(workspace.readString(WorkspacePath.of("pyproject.toml")));
        // README:end
    }
}
