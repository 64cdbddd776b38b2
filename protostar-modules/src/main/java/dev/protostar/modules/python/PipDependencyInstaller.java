package dev.protostar.modules.python;

import dev.protostar.api.PythonRequirement;
import dev.protostar.api.DependencyInstaller;
import dev.protostar.api.ModuleContext;
import dev.protostar.api.SystemTask;
import dev.protostar.api.WorkspacePath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code .venv/bin/python -m pip install -- PKG...} for every dependency not yet installed in the virtual
 * environment (pip has no development group, so both lists go to the same environment), then
 * {@code pip freeze} into {@code requirements.txt} when that file does not exist yet. An existing
 * {@code requirements.txt} is never overwritten. A failed installation is a warning.
 */
final class PipDependencyInstaller implements DependencyInstaller {

    static final String VENV_PYTHON = ".venv/bin/python";
    private static final WorkspacePath REQUIREMENTS = WorkspacePath.of("requirements.txt");
    private static final WorkspacePath VENV_LIB = WorkspacePath.of(".venv/lib");

    @Override
    public List<SystemTask> tasks(Set<String> dependencies, Set<String> devDependencies, ModuleContext workspace) {
        Set<String> installed = installedPackages(workspace);
        Set<String> wanted = new LinkedHashSet<>(dependencies);
        wanted.addAll(devDependencies);
        List<String> missing = new ArrayList<>();
        for (String requirement : wanted) {
            if (!installed.contains(PythonRequirement.canonicalName(requirement))) {
                missing.add(requirement);
            }
        }
        List<SystemTask> tasks = new ArrayList<>();
        if (!missing.isEmpty()) {
            // "--" ends pip's options (optparse): every later argument is a requirement, never an option.
            List<String> command = new ArrayList<>(List.of(VENV_PYTHON, "-m", "pip", "install", "--"));
            command.addAll(missing);
            tasks.add(SystemTask.command(command)
                    .description("Installing into .venv: " + String.join(", ", missing))
                    .timeout(UvDependencyInstaller.TIMEOUT)
                    .warnOnFailure()
                    .build());
        }
        if (!workspace.exists(REQUIREMENTS)) {
            tasks.add(SystemTask.command(VENV_PYTHON, "-m", "pip", "freeze")
                    .description("Freezing the installed packages into requirements.txt")
                    .stdoutTo(REQUIREMENTS)
                    .warnOnFailure()
                    .build());
        }
        return tasks;
    }

    /** Canonical names of the packages whose {@code *.dist-info} folders are in the venv's site-packages. */
    private static Set<String> installedPackages(ModuleContext workspace) {
        Set<String> names = new HashSet<>();
        for (WorkspacePath python : workspace.list(VENV_LIB)) {
            if (!python.fileName().startsWith("python")) {
                continue;
            }
            for (WorkspacePath entry : workspace.list(python.resolve("site-packages"))) {
                String name = entry.fileName();
                int dash = name.indexOf('-');
                if (name.endsWith(".dist-info") && dash > 0) {
                    names.add(PythonRequirement.canonicalName(name.substring(0, dash)));
                }
            }
        }
        return names;
    }
}
