package dev.protostar.core.process;

import dev.protostar.api.WorkspacePath;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code uv init [--bare] [--no-workspace] [--pin-python] [--python X.Y] [--name N] [<path>]}:
 * writes the {@code pyproject.toml} that {@code uv init --bare} writes, and with
 * {@code --pin-python} a {@code .python-version}.
 *
 * <p>The project name is {@code --name}, else the folder's name, normalised (lower case, every run
 * of characters other than {@code a-z0-9} becomes {@code -}); an in-memory workspace without a
 * folder name gives {@code "project"}. Without {@code --bare}, real uv also writes
 * {@code main.py}, {@code README.md} and {@code .python-version}; the simulation always writes the
 * bare layout. A folder that already has a {@code pyproject.toml} is refused with uv's message and
 * exit code 2.
 */
final class SimulatedUvInit implements SimulatedCommand {

    static final String DEFAULT_PYTHON = "3.13";
    private static final Pattern PYTHON_VERSION = Pattern.compile("(\\d+)\\.(\\d+)(\\.\\d+)?");

    @Override
    public boolean providesProgram(String name) {
        return name.equals("uv");
    }

    @Override
    public boolean accepts(List<String> command) {
        return SimulatedCommand.isSubcommand(command, "uv", "init");
    }

    @Override
    public int run(SimulatedInvocation invocation) {
        List<String> arguments = invocation.argumentsAfter(1);
        boolean pinPython = false;
        String python = DEFAULT_PYTHON;
        String name = null;
        String directory = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "--bare", "--no-workspace", "--app", "--no-readme", "-q", "--quiet" -> {
                    // no effect on the bare layout the simulation writes
                }
                case "--no-pin-python" -> pinPython = false;
                case "--pin-python" -> pinPython = true;
                case "--python", "-p", "--name", "--vcs" -> {
                    if (i + 1 >= arguments.size()) {
                        return invocation.fail(2, "error: a value is required for '" + argument + "' but none was supplied");
                    }
                    String value = arguments.get(++i);
                    if (argument.equals("--name")) {
                        name = value;
                    } else if (!argument.equals("--vcs")) {
                        python = value;
                    }
                }
                default -> {
                    if (argument.startsWith("--python=")) {
                        python = argument.substring("--python=".length());
                    } else if (argument.startsWith("--name=")) {
                        name = argument.substring("--name=".length());
                    } else if (argument.startsWith("-") || directory != null) {
                        return invocation.fail(2, "error: unexpected argument '" + argument + "' found"
                                + " (the simulated runner supports --bare, --no-workspace, --pin-python,"
                                + " --python, --name and one path)");
                    } else {
                        directory = argument;
                    }
                }
            }
        }
        Matcher version = PYTHON_VERSION.matcher(python);
        if (!version.matches()) {
            return invocation.fail(2, "error: the simulated runner understands only --python X.Y versions, not `"
                    + python + "`");
        }
        Optional<WorkspacePath> target = directory == null
                ? Optional.of(WorkspacePath.root()) : invocation.workspacePath(directory);
        if (target.isEmpty()) {
            return invocation.fail(2, "error: `" + directory + "` is outside the workspace");
        }
        WorkspacePath pyproject = target.get().resolve("pyproject.toml");
        if (invocation.workspace().exists(pyproject)) {
            return invocation.fail(2, "error: Project is already initialized in `" + invocation.location(target.get())
                    + "` (`pyproject.toml` file exists)");
        }
        String projectName = PythonNames.projectName(
                name != null ? name : invocation.folderName(target.get()).orElse("project"));
        String requiresPython = ">=" + version.group(1) + "." + version.group(2);
        invocation.workspace().createDirectories(target.get());
        invocation.writeIfChanged(pyproject, pyproject(projectName, requiresPython));
        if (pinPython) {
            invocation.writeIfChanged(target.get().resolve(".python-version"), python + "\n");
        }
        invocation.err(directory == null
                ? "Initialized project `" + projectName + "`"
                : "Initialized project `" + projectName + "` at `" + invocation.location(target.get()) + "`");
        return 0;
    }

    static String pyproject(String name, String requiresPython) {
        return "[project]\n"
                + "name = \"" + name + "\"\n"
                + "version = \"0.1.0\"\n"
                + "requires-python = \"" + requiresPython + "\"\n"
                + "dependencies = []\n";
    }
}
