package dev.protostar.api;

import java.util.List;
import java.util.Set;

/**
 * Turns the run's collected dependencies into the tasks that install them, such as {@code uv add}
 * then {@code uv add --dev}. Declared by a language module; called once, after every earlier step
 * of the realization, so it sees the workspace as it is at that moment (for example, a {@code
 * pyproject.toml} that {@code uv init} just wrote) and can leave out what is already installed.
 */
@FunctionalInterface
public interface DependencyInstaller {

    /**
     * The tasks that install whichever of {@code dependencies} and {@code devDependencies} (both
     * insertion-ordered, possibly empty) are still missing, in the order they must run; an empty
     * list when everything is installed already.
     */
    List<SystemTask> tasks(Set<String> dependencies, Set<String> devDependencies, ModuleContext workspace);
}
