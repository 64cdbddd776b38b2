package dev.protostar.core.process;

import dev.protostar.api.WorkspacePath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pip inside a virtual environment: {@code <venv>/bin/python -m pip ...} or {@code <venv>/bin/pip
 * ...}. {@code install [-r file] [--] <package>...} creates
 * {@code <venv>/lib/pythonX.Y/site-packages/<name>-0.0.0.dist-info/METADATA} per package (the
 * folder name uses the wheel convention: normalised, {@code _} for separators);
 * {@code freeze} prints {@code name==version} for every {@code .dist-info} folder, lower case and
 * sorted. A missing environment ({@code <venv>/pyvenv.cfg} absent) fails with exit code 1.
 */
final class SimulatedPip implements SimulatedCommand {

    private static final Pattern PIP = Pattern.compile("pip(?:\\d+(?:\\.\\d+)?)?");
    private static final Pattern PYTHON = Pattern.compile("python(?:\\d+(?:\\.\\d+)?)?");
    private static final Pattern CONFIG_VERSION = Pattern.compile("(?m)^version\\s*=\\s*(\\d+)\\.(\\d+)");
    private static final String VERSION = "0.0.0";

    @Override
    public boolean providesProgram(String name) {
        String base = SimulatedCommand.baseName(name);
        return name.contains("/bin/") && (PIP.matcher(base).matches() || PYTHON.matcher(base).matches());
    }

    @Override
    public boolean accepts(List<String> command) {
        String program = command.get(0);
        if (!program.contains("/")) {
            return false;
        }
        String base = SimulatedCommand.baseName(program);
        return PIP.matcher(base).matches()
                || (PYTHON.matcher(base).matches() && command.size() >= 3 && command.get(1).equals("-m")
                        && command.get(2).equals("pip"));
    }

    @Override
    public int run(SimulatedInvocation invocation) {
        String program = invocation.command().get(0);
        boolean viaPython = PYTHON.matcher(SimulatedCommand.baseName(program)).matches();
        List<String> arguments = invocation.argumentsAfter(viaPython ? 2 : 0); // skip "-m pip"
        Optional<WorkspacePath> bin = invocation.workspacePath(program).flatMap(WorkspacePath::parent);
        Optional<WorkspacePath> venv = bin.filter(folder -> folder.fileName().equals("bin")).flatMap(WorkspacePath::parent);
        if (venv.isEmpty() || !invocation.workspace().isFile(venv.get().resolve("pyvenv.cfg"))) {
            return invocation.fail(1, program + ": no virtual environment here (" + venv.map(v -> v + "/pyvenv.cfg")
                    .orElse("the program is not in a <venv>/bin folder of the workspace")
                    + " is missing). Create it first with `python -m venv <dir>`.");
        }
        WorkspacePath sitePackages = sitePackages(invocation, venv.get());
        if (arguments.isEmpty()) {
            return invocation.fail(1, "ERROR: no pip command given (the simulated runner supports install and freeze)");
        }
        return switch (arguments.get(0)) {
            case "install" -> install(invocation, sitePackages, arguments.subList(1, arguments.size()));
            case "freeze" -> freeze(invocation, sitePackages);
            default -> invocation.fail(1, "ERROR: unknown command \"" + arguments.get(0)
                    + "\" (the simulated runner supports install and freeze)");
        };
    }

    private static WorkspacePath sitePackages(SimulatedInvocation invocation, WorkspacePath venv) {
        String config = invocation.workspace().readString(venv.resolve("pyvenv.cfg"));
        Matcher version = CONFIG_VERSION.matcher(config);
        String pythonVersion = version.find() ? version.group(1) + "." + version.group(2) : SimulatedUvInit.DEFAULT_PYTHON;
        return venv.resolve("lib/python" + pythonVersion + "/site-packages");
    }

