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
 * @param dockerIgnores extra entries for {@code .dockerignore}, beyond {@code vcsIgnores}
 * @param writesDockerIgnore whether {@code .dockerignore} is maintained at all (a module turned
 *     Docker support on); it then receives {@code vcsIgnores} and {@code dockerIgnores}
 * @param directories folders to create
 * @param injections files written with this content only when they do not exist yet
 * @param preCommitRepos repositories for {@code .pre-commit-config.yaml}, one per URL
 * @param merges structured payloads merged into files, in declaration order
 * @param textBlocks marked regions in plain files, one per file and tag
 * @param systemTasks tasks that set the project up ({@code git init}, {@code uv init})
 * @param dependencies runtime dependencies
 * @param devDependencies development dependencies
 * @param dependencyInstaller how dependencies are installed, when a module said so
 * @param postInstallTasks tasks run last ({@code pre-commit install})
 * @param configuredPythonVersion the Python version configuration asks for, used for {@code
 *     {{PYTHON_VERSION}}} in payloads when the project itself does not say
 * @param warnings problems modules noticed that do not stop the run
 */
public record EnvironmentManifest(
        Set<String> vcsIgnores,
        Set<String> dockerIgnores,
        boolean writesDockerIgnore,
        Set<WorkspacePath> directories,
        Map<WorkspacePath, String> injections,
        List<PreCommitRepo> preCommitRepos,
        List<StructuredMerge> merges,
        List<TextBlock> textBlocks,
        List<SystemTask> systemTasks,
        Set<String> dependencies,
        Set<String> devDependencies,
        Optional<DependencyInstaller> dependencyInstaller,
        List<SystemTask> postInstallTasks,
        Optional<String> configuredPythonVersion,
        List<String> warnings) {

    /** Copies every collection, keeping its order. */
    public EnvironmentManifest {
        vcsIgnores = Collections.unmodifiableSet(new LinkedHashSet<>(vcsIgnores));
        dockerIgnores = Collections.unmodifiableSet(new LinkedHashSet<>(dockerIgnores));
        directories = Collections.unmodifiableSet(new LinkedHashSet<>(directories));
        injections = Collections.unmodifiableMap(new LinkedHashMap<>(injections));
        preCommitRepos = List.copyOf(preCommitRepos);
        merges = List.copyOf(merges);
        textBlocks = List.copyOf(textBlocks);
        systemTasks = List.copyOf(systemTasks);
        dependencies = Collections.unmodifiableSet(new LinkedHashSet<>(dependencies));
        devDependencies = Collections.unmodifiableSet(new LinkedHashSet<>(devDependencies));
        Objects.requireNonNull(dependencyInstaller, "dependencyInstaller");
        postInstallTasks = List.copyOf(postInstallTasks);
        Objects.requireNonNull(configuredPythonVersion, "configuredPythonVersion");
        warnings = List.copyOf(warnings);
    }

    /** An empty builder. */
    public static ManifestBuilder builder() {
        return new ManifestBuilder();
    }
}
