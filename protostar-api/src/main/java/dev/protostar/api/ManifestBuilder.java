package dev.protostar.api;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Collects module declarations into an {@link EnvironmentManifest}. Order is kept; repeated
 * declarations collapse into the first. Not safe for use by several threads at once.
 */
public final class ManifestBuilder {

    private final Set<String> vcsIgnores = new LinkedHashSet<>();
    private final Set<WorkspacePath> directories = new LinkedHashSet<>();
    private final Map<WorkspacePath, String> injections = new LinkedHashMap<>();
    private final Set<StructuredMerge> merges = new LinkedHashSet<>();
    private final Set<SystemTask> systemTasks = new LinkedHashSet<>();
    private final Set<String> dependencies = new LinkedHashSet<>();
    private final Set<String> devDependencies = new LinkedHashSet<>();
    private DependencyInstaller dependencyInstaller;
    private final Set<SystemTask> postInstallTasks = new LinkedHashSet<>();
    private final Set<String> warnings = new LinkedHashSet<>();

    ManifestBuilder() {}

    /** Adds {@code .gitignore} entries such as {@code ".venv/"}; surrounding blanks are trimmed. */
    public ManifestBuilder vcsIgnore(String... entries) {
        for (String entry : entries) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty() || trimmed.contains("\n") || trimmed.contains("\r")) {
                throw new IllegalArgumentException("An ignore entry must be one non-blank line, got \"" + entry + "\"");
            }
            vcsIgnores.add(trimmed);
        }
        return this;
    }

    /** Adds folders to create, such as {@code "tests"}. */
    public ManifestBuilder directory(String... paths) {
        for (String path : paths) {
            directories.add(WorkspacePath.of(path));
        }
        return this;
    }

    /**
     * Declares a file written with {@code content} only when it does not exist yet. A later
     * declaration for the same path replaces an earlier one (so configuration can override module
     * defaults).
     */
    public ManifestBuilder inject(String path, String content) {
        injections.put(WorkspacePath.of(path), Objects.requireNonNull(content, "content"));
        return this;
    }

    /** Declares a TOML payload to merge into {@code path}, creating the file when absent. */
    public ManifestBuilder mergeToml(String path, String payload) {
        merges.add(new StructuredMerge(WorkspacePath.of(path), MergeFormat.TOML, payload));
        return this;
    }

    /** Adds a task that sets the project up; tasks run in declaration order. */
    public ManifestBuilder systemTask(SystemTask task) {
        systemTasks.add(Objects.requireNonNull(task, "task"));
        return this;
    }

    /** Adds runtime dependencies such as {@code "numpy"}. */
    public ManifestBuilder dependency(String... names) {
        addNames(dependencies, names);
        return this;
    }

    /** Adds development dependencies such as {@code "ruff"}. */
    public ManifestBuilder devDependency(String... names) {
        addNames(devDependencies, names);
        return this;
    }

    private static void addNames(Set<String> target, String... names) {
        for (String name : names) {
            String trimmed = name.strip();
            if (trimmed.isEmpty()) {
                throw new IllegalArgumentException("A dependency name must not be blank");
            }
            target.add(trimmed);
        }
    }

    /** Sets how dependencies are installed; a later call replaces an earlier one. */
    public ManifestBuilder dependencyInstaller(DependencyInstaller installer) {
        this.dependencyInstaller = Objects.requireNonNull(installer, "installer");
        return this;
    }

    /** Adds a task that runs after dependencies are installed. */
    public ManifestBuilder postInstallTask(SystemTask task) {
        postInstallTasks.add(Objects.requireNonNull(task, "task"));
        return this;
    }

    /** Records a problem that does not stop the run. */
    public ManifestBuilder warning(String message) {
        warnings.add(Objects.requireNonNull(message, "message"));
        return this;
    }

    /** An immutable snapshot of everything declared so far. */
    public EnvironmentManifest build() {
        return new EnvironmentManifest(vcsIgnores, directories, injections, List.copyOf(merges),
                List.copyOf(systemTasks), dependencies, devDependencies, Optional.ofNullable(dependencyInstaller),
                List.copyOf(postInstallTasks), List.copyOf(warnings));
    }
}