    private static int install(SimulatedInvocation invocation, WorkspacePath sitePackages, List<String> arguments) {
        List<String> requirements = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (optionsEnded) {
                requirements.add(argument); // after "--" pip (optparse) reads every argument as a requirement
            } else if (argument.equals("--")) {
                optionsEnded = true;
            } else if ((argument.equals("-r") || argument.equals("--requirement")) && i + 1 < arguments.size()) {
                Optional<WorkspacePath> file = invocation.workspacePath(arguments.get(++i));
                if (file.isEmpty() || !invocation.workspace().isFile(file.get())) {
                    return invocation.fail(1, "ERROR: Could not open requirements file: " + arguments.get(i));
                }
                invocation.workspace().readString(file.get()).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(requirements::add);
            } else if (List.of("-q", "--quiet", "-U", "--upgrade", "--disable-pip-version-check", "--no-input")
                    .contains(argument)) {
                continue; // no effect on what the simulation writes
            } else if (argument.startsWith("-")) {
                return invocation.fail(2, "ERROR: no such option: " + argument);
            } else {
                requirements.add(argument);
            }
        }
        if (requirements.isEmpty()) {
            return invocation.fail(1, "ERROR: You must give at least one requirement to install");
        }
        for (String requirement : requirements) {
            if (PythonNames.requirementName(requirement).isEmpty()) {
                return invocation.fail(1, "ERROR: Invalid requirement: '" + requirement + "'");
            }
        }
        Map<WorkspacePath, String> installed = new LinkedHashMap<>();
        for (String requirement : requirements) {
            String name = PythonNames.requirementName(requirement).orElseThrow();
            WorkspacePath distInfo = sitePackages.resolve(PythonNames.distributionStem(name) + "-" + VERSION + ".dist-info");
            if (installed.containsKey(distInfo)) {
                continue; // named twice in one command
            }
            if (invocation.workspace().exists(distInfo)) {
                invocation.out("Requirement already satisfied: " + name + " in ./" + sitePackages + " (" + VERSION + ")");
            } else {
                invocation.workspace().createDirectories(distInfo);
                invocation.writeIfChanged(distInfo.resolve("METADATA"),
                        "Metadata-Version: 2.1\nName: " + name + "\nVersion: " + VERSION + "\n");
                installed.put(distInfo, name);
            }
        }
        if (!installed.isEmpty()) {
            invocation.out("Successfully installed " + String.join(" ",
                    installed.values().stream().map(name -> name + "-" + VERSION).toList()));
        }
        return 0;
    }

    private static int freeze(SimulatedInvocation invocation, WorkspacePath sitePackages) {
        TreeSet<String> lines = new TreeSet<>();
        if (invocation.workspace().isDirectory(sitePackages)) {
            for (WorkspacePath entry : invocation.workspace().list(sitePackages)) {
                String folder = entry.fileName();
                if (folder.endsWith(".dist-info") && invocation.workspace().isDirectory(entry)) {
                    lines.add(freezeLine(invocation, entry, folder.substring(0, folder.length() - ".dist-info".length())));
                }
            }
        }
        lines.forEach(invocation::out);
        return 0;
    }

    /** {@code name==version} from METADATA, falling back to the folder name's {@code name-version}. */
    private static String freezeLine(SimulatedInvocation invocation, WorkspacePath distInfo, String stem) {
        int dash = stem.lastIndexOf('-');
        String name = dash > 0 ? stem.substring(0, dash) : stem;
        String version = dash > 0 ? stem.substring(dash + 1) : VERSION;
        WorkspacePath metadata = distInfo.resolve("METADATA");
        if (invocation.workspace().isFile(metadata)) {
            for (String line : new String(invocation.workspace().read(metadata), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("Name: ")) {
                    name = line.substring("Name: ".length()).strip();
                } else if (line.startsWith("Version: ")) {
                    version = line.substring("Version: ".length()).strip();
                }
            }
        }
        return name.toLowerCase(Locale.ROOT) + "==" + version;
    }
}
