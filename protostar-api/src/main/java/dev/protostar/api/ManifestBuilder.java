package dev.protostar.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects module declarations into an {@link EnvironmentManifest}. Order is kept; repeated
 * declarations collapse into the first. Not safe for use by several threads at once.
 *
 * <p>Every method checks its arguments before it records anything and refuses an unusable one with
 * an {@link InvalidArgumentException} naming the argument and the offending value: {@code null}, a
 * blank, a path that is not a {@link WorkspacePath}, a dependency that is not a PEP 508 {@link
 * PythonRequirement}, an ignore entry that is not one {@link IgnoreEntry line}. A call that throws
 * leaves the builder as it was.
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
        List<String> checked = new ArrayList<>();
        for (String entry : array("ignore entry", entries)) {
            Optional<String> problem = IgnoreEntry.problem(entry);
            if (problem.isPresent()) {
                throw new InvalidArgumentException("ignore entry", String.valueOf(entry), problem.get(),
                        "Give one non-blank line per entry, such as \".venv/\".");
            }
            checked.add(entry.strip());
        }
        target.addAll(checked);
    }

    /** Adds folders to create, such as {@code "tests"}. */
    public ManifestBuilder directory(String... paths) {
        List<WorkspacePath> checked = new ArrayList<>();
        for (String path : array("folder", paths)) {
            checked.add(path("folder", path));
        }
        directories.addAll(checked);
        return this;
    }

    /** {@code value} as a workspace path, or an {@link InvalidArgumentException} naming {@code argument}. */
    private static WorkspacePath path(String argument, String value) {
        required(argument, value);
        try {
            return WorkspacePath.of(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(argument, value, "not a relative path inside the project: "
                    + e.getMessage(), "Use a relative path with \"/\" between names, such as \"docs/api\".");
        }
    }

    /** {@code value}, or an {@link InvalidArgumentException} naming {@code argument} when it is null. */
    private static <T> T required(String argument, T value) {
        if (value == null) {
            throw new InvalidArgumentException(argument, "null", "a value is required", null);
        }
        return value;
    }

    /** {@code values}, checked for a null array. */
    private static String[] array(String argument, String[] values) {
        return required(argument + " list", values);
    }

    /**
     * Declares a file written with {@code content} only when it does not exist yet. A later
     * declaration for the same path replaces an earlier one (so configuration can override module
     * defaults).
     */
    public ManifestBuilder inject(String path, String content) {
        WorkspacePath target = path("injected file", path);
        injections.put(target, required("content of " + path, content));
        return this;
    }

    /**
     * Declares a repository for {@code .pre-commit-config.yaml}. A second declaration of the same
     * URL adds the hooks the first lacked; the first revision stays.
     */
    public ManifestBuilder preCommitRepo(PreCommitRepo repo) {
        required("pre-commit repository", repo);
        preCommitRepos.merge(repo.repo(), repo, (first, second) -> {
            List<PreCommitHook> hooks = new ArrayList<>(first.hooks());
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
        merges.add(new StructuredMerge(path("JSON merge target", path), MergeFormat.JSON,
                required("JSON payload for " + path, payload)));
        return this;
    }

    /**
     * Declares the content of the region {@code tag} in the plain file {@code path}, created when
     * absent; a later declaration of the same file and tag replaces an earlier one.
     */
    public ManifestBuilder textBlock(String path, String tag, String content) {
        WorkspacePath target = path("text block target", path);
        if (required("text block tag", tag).isBlank()) {
            throw new InvalidArgumentException("text block tag", tag, "it is blank", "Name the region, such as \"direnv\".");
        }
        TextBlock block;
        try {
            block = new TextBlock(target, tag, required("text block content", content));
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("text block tag", tag, e.getMessage(), null);
        }
        textBlocks.put(List.of(block.target(), tag), block);
        return this;
    }

    /** The Python version configuration asks for ({@code major.minor}), the fallback for {@code {{PYTHON_VERSION}}}. */
    public ManifestBuilder configuredPythonVersion(String version) {
        if (!ProtostarConfig.isPythonVersion(required("Python version", version))) {
            throw new InvalidArgumentException("Python version", version, "not of the form major.minor",
                    "Give a version such as \"3.13\".");
        }
        this.configuredPythonVersion = version;
        return this;
    }

    /** Declares a TOML payload to merge into {@code path}, creating the file when absent. */
    public ManifestBuilder mergeToml(String path, String payload) {
        merges.add(new StructuredMerge(path("TOML merge target", path), MergeFormat.TOML,
                required("TOML payload for " + path, payload)));
        return this;
    }

    /**
     * Declares a TOML payload for {@code path} that is laid over every module's payload for that
     * file: each key it names wins over the value a module declares (so configuration overrides
     * module defaults), whatever the order of declaration. A value the file held before the run is
     * still the user's: kept under {@link Resolution#MERGE}, replaced under {@link Resolution#OVERWRITE}.
     */
    public ManifestBuilder overrideToml(String path, String payload) {
        merges.add(new StructuredMerge(path("TOML merge target", path), MergeFormat.TOML,
                required("TOML payload for " + path, payload), true));
        return this;
    }

    /** Adds a task that sets the project up; tasks run in declaration order. */
    public ManifestBuilder systemTask(SystemTask task) {
        systemTasks.add(required("system task", task));
        return this;
    }

    /**
     * Adds runtime dependencies such as {@code "numpy"} or {@code "numpy>=2"}: PEP 508 requirements
     * (see {@link PythonRequirement}), never options such as {@code "-e"}.
     */
    public ManifestBuilder dependency(String... requirements) {
        addRequirements(dependencies, requirements);
        return this;
    }

    /** Adds development dependencies such as {@code "ruff"}: PEP 508 requirements, as {@link #dependency}. */
    public ManifestBuilder devDependency(String... requirements) {
        addRequirements(devDependencies, requirements);
        return this;
    }

    private static void addRequirements(Set<String> target, String... requirements) {
        List<String> checked = new ArrayList<>();
        for (String requirement : array("dependency", requirements)) {
            checked.add(PythonRequirement.of(requirement).text());
        }
        target.addAll(checked);
    }

    /** Sets how dependencies are installed; a later call replaces an earlier one. */
    public ManifestBuilder dependencyInstaller(DependencyInstaller installer) {
        this.dependencyInstaller = required("dependency installer", installer);
        return this;
    }

    /** Adds a task that runs after dependencies are installed. */
    public ManifestBuilder postInstallTask(SystemTask task) {
        postInstallTasks.add(required("post-install task", task));
        return this;
    }

    /** Records a problem that does not stop the run. */
    public ManifestBuilder warning(String message) {
        warnings.add(required("warning", message));
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
