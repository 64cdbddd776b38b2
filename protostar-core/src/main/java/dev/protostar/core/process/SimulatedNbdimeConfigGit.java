package dev.protostar.core.process;

import dev.protostar.api.WorkspacePath;
import java.util.List;

/**
 * {@code nbdime config-git --enable} (also through {@code uv run} or a virtual environment's
 * {@code .venv/bin/nbdime}): registers nbdime's notebook diff driver, difftool, merge driver and
 * mergetool in the repository's {@code .git/config}, as the real tool does through {@code git
 * config}, and appends {@code *.ipynb diff=jupyternotebook} and {@code *.ipynb
 * merge=jupyternotebook} to {@code .gitattributes} unless the file already mentions each driver.
 * Settings already present keep their place; running it twice changes nothing. Like the real tool
 * it needs a Git repository. {@code --global}, {@code --system} and {@code --disable} are not
 * simulated.
 */
final class SimulatedNbdimeConfigGit implements SimulatedCommand {

    /** The {@code .git/config} sections and keys, in the order the real tool sets them. */
    private static final List<List<String>> SETTINGS = List.of(
            List.of("diff \"jupyternotebook\"", "command", "git-nbdiffdriver diff"),
            List.of("difftool \"nbdime\"", "cmd", "git-nbdifftool diff \\\"$LOCAL\\\" \\\"$REMOTE\\\" \\\"$BASE\\\""),
            List.of("difftool", "prompt", "false"),
            List.of("merge \"jupyternotebook\"", "driver", "git-nbmergedriver merge %O %A %B %L %P"),
            List.of("merge \"jupyternotebook\"", "name", "jupyter notebook merge driver"),
            List.of("mergetool \"nbdime\"", "cmd",
                    "git-nbmergetool merge \\\"$BASE\\\" \\\"$LOCAL\\\" \\\"$REMOTE\\\" \\\"$MERGED\\\""),
            List.of("mergetool", "prompt", "false"));

    @Override
    public boolean providesProgram(String name) {
        return name.equals("nbdime");
    }

    @Override
    public boolean accepts(List<String> command) {
        return prefixLength(command) > 0;
    }

    /** How many leading words name the program and subcommand: 2 for {@code nbdime config-git}, 4 with {@code uv run}; 0 otherwise. */
    private static int prefixLength(List<String> command) {
        if (command.size() >= 2 && SimulatedCommand.baseName(command.get(0)).equals("nbdime")
                && command.get(1).equals("config-git")) {
            return 2;
        }
        if (command.size() >= 4 && command.get(0).equals("uv") && command.get(1).equals("run")
                && command.get(2).equals("nbdime") && command.get(3).equals("config-git")) {
            return 4;
        }
        return 0;
    }

    @Override
    public int run(SimulatedInvocation invocation) {
        List<String> arguments = invocation.argumentsAfter(prefixLength(invocation.command()) - 1);
        if (!arguments.equals(List.of("--enable"))) {
            return invocation.fail(2, "nbdime config-git: the simulated runner supports only"
                    + " `nbdime config-git --enable`, got " + String.join(" ", arguments));
        }
        WorkspacePath config = WorkspacePath.of(".git/config");
        if (!invocation.workspace().isFile(config)) {
            return invocation.fail(128, "fatal: not in a git directory");
        }
        String text = invocation.workspace().readString(config);
        for (List<String> setting : SETTINGS) {
            text = GitConfigText.set(text, setting.get(0), setting.get(1), setting.get(2));
        }
        invocation.writeIfChanged(config, text);
        WorkspacePath attributes = WorkspacePath.of(".gitattributes");
        for (String driver : List.of("diff", "merge")) {
            String existing = invocation.workspace().isFile(attributes) ? invocation.workspace().readString(attributes) : "";
            if (!existing.contains(driver + "=jupyternotebook")) {
                invocation.writeIfChanged(attributes, existing + "\n*.ipynb\t" + driver + "=jupyternotebook\n");
            }
        }
        return 0;
    }
}
