package dev.protostar.core.process;

import dev.protostar.api.WorkspacePath;
import java.util.List;
import java.util.Optional;

/**
 * {@code git init [-q] [-b <branch>] [<directory>]}: creates the skeleton of an empty repository
 * ({@code HEAD} on {@code main} unless {@code -b} says otherwise, {@code config}, {@code description},
 * {@code hooks/}, {@code info/exclude}, {@code objects/} and {@code refs/}). An existing {@code .git}
 * is reported as reinitialised and left byte for byte as it was.
 */
final class SimulatedGitInit implements SimulatedCommand {

    static final String CONFIG = """
            [core]
            \trepositoryformatversion = 0
            \tfilemode = true
            \tbare = false
            \tlogallrefupdates = true
            """;
    static final String DESCRIPTION = "Unnamed repository; edit this file 'description' to name the repository.\n";
    static final String EXCLUDE = """
            # git ls-files --others --exclude-from=.git/info/exclude
            # Lines that start with '#' are comments.
            # For a project mostly in C, the following would be a good set of
            # exclude patterns (uncomment them if you want to use them):
            # *.[oa]
            # *~
            """;

    @Override
    public boolean providesProgram(String name) {
        return name.equals("git");
    }

    @Override
    public boolean accepts(List<String> command) {
        return SimulatedCommand.isSubcommand(command, "git", "init");
    }

    @Override
    public int run(SimulatedInvocation invocation) {
        List<String> arguments = invocation.argumentsAfter(1);
        boolean quiet = false;
        String branch = "main";
        String directory = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("-q") || argument.equals("--quiet")) {
                quiet = true;
            } else if ((argument.equals("-b") || argument.equals("--initial-branch")) && i + 1 < arguments.size()) {
                branch = arguments.get(++i);
            } else if (argument.startsWith("--initial-branch=")) {
                branch = argument.substring("--initial-branch=".length());
            } else if (argument.startsWith("-") || directory != null) {
                return invocation.fail(129, "error: unknown option `" + argument + "'\n"
                        + "usage: git init [-q | --quiet] [-b <branch-name>] [<directory>]"
                        + " (the simulated runner supports only these)");
            } else {
                directory = argument;
            }
        }
        Optional<WorkspacePath> target = directory == null
                ? Optional.of(WorkspacePath.root()) : invocation.workspacePath(directory);
        if (target.isEmpty()) {
            return invocation.fail(128, "fatal: cannot mkdir " + directory + ": outside the workspace");
        }
        WorkspacePath git = target.get().resolve(".git");
        String shown = target.get().isRoot() ? ".git/" : git + "/";
        if (invocation.workspace().exists(git)) {
            if (!quiet) {
                invocation.out("Reinitialized existing Git repository in " + shown);
            }
            return 0;
        }
        create(invocation, git, branch);
        if (!quiet) {
            invocation.out("Initialized empty Git repository in " + shown);
        }
        return 0;
    }

    /** Writes the repository skeleton into {@code git}, which must not exist yet. */
    static void create(SimulatedInvocation invocation, WorkspacePath git, String branch) {
        for (String folder : List.of("hooks", "info", "objects/info", "objects/pack", "refs/heads", "refs/tags")) {
            invocation.workspace().createDirectories(git.resolve(folder));
        }
        invocation.writeIfChanged(git.resolve("HEAD"), "ref: refs/heads/" + branch + "\n");
        invocation.writeIfChanged(git.resolve("config"), CONFIG);
        invocation.writeIfChanged(git.resolve("description"), DESCRIPTION);
        invocation.writeIfChanged(git.resolve("info/exclude"), EXCLUDE);
    }
}
