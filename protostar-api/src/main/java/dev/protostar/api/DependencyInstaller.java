package dev.protostar.api;

import java.util.List;
import java.util.Set;

/**
 * Turns the run's collected dependencies into the tasks that install them, such as {@code uv add}
 * then {@code uv add --dev}. Declared by a language module; called once, after every module
 * contributed.
 */
@FunctionalInterface
public interface DependencyInstaller {

    /**
     * The tasks that install {@code dependencies} and {@code devDependencies} (both
     * insertion-ordered, possibly empty), in the order they must run.
     */
    List<SystemTask> tasks(Set<String> dependencies, Set<String> devDependencies);
}
