package org.example.host;

import dev.protostar.Protostar;
import dev.protostar.api.BootstrapModule;
import dev.protostar.api.Ide;
import dev.protostar.api.JournalKey;
import dev.protostar.api.RunReport;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a host does with Protostar, the same on every class or module path: an in-memory Python
 * project whose existing pyproject.toml (TOML), VS Code settings (JSONC) and pre-commit config (YAML)
 * are merged into, with the host's own module found by ServiceLoader. Prints each result after a
 * "=== name" line.
 */
public final class Scenario {

    static final String PYPROJECT = """
            [project]
            name = "orbital-sim"
            version = "0.1.0"

            [tool.ruff]
            line-length = 100 # the host's width
            """;
    static final String SETTINGS = """
            {
              // the host's own setting
              "editor.rulers": [100],
            }
            """;
    static final String PRE_COMMIT = """
            repos:
              - repo: https://github.com/pre-commit/pre-commit-hooks
                rev: v5.0.0
                hooks:
                  - id: trailing-whitespace
            """;

    private Scenario() {}

    public static void run(PrintStream out) {
        Workspace workspace = Workspace.inMemory();
        write(workspace, "pyproject.toml", PYPROJECT);
        write(workspace, ".vscode/settings.json", SETTINGS);
        write(workspace, ".pre-commit-config.yaml", PRE_COMMIT);

        List<BootstrapModule> available = Protostar.availableModules();
        BootstrapModule hostModule = available.stream().filter(m -> m.id().equals("host-notes")).findFirst()
                .orElseThrow(() -> new IllegalStateException("ServiceLoader did not find the host's own module"));

        RunReport report = Protostar.builder()
                .workspace(workspace)
                .python().ruff().mypy().preCommit()
                .ide(Ide.VSCODE)
                .module(hostModule)
                .force()
                .journalKey(JournalKey.random())
                .run();

        out.println("=== status");
        out.println(report.status());
        for (String file : new String[] {"pyproject.toml", ".vscode/settings.json", ".pre-commit-config.yaml", ".gitignore"}) {
            out.println("=== " + file);
            out.print(workspace.readString(WorkspacePath.of(file)));
        }
        out.println("=== modules");
        for (BootstrapModule module : available) {
            out.println(module.getClass().getName());
        }
        out.println("=== facade");
        out.println(Protostar.class.getModule().isNamed() ? Protostar.class.getModule().getName() : "unnamed");
    }

    private static void write(Workspace workspace, String path, String text) {
        WorkspacePath file = WorkspacePath.of(path);
        if (file.parent().isPresent()) {
            workspace.createDirectories(file.parent().get());
        }
        workspace.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
