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

    /**
     * Whether {@link #removalTasks} can remove packages. The default is {@code false}: the run then
     * leaves packages no longer asked for and reports them with a warning.
     */
    default boolean removesPackages() {
        return false;
    }

    /**
     * The tasks that remove whichever of {@code dependencies} and {@code devDependencies} are still
     * declared: packages an earlier run installed that the request no longer asks for (a tool
     * switched off). Called before {@link #tasks}, and only when {@link #removesPackages()}; an empty
     * list means none of them is declared any more.
     */
    default List<SystemTask> removalTasks(Set<String> dependencies, Set<String> devDependencies,
            ModuleContext workspace) {
        return List.of();
    }
}
