package dev.protostar.modules.python;

import dev.protostar.api.PythonRequirement;
import dev.protostar.api.DependencyInstaller;
import dev.protostar.api.ModuleContext;
import dev.protostar.api.SystemTask;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tomlj.TomlParseResult;

/**
 * {@code uv add -- PKG...} for runtime dependencies, then {@code uv add --dev -- PKG...} for development
 * ones, each leaving out what {@code pyproject.toml} already declares. A failed resolution is a
 * warning. The {@code --} ends uv's options (its parser, clap, reads every later argument as a
 * package), a second guard after {@link dev.protostar.api.PythonRequirement} checked each one.
 */
final class UvDependencyInstaller implements DependencyInstaller {

    static final Duration TIMEOUT = Duration.ofMinutes(10);

    @Override
    public List<SystemTask> tasks(Set<String> dependencies, Set<String> devDependencies, ModuleContext workspace) {
        Optional<TomlParseResult> pyproject = Pyproject.read(workspace);
        Set<String> declared = names(pyproject, List.of("project", "dependencies"));
        Set<String> declaredDev = names(pyproject, List.of("dependency-groups", "dev"));
        declaredDev.addAll(names(pyproject, List.of("tool", "uv", "dev-dependencies")));

        List<SystemTask> tasks = new ArrayList<>();
        List<String> missing = missing(dependencies, declared);
        if (!missing.isEmpty()) {
            tasks.add(add(missing, false));
        }
        List<String> missingDev = missing(devDependencies, declaredDev);
        if (!missingDev.isEmpty()) {
            tasks.add(add(missingDev, true));
        }
        return tasks;
    }

    /** {@code uv remove} can take back what {@code uv add} added. */
    @Override
    public boolean removesPackages() {
        return true;
    }

    /** {@code uv remove -- NAME...}, then {@code uv remove --dev -- NAME...}, for the packages still declared. */
    @Override
    public List<SystemTask> removalTasks(Set<String> dependencies, Set<String> devDependencies,
            ModuleContext workspace) {
        Optional<TomlParseResult> pyproject = Pyproject.read(workspace);
        List<SystemTask> tasks = new ArrayList<>();
        List<String> declared = present(dependencies, names(pyproject, List.of("project", "dependencies")));
        if (!declared.isEmpty()) {
            tasks.add(remove(declared, false));
        }
        List<String> declaredDev = present(devDependencies, names(pyproject, List.of("dependency-groups", "dev")));
        if (!declaredDev.isEmpty()) {
            tasks.add(remove(declaredDev, true));
        }
        return tasks;
    }

    private static List<String> present(Set<String> requirements, Set<String> declared) {
        List<String> names = new ArrayList<>();
        for (String requirement : requirements) {
            String name = PythonRequirement.canonicalName(requirement);
            if (declared.contains(name) && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static SystemTask remove(List<String> names, boolean dev) {
        List<String> command = new ArrayList<>(List.of("uv", "remove"));
        if (dev) {
            command.add("--dev");
        }
        command.add("--");
        command.addAll(names);
        return SystemTask.command(command)
                .description((dev ? "Removing development dependencies no longer asked for: "
                        : "Removing dependencies no longer asked for: ") + String.join(", ", names))
                .timeout(TIMEOUT)
                .owns("pyproject.toml", "uv.lock", ".venv")
                .warnOnFailure()
                .build();
    }

    private static SystemTask add(List<String> packages, boolean dev) {
        List<String> command = new ArrayList<>(List.of("uv", "add"));
        if (dev) {
            command.add("--dev");
        }
        command.add("--"); // whatever a requirement looks like, uv reads it as a package, never as an option
        command.addAll(packages);
        return SystemTask.command(command)
                .description((dev ? "Adding development dependencies: " : "Adding dependencies: ")
                        + String.join(", ", packages))
                .timeout(TIMEOUT)
                .owns("pyproject.toml", "uv.lock", ".venv")
                .warnOnFailure()
                .build();
    }

    private static List<String> missing(Set<String> wanted, Set<String> declared) {
        List<String> missing = new ArrayList<>();
        for (String requirement : wanted) {
            if (!declared.contains(PythonRequirement.canonicalName(requirement))) {
                missing.add(requirement);
            }
        }
        return missing;
    }

    private static Set<String> names(Optional<TomlParseResult> pyproject, List<String> keyPath) {
        Set<String> names = new HashSet<>();
        for (String requirement : Pyproject.strings(pyproject, keyPath)) {
            names.add(PythonRequirement.canonicalName(requirement));
        }
        return names;
    }
}
