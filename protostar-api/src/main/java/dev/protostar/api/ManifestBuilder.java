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
    private final Set<String> dockerIgnores = new LinkedHashSet<>();
    private boolean writesDockerIgnore;
    private final Set<WorkspacePath> directories = new LinkedHashSet<>();
    private final Map<WorkspacePath, String> injections = new LinkedHashMap<>();
    private final Map<String, PreCommitRepo> preCommitRepos = new LinkedHashMap<>();
    private final Set<StructuredMerge> merges = new LinkedHashSet<>();
    private final Map<List<Object>, TextBlock> textBlocks = new LinkedHashMap<>();
    private final Set<SystemTask> systemTasks = new LinkedHashSet<>();
    private final Set<String> dependencies = new LinkedHashSet<>();
    private final Set<String> devDependencies = new LinkedHashSet<>();
    private DependencyInstaller dependencyInstaller;
    private final Set<SystemTask> postInstallTasks = new LinkedHashSet<>();
    private String configuredPythonVersion;
    private final Set<String> warnings = new LinkedHashSet<>();

    ManifestBuilder() {}

    /** Adds {@code .gitignore} entries such as {@code ".venv/"}; surrounding blanks are trimmed. */
    public ManifestBuilder vcsIgnore(String... entries) {
        addIgnores(vcsIgnores, entries);
        return this;
    }

    /**
     * Adds {@code .dockerignore} entries beyond the {@code .gitignore} ones (which it always gets).
     * They are written only once some module calls {@link #writeDockerIgnore()}.
     */
    public ManifestBuilder dockerIgnore(String... entries) {
        addIgnores(dockerIgnores, entries);
        return this;
    }

    /**
     * Turns on the maintenance of {@code .dockerignore}: every vcs ignore, then {@code .git/},
     * {@code tests/}, {@code docs/}, {@code README*}, {@code .vscode/}, {@code .idea/}, then every
     * docker ignore.
     */
    public ManifestBuilder writeDockerIgnore() {
        this.writesDockerIgnore = true;
        return this;
    }

    private static void addIgnores(Set<String> target, String... entries) {
        for (String entry : entries) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty() || trimmed.contains("\n") || trimmed.contains("\r")) {
                throw new IllegalArgumentException("An ignore entry must be one non-blank line, got \"" + entry + "\"");
            }
            target.add(trimmed);
        }
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

    /**
     * Declares a repository for {@code .pre-commit-config.yaml}. A second declaration of the same
     * URL adds the hooks the first lacked; the first revision stays.
     */
    public ManifestBuilder preCommitRepo(PreCommitRepo repo) {
        Objects.requireNonNull(repo, "repo");
        preCommitRepos.merge(repo.repo(), repo, (first, second) -> {
            List<PreCommitHook> hooks = new java.util.ArrayList<>(first.hooks());
            for (PreCommitHook hook : second.hooks()) {
                if (hooks.stream().noneMatch(h -> h.id().equals(hook.id()))) {
                    hooks.add(hook);
                }
            }
            return new PreCommitRepo(first.repo(), first.rev(), hooks);
        });
        return this;
    }

    /**
     * Declares a JSON payload (an object) to merge into {@code path}, creating the file when
     * absent; the target may hold comments and trailing commas.
     */
    public ManifestBuilder mergeJson(String path, String payload) {
        merges.add(new StructuredMerge(WorkspacePath.of(path), MergeFormat.JSON, payload));
        return this;
    }

    /**
     * Declares the content of the region {@code tag} in the plain file {@code path}, created when
     * absent; a later declaration of the same file and tag replaces an earlier one.
     */
    public ManifestBuilder textBlock(String path, String tag, String content) {
        TextBlock block = new TextBlock(WorkspacePath.of(path), tag, content);
        textBlocks.put(List.of(block.target(), tag), block);
        return this;
    }

    /** The Python version configuration asks for ({@code major.minor}), the fallback for {@code {{PYTHON_VERSION}}}. */
    public ManifestBuilder configuredPythonVersion(String version) {
        this.configuredPythonVersion = Objects.requireNonNull(version, "version");
        return this;
    }

    /** Declares a TOML payload to merge into {@code path}, creating the file when absent. */
    public ManifestBuilder mergeToml(String path, String payload) {
        merges.add(new StructuredMerge(WorkspacePath.of(path), MergeFormat.TOML, payload));
        return this;
    }

    /**
     * Declares a TOML payload for {@code path} that is laid over every module's payload for that
     * file: each key it names wins over the value a module declares (so configuration overrides
     * module defaults), whatever the order of declaration. A value the file held before the run is
     * still the user's: kept under {@link Resolution#MERGE}, replaced under {@link Resolution#OVERWRITE}.
     */
    public ManifestBuilder overrideToml(String path, String payload) {
        merges.add(new StructuredMerge(WorkspacePath.of(path), MergeFormat.TOML, payload, true));
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
        return new EnvironmentManifest(vcsIgnores, dockerIgnores, writesDockerIgnore, directories, injections,
                List.copyOf(preCommitRepos.values()), List.copyOf(merges), List.copyOf(textBlocks.values()),
                List.copyOf(systemTasks), dependencies, devDependencies, Optional.ofNullable(dependencyInstaller),
                List.copyOf(postInstallTasks), Optional.ofNullable(configuredPythonVersion), List.copyOf(warnings));
    }
}
