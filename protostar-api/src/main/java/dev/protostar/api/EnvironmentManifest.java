package dev.protostar.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the active modules declared for one run, immutable. Every collection keeps
 * declaration order, and declaring the same thing twice keeps the first occurrence only.
 *
 * @param vcsIgnores entries for {@code .gitignore}
 * @param directories folders to create
 * @param injections files written with this content only when they do not exist yet
 * @param merges structured payloads merged into files, in declaration order
 * @param systemTasks tasks that set the project up ({@code git init}, {@code uv init})
 * @param dependencies runtime dependencies
 * @param devDependencies development dependencies
 * @param dependencyInstaller how dependencies are installed, when a module said so
 * @param postInstallTasks tasks run last ({@code pre-commit install})
 * @param warnings problems modules noticed that do not stop the run
 */
public record EnvironmentManifest(
        Set<String> vcsIgnores,
        Set<WorkspacePath> directories,
        Map<WorkspacePath, String> injections,
        List<StructuredMerge> merges,
        List<SystemTask> systemTasks,
        Set<String> dependencies,
        Set<String> devDependencies,
        Optional<DependencyInstaller> dependencyInstaller,
        List<SystemTask> postInstallTasks,
        List<String> warnings) {

    /** Copies every collection, keeping its order. */
    public EnvironmentManifest {
        vcsIgnores = Collections.unmodifiableSet(new LinkedHashSet<>(vcsIgnores));
        directories = Collections.unmodifiableSet(new LinkedHashSet<>(directories));
        injections = Collections.unmodifiableMap(new LinkedHashMap<>(injections));
        merges = List.copyOf(merges);
        systemTasks = List.copyOf(systemTasks);
        dependencies = Collections.unmodifiableSet(new LinkedHashSet<>(dependencies));
        devDependencies = Collections.unmodifiableSet(new LinkedHashSet<>(devDependencies));
        Objects.requireNonNull(dependencyInstaller, "dependencyInstaller");
        postInstallTasks = List.copyOf(postInstallTasks);
        warnings = List.copyOf(warnings);
    }

    /** An empty builder. */
    public static ManifestBuilder builder() {
        return new ManifestBuilder();
    }
}
