package dev.protostar.core.process;

import dev.protostar.api.WorkspacePath;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code python -m venv <dir>} (also {@code python3} and {@code python3.X}): creates {@code <dir>}
 * with {@code pyvenv.cfg}, placeholder {@code bin/python} and {@code bin/pip} scripts (they only
 * explain that they are simulated) and an empty {@code lib/pythonX.Y/site-packages/}. The version
 * comes from the program name ({@code python3.12} gives 3.12), else 3.13. Options:
 * {@code --without-pip}, {@code --system-site-packages}, {@code --clear}, {@code --prompt P};
 * {@code --upgrade-deps}, {@code --copies} and {@code --symlinks} change nothing here.
 */
final class SimulatedVenv implements SimulatedCommand {

    private static final Pattern PYTHON = Pattern.compile("python(?:(\\d+)(?:\\.(\\d+))?)?");

    @Override
    public boolean providesProgram(String name) {
        return name.indexOf('/') < 0 && PYTHON.matcher(name).matches();
    }

    @Override
    public boolean accepts(List<String> command) {
        return command.size() >= 3 && PYTHON.matcher(SimulatedCommand.baseName(command.get(0))).matches()
                && command.get(1).equals("-m") && command.get(2).equals("venv");
    }

    /** The X.Y version a {@code python...} program name implies; 3.13 when it names no minor version. */
    static String pythonVersion(String program) {
        Matcher matcher = PYTHON.matcher(SimulatedCommand.baseName(program));
        if (matcher.matches() && matcher.group(2) != null) {
            return matcher.group(1) + "." + matcher.group(2);
        }
        return SimulatedUvInit.DEFAULT_PYTHON;
    }

    @Override
    public int run(SimulatedInvocation invocation) {
        List<String> arguments = invocation.argumentsAfter(2);
        boolean withPip = true;
        boolean systemSitePackages = false;
        boolean clear = false;
        String prompt = null;
        String directory = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "--without-pip" -> withPip = false;
                case "--system-site-packages" -> systemSitePackages = true;
                case "--clear" -> clear = true;
                case "--upgrade-deps", "--copies", "--symlinks" -> {
                    // nothing to model
                }
                case "--prompt" -> {
                    if (i + 1 >= arguments.size()) {
                        return usage(invocation, "argument --prompt: expected one argument");
                    }
                    prompt = arguments.get(++i);
                }
                default -> {
                    if (argument.startsWith("-") || directory != null) {
                        return usage(invocation, "unrecognized arguments: " + argument);
                    }
                    directory = argument;
                }
            }
        }
        if (directory == null) {
            return usage(invocation, "the following arguments are required: ENV_DIR");
        }
        Optional<WorkspacePath> venv = invocation.workspacePath(directory);
        if (venv.isEmpty() || venv.get().isRoot()) {
            return invocation.fail(1, "Error: the simulated runner creates virtual environments only in a folder"
                    + " inside the workspace, not in " + directory);
        }
        if (invocation.workspace().exists(venv.get()) && !invocation.workspace().isDirectory(venv.get())) {
            return invocation.fail(1, "Error: [Errno 17] File exists: '" + directory + "'");
        }
        if (clear) {
            invocation.deleteTree(venv.get());
        }
        String version = pythonVersion(invocation.command().get(0));
        String config = "home = /usr/bin\n"
                + "include-system-site-packages = " + systemSitePackages + "\n"
                + "version = " + version + ".0\n"
                + (prompt == null ? "" : "prompt = '" + prompt + "'\n");
        invocation.workspace().createDirectories(venv.get().resolve("lib/python" + version + "/site-packages"));
        invocation.writeIfChanged(venv.get().resolve("pyvenv.cfg"), config);
        invocation.writeIfChanged(venv.get().resolve("bin/python"), placeholder("Python " + version + " interpreter"));
        if (withPip) {
            invocation.writeIfChanged(venv.get().resolve("bin/pip"), placeholder("pip"));
        }
        return 0;
    }

    private static int usage(SimulatedInvocation invocation, String problem) {
        return invocation.fail(2, "usage: venv [-h] [--system-site-packages] [--clear] [--without-pip]"
                + " [--prompt PROMPT] ENV_DIR\nvenv: error: " + problem);
    }

    static String placeholder(String what) {
        return "#!/bin/sh\n"
                + "# Placeholder for the " + what + " of a virtual environment simulated by Protostar.\n"
                + "echo 'This virtual environment was simulated; create it with a real python -m venv.' >&2\n"
                + "exit 1\n";
    }
}
