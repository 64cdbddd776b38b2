package dev.protostar;

import dev.protostar.api.BinaryLocator;
import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ChildEnvironment;
import dev.protostar.api.ConflictChoice;
import dev.protostar.api.CollisionStrategy;
import dev.protostar.api.Ide;
import dev.protostar.api.InvalidArgumentException;
import dev.protostar.api.JournalKey;
import dev.protostar.api.Plan;
import dev.protostar.api.PresetSettings;
import dev.protostar.api.Recipe;
import dev.protostar.api.ProcessRunner;
import dev.protostar.api.ProjectStatus;
import dev.protostar.api.Recipe;
import dev.protostar.api.ProtostarConfig;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.RunReport;
import dev.protostar.api.SystemExecutor;
import dev.protostar.api.TaskPolicy;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.lifecycle.Choice;
import dev.protostar.core.lifecycle.Lifecycle;
import dev.protostar.core.lifecycle.ProjectLock;
import dev.protostar.core.config.ConfigFiles;
import dev.protostar.core.config.ConfigLoader;
import dev.protostar.core.config.LoadedConfig;
import dev.protostar.core.config.RecipeFile;
import dev.protostar.core.orchestrator.DefaultSystemExecutor;
import dev.protostar.core.orchestrator.Orchestrator;
import dev.protostar.core.orchestrator.RunRequest;
import dev.protostar.core.process.CommonsExecProcessRunner;
import dev.protostar.core.process.PathBinaryLocator;
import dev.protostar.core.process.SimulatedProcessRunner;
import dev.protostar.modules.cpp.CppModule;
import dev.protostar.modules.latex.LatexModule;
import dev.protostar.modules.node.NodeModule;
import dev.protostar.modules.node.NodePackageManager;
import dev.protostar.modules.presets.ApiPreset;
import dev.protostar.modules.presets.AstroPreset;
import dev.protostar.modules.presets.CliPreset;
import dev.protostar.modules.presets.DspPreset;
import dev.protostar.modules.presets.EmbeddedPreset;
import dev.protostar.modules.presets.MlPreset;
import dev.protostar.modules.presets.PresetRegistry;
import dev.protostar.modules.presets.ScientificPreset;
import dev.protostar.modules.config.ConfigurationModule;
import dev.protostar.modules.config.RecipeModule;
import dev.protostar.modules.python.PackageManager;
import dev.protostar.modules.python.PythonModule;
import dev.protostar.modules.rust.RustModule;
import dev.protostar.modules.python.PythonOptions;
import dev.protostar.modules.system.SystemWorkspaceModule;
import dev.protostar.modules.tooling.DirenvModule;
import dev.protostar.modules.tooling.DockerModule;
import dev.protostar.modules.tooling.MarkdownlintModule;
import dev.protostar.modules.tooling.MypyModule;
import dev.protostar.modules.tooling.PreCommitModule;
import dev.protostar.modules.tooling.PytestModule;
import dev.protostar.modules.tooling.RuffModule;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The entry point: a fluent builder that scaffolds a developer environment.
 *
 * <pre>{@code
 * RunReport report = Protostar.builder()
 *         .workspace(Path.of("orbital-sim"))
 *         .python()
 *         .force()
 *         .run();
 * }</pre>
 *
 * <p>Nothing is written until every check has passed: existing project files are only merged into
 * when {@link Builder#force()} (or a {@link CollisionStrategy}) allows it, every missing program is
 * reported before the first write, and a failure during the run restores the workspace.
 */
public final class Protostar {

    private Protostar() {}

    /**
     * A builder with the defaults: no language, ruff on with Python, abort on collisions. It has no
     * workspace: give one with {@link Builder#workspace(Path)} or {@link Builder#workspace(Workspace)}
     * before {@link Builder#run()} or {@link Builder#plan()}; the library never falls back to the
     * JVM's current directory.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Stops tracking the project in {@code workspace}: removes {@code protostar.lock} and the {@code
     * [recipe]} table of {@code .protostar.toml}, in one transaction, and keeps every other file and
     * byte. Protostar then treats the project as any folder it did not make.
     *
     * @return the changes: empty when the project was not tracked
     * @throws dev.protostar.api.WorkspaceBusyException when another run holds the workspace
     */
    public static List<dev.protostar.api.Change> eject(Workspace workspace) {
        return eject(workspace, userJournalKey());
    }

    /** {@link #eject(Workspace)}, sealing its journal with {@code journalKey} (a command line passes its environment's key). */
    public static List<dev.protostar.api.Change> eject(Workspace workspace, JournalKey journalKey) {
        return dev.protostar.core.lifecycle.Ejection.eject(required(workspace, "eject()"),
                Objects.requireNonNull(journalKey, "journalKey"));
    }

    /**
     * A generation of boilerplate files for {@code target}, one of {@link #generators()}: for
     * example {@code Protostar.generate("pio").name("esp32dev").workspace(dir).run()}.
     *
     * @throws dev.protostar.api.InvalidArgumentException listing every target when there is none called {@code target}
     */
    public static Generation generate(String target) {
        return new Generation(target);
    }

    /** Every generator target, in the order help texts list them. */
    public static List<dev.protostar.api.GeneratorTarget> generators() {
        return dev.protostar.modules.generators.Generators.targets();
    }

    /**
     * Every module on the class path: the built-in ones and any others registered for {@link
     * java.util.ServiceLoader} under {@code META-INF/services/dev.protostar.api.BootstrapModule},
     * each made with its no-argument constructor (default options), ordered by category (workspace
     * basics, languages, tooling, presets) and, within a category, as registered. Built-in modules
     * come first in their category. Use it to list what a run can do, or to pass a discovered module
     * to {@link Builder#module(BootstrapModule)}.
     *
     * @throws java.util.ServiceConfigurationError when a registered module cannot be loaded
     */
    public static List<BootstrapModule> availableModules() {
        return availableModules(Protostar.class.getClassLoader());
    }

    /**
     * {@link #availableModules()} as {@code loader} sees them: the modules registered in the jars
     * that {@code loader} (a plugin's own class loader, say) and its parents can load, on the class
     * path ({@code META-INF/services}) or the module path ({@code provides
     * dev.protostar.api.BootstrapModule}).
     *
     * @throws java.util.ServiceConfigurationError when a registered module cannot be loaded
     */
    public static List<BootstrapModule> availableModules(ClassLoader loader) {
        List<BootstrapModule> found = new ArrayList<>();
        java.util.ServiceLoader.load(BootstrapModule.class, Objects.requireNonNull(loader, "loader"))
                .forEach(found::add);
        found.sort(java.util.Comparator.comparing(BootstrapModule::category));
        return List.copyOf(found);
    }

    /**
     * The built-in {@link SystemExecutor}, the one runs use unless {@link Builder#executor} names
     * another: it takes the workspace's run lock (replaying what a killed run left, when {@code
     * journalKey} shows this machine wrote it), validates every file it will merge, then writes
     * files and runs tasks with every mutation journaled, and restores the workspace on any failure.
     * Wrap it to observe or adjust what a run applies.
     *
     * @param journalKey seals the journal of each run, and decides which left-over journals are replayed
     */
    public static SystemExecutor defaultExecutor(JournalKey journalKey) {
        return new DefaultSystemExecutor(Objects.requireNonNull(journalKey, "journalKey"));
    }

    /**
     * The simulated {@link ProcessRunner}, the one {@link Builder#plan()} and runs on an in-memory
     * workspace use: it applies the effects of the commands Protostar starts ({@code git init},
     * {@code uv init}, {@code uv add}, {@code pip install} in a venv, {@code cargo init}, {@code
     * npm}/{@code pnpm}/{@code yarn init}, {@code direnv allow}, {@code pre-commit install}, {@code
     * nbdime config-git}) to the workspace, starts no process, and ends any other command with exit
     * code 127. Projects are named after the workspace's folder, {@code "project"} in memory. Its
     * {@link ProcessRunner#binaryLocator()} finds exactly the programs it simulates. It lives here,
     * not in the API, because the simulations are engine code.
     */
    public static ProcessRunner simulatedRunner() {
        return SimulatedProcessRunner.create();
    }

    /**
     * The {@link ProcessRunner} that starts real programs, the one runs on a folder use: children get
     * {@code environment} (a complete one, such as a changed copy of {@link System#getenv()}) less
     * the variables that would point tools elsewhere ({@code VIRTUAL_ENV}, {@code PYTHONHOME},
     * {@code GIT_DIR}, {@code GIT_WORK_TREE}, {@code GIT_INDEX_FILE}), and programs are looked up on
     * its {@code PATH}. A builder's {@link Builder#cleanEnvironment()} and the configuration's {@code
     * [env] scrub} still apply to it.
     */
    public static ProcessRunner localRunner(Map<String, String> environment) {
        return CommonsExecProcessRunner.withEnvironment(Objects.requireNonNull(environment, "environment"));
    }

    /** The text {@code protostar config} writes into a new configuration file: every setting, commented. */
    public static String configTemplate() {
        return dev.protostar.core.config.ConfigTemplate.text();
    }

    /**
     * {@link #simulatedRunner()}, naming projects {@code folderName} whatever the workspace: for
     * example to preview in memory what {@code uv init} would write in a folder of that name.
     *
     * @throws IllegalArgumentException when {@code folderName} is blank
     */
    public static ProcessRunner simulatedRunner(String folderName) {
        return SimulatedProcessRunner.forFolderNamed(folderName);
    }

    /**
     * A {@link BinaryLocator} that searches this process's {@code PATH} as a POSIX shell does (the
     * first executable regular file of that name in the listed folders), looking at the file system
     * on every call. Empty and relative {@code PATH} entries are skipped, and a name containing
     * {@code '/'} is never found, so the answer never depends on the JVM's working directory.
     */
    public static BinaryLocator binaryLocatorOnPath() {
        return PathBinaryLocator.ofSystem();
    }

    /**
     * {@link #binaryLocatorOnPath()} for the {@code PATH} of {@code environment} (a plugin passes the
     * environment its terminal or run configuration has); no {@code PATH} means nothing is found.
     */
    public static BinaryLocator binaryLocatorOnPath(Map<String, String> environment) {
        return PathBinaryLocator.fromEnvironment(environment);
    }

    /**
     * Reads the configuration file {@code file} (the format of {@code config.toml}; see the README's
     * "Configuration" section). A setting that is not understood (an unknown key, a wrong type, a
     * value outside the allowed ones) is left out and reported to {@code warnings}, one full sentence
     * each naming the file, the line where known and the key, in file order. It lives in the facade, not as
     * {@code ProtostarConfig.load}, because reading TOML is engine work and the API depends on
     * nothing but the JDK.
     *
     * @throws dev.protostar.api.ConfigurationException when the file is missing or unreadable, is not
     *     UTF-8, or is not valid TOML (with its line and column)
     */
    public static ProtostarConfig loadConfig(Path file, Consumer<String> warnings) {
        Objects.requireNonNull(warnings, "warnings");
        return deliver(ConfigLoader.read(file), warnings);
    }

    /**
     * The configuration the command line would use for a project in {@code projectDirectory}: the
     * global file ({@code $PROTOSTAR_CONFIG}, else {@code $XDG_CONFIG_HOME/protostar/config.toml},
     * else {@code <home>/.config/protostar/config.toml}; a missing default file means none) with the
     * project's {@code .protostar.toml} laid over it. The environment and home folder are given,
     * never read from this process. Warnings as in {@link #loadConfig(Path, Consumer)}.
     *
     * @throws dev.protostar.api.ConfigurationException when {@code $PROTOSTAR_CONFIG} names a missing
     *     file, or a file cannot be read or is not valid TOML
     */
    public static ProtostarConfig loadConfig(Path projectDirectory, Map<String, String> environment, Path home,
            Consumer<String> warnings) {
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        Objects.requireNonNull(warnings, "warnings");
        return deliver(ConfigFiles.of(environment, home, projectDirectory).load(projectDirectory), warnings);
    }

    /**
     * The recipe recorded in the project folder {@code projectDirectory}: {@link #recipe(Workspace)}
     * of {@code Workspace.at(projectDirectory)}.
     *
     * @throws dev.protostar.api.ConfigurationException as {@link #recipe(Workspace)} does
     * @throws dev.protostar.api.WorkspaceException when the folder does not exist or the file cannot be read
     */
    public static Optional<Recipe> recipe(Path projectDirectory) {
        return recipe(Workspace.at(Objects.requireNonNull(projectDirectory, "projectDirectory")));
    }

    /**
     * The recipe recorded in {@code workspace}: the {@code [recipe]} table of its {@code
     * .protostar.toml} (see {@link Recipe}), or empty when the file or the table is absent. The file
     * is untrusted input and read strictly, since the recipe decides what a run does: a missing list
     * means an empty one (every tool it does not list is off), but everything else that is not a
     * valid recipe is refused. Nothing is written.
     *
     * @throws dev.protostar.api.ConfigurationException (exit code 78) naming {@code .protostar.toml}
     *     and the line when the file is not UTF-8 or not valid TOML, is not a regular file (a
     *     symbolic link is not followed), or its
     *     {@code [recipe]} holds an unknown key, a value of the wrong type, or a language, tool,
     *     preset, module id or option value Protostar does not know (the message lists the known ones)
     */
    public static Optional<Recipe> recipe(Workspace workspace) {
        return RecipeFile.read(Objects.requireNonNull(workspace, "workspace"));
    }

    /**
     * The configuration a command line chooses: {@link #loadConfig(Path, Map, Path, Consumer)} with
     * the global file given explicitly ({@code --config}, resolved against {@code workingDirectory})
     * and, when {@code ignoreFiles}, neither the global file nor the project's {@code .protostar.toml}
     * read ({@code --no-config}).
     *
     * @throws dev.protostar.api.ConfigurationException naming the file and line of a problem
     */
    public static ProtostarConfig loadConfig(Path projectDirectory, Map<String, String> environment, Path home,
            Path workingDirectory, Optional<Path> explicitFile, boolean ignoreFiles, Consumer<String> warnings) {
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        Objects.requireNonNull(warnings, "warnings");
        return deliver(configFiles(environment, home, workingDirectory, explicitFile, ignoreFiles)
                .load(projectDirectory), warnings);
    }

    /**
     * Where the global configuration file is for these choices: {@code explicitFile} (resolved against
     * {@code workingDirectory}), else {@code $PROTOSTAR_CONFIG}, else {@code
     * $XDG_CONFIG_HOME/protostar/config.toml}, else {@code ~/.config/protostar/config.toml}.
     */
    public static Path globalConfigFile(Map<String, String> environment, Path home, Path workingDirectory,
            Optional<Path> explicitFile) {
        return configFiles(environment, home, workingDirectory, explicitFile, false).globalFile();
    }

    private static ConfigFiles configFiles(Map<String, String> environment, Path home, Path workingDirectory,
            Optional<Path> explicitFile, boolean ignoreFiles) {
        ConfigFiles files = ConfigFiles.of(environment, home, workingDirectory);
        if (explicitFile.isPresent()) {
            files = files.withExplicitFile(explicitFile.get());
        }
        return ignoreFiles ? files.ignoringFiles() : files;
    }

    private static ProtostarConfig deliver(LoadedConfig loaded, Consumer<String> warnings) {
        loaded.warnings().forEach(warnings);
        return loaded.config();
    }

    /**
     * {@code workspace}, or, when none was given, an {@link dev.protostar.api.InvalidArgumentException}
     * (exit code 2) saying to give one: the library has no implicit current directory.
     */
    static Workspace required(Workspace workspace, String call) {
        if (workspace == null) {
            throw new dev.protostar.api.InvalidArgumentException("workspace", null,
                    "no workspace was given to " + call + ", and Protostar never falls back to the JVM's current"
                            + " directory.",
                    "Call .workspace(Path.of(\"my-project\")) or .workspace(Workspace.inMemory()) before " + call
                            + "; a command-line front end passes its working folder explicitly.");
        }
        return workspace;
    }

    /** The default journal key of runs and generations: this user's key file, found with this process's environment. */
    static JournalKey userJournalKey() {
        return JournalKey.forUser(System.getenv());
    }

    /** Collects the options of one run; {@link #run()} and {@link #plan()} may be called more than once. */
    public static final class Builder {

        private Workspace workspace;
        private boolean pythonSelected;
        private PythonOptions python;
        /** The languages other than Python that are selected. */
        private final Set<String> languages = new HashSet<>();
        /** The explicit Node package manager, or {@code null} for the configuration's. */
        private NodePackageManager nodePackageManager;
        private ProtostarConfig config = ProtostarConfig.empty();
        private Ide ide;
        private final Map<String, Boolean> tools = new HashMap<>();
        private CollisionStrategy collisionStrategy = CollisionStrategy.abort();
        private boolean forceReadOnly;
        private ProcessRunner processRunner;
        private SystemExecutor executor;
        private BinaryLocator binaryLocator;
        private ChildEnvironment childEnvironment = ChildEnvironment.inherited();
        private ProtostarListener listener = ProtostarListener.none();
        private final List<BootstrapModule> extraModules = new ArrayList<>();
        private final List<String> moduleIds = new ArrayList<>();
        private ClassLoader moduleLoader = Protostar.class.getClassLoader();
        private final Set<String> presets = new HashSet<>();
        private JournalKey journalKey;
        private Duration taskTimeout;
        private boolean strict;
        private BooleanSupplier cancelRequested = () -> false;
        private boolean untracked;
        private final Map<String, ConflictChoice> decisions = new java.util.LinkedHashMap<>();
        private final Set<WorkspacePath> restore = new java.util.LinkedHashSet<>();

        private Builder() {}

        /** Works in the folder {@code directory}, which must exist; {@link #run()} and {@link #plan()} need a workspace. */
        public Builder workspace(Path directory) {
            this.workspace = Workspace.at(directory);
            return this;
        }

        /** Works in {@code workspace}, for example {@link Workspace#inMemory()}. */
        public Builder workspace(Workspace value) {
            this.workspace = Objects.requireNonNull(value, "workspace");
            return this;
        }

        /**
         * Sets up a Python project with the configuration's package manager and version, by default
         * uv and Python {@value PythonOptions#DEFAULT_VERSION}.
         */
        public Builder python() {
            this.pythonSelected = true;
            this.python = null;
            return this;
        }

        /** Sets up a Python project with the given package manager and version, whatever the configuration says. */
        public Builder python(PythonOptions options) {
            this.python = Objects.requireNonNull(options, "options");
            this.pythonSelected = true;
            return this;
        }

        /** Sets up a Rust project: {@code target/} ignored, {@code cargo init --vcs none} when there is no {@code Cargo.toml}. */
        public Builder rust() {
            return language(RustModule.ID);
        }

        /**
         * Sets up a Node project with the configuration's {@code node_package_manager}, else npm:
         * {@code node_modules/} and build output ignored, {@code <manager> init} when needed.
         */
        public Builder node() {
            this.nodePackageManager = null;
            return language(NodeModule.ID);
        }

        /**
         * Sets up a Node project with the given package manager ({@code npm init -y}, {@code pnpm
         * init}, {@code yarn init -y}), whatever the configuration says.
         */
        public Builder node(NodePackageManager packageManager) {
            this.nodePackageManager = Objects.requireNonNull(packageManager, "packageManager");
            return language(NodeModule.ID);
        }

        /** Sets up a C++ project: build output, object files and the compilation database ignored. */
        public Builder cpp() {
            return language(CppModule.ID);
        }

        /** Sets up a LaTeX document: the auxiliary files of TeX and latexmk ignored. */
        public Builder latex() {
            return language(LatexModule.ID);
        }

        private Builder language(String id) {
            languages.add(id);
            return this;
        }

        /** The Node package manager: the explicit one, else the configuration's, else npm. */
        private NodePackageManager nodePackageManager() {
            return nodePackageManager != null ? nodePackageManager
                    : config.nodePackageManager().map(NodePackageManager::parse).orElse(NodePackageManager.NPM);
        }

        /** The editor: the explicit one, else the configuration's, else VS Code. */
        private Ide ide() {
            return ide != null ? ide : config.ide().orElse(Ide.VSCODE);
        }

        /**
         * Makes this builder stand for {@code recipe}, as if the matching methods had been called on a
         * builder without choices of its own: exactly the recipe's languages are selected; every
         * built-in tool is switched on when the recipe lists it and off when it does not (every tool is
         * a switch); the presets and the ids given to {@link #module(String)} become the recipe's; and
         * the options decide the Python package manager and version, the editor and the Node package
         * manager, where an option the recipe leaves out means the built-in default (uv, uv's default
         * Python version or pip's {@code python3}, VS Code, npm), not the configuration's. Everything
         * else (workspace, configuration, collision strategy, modules given as objects...) is left as
         * it is. {@code recipe(r).recipe()} equals {@code r} for every recipe some builder's {@link
         * #recipe()} returned.
         */
        public Builder recipe(Recipe recipe) {
            Objects.requireNonNull(recipe, "recipe");
            pythonSelected = recipe.languages().contains(PythonModule.ID);
            python = pythonSelected ? new PythonOptions(
                    PackageManager.parse(recipe.option(Recipe.PYTHON_PACKAGE_MANAGER).orElse("uv")),
                    recipe.option(Recipe.PYTHON_VERSION)) : null;
            Optional<Ide> editor = recipe.option(Recipe.IDE).flatMap(Ide::fromConfigName);
            ide = pythonSelected ? editor.orElse(Ide.VSCODE) : editor.orElse(null);
            languages.clear();
            recipe.languages().stream().filter(id -> !id.equals(PythonModule.ID)).forEach(languages::add);
            nodePackageManager = languages.contains(NodeModule.ID)
                    ? NodePackageManager.parse(recipe.option(Recipe.NODE_PACKAGE_MANAGER).orElse("npm"))
                    : recipe.option(Recipe.NODE_PACKAGE_MANAGER).map(NodePackageManager::parse).orElse(null);
            for (String tool : Recipe.TOOLS) {
                tools.put(tool, recipe.isOn(tool));
            }
            presets.clear();
            presets.addAll(recipe.presets());
            moduleIds.clear();
            moduleIds.addAll(recipe.modules());
            return this;
        }

        /**
         * The recipe this builder stands for: what its run would make of the project, with the
         * configuration and the defaults applied, as the run records it in the project's {@code
         * .protostar.toml}. Tools are those the run applies: one switched on whose requirement is not
         * selected (mypy without Python) is left out, as the run skips it. An id given to {@link
         * #module(String)} that names a built-in language, tool or preset is recorded under that
         * heading. Options: for Python its package manager, its version (uv's default version written
         * out, so the project keeps it when the default changes; pip without a version has none) and
         * the editor; for Node its package manager. Modules given as objects to {@link
         * #module(BootstrapModule)} are not part of it: a host that adds them adds them again. Reads
         * nothing and needs no workspace.
         *
         * @throws IllegalArgumentException when an id given to {@link #module(String)} is not a module id
         */
        public Recipe recipe() {
            List<BootstrapModule> selected = selectedModules();
            Set<String> ids = new HashSet<>();
            selected.forEach(module -> ids.add(module.id()));
            extraModules.forEach(module -> ids.add(module.id()));
            ids.addAll(moduleIds);
            List<String> languageIds = new ArrayList<>();
            List<String> toolIds = new ArrayList<>();
            List<String> presetIds = new ArrayList<>();
            for (BootstrapModule module : selected) {
                if (!ids.containsAll(module.requires())) {
                    continue; // skipped by the run
                }
                String id = module.id();
                (Recipe.LANGUAGES.contains(id) ? languageIds : Recipe.TOOLS.contains(id) ? toolIds
                        : Recipe.PRESETS.contains(id) ? presetIds : new ArrayList<String>()).add(id);
            }
            List<String> others = new ArrayList<>();
            for (String id : moduleIds) {
                if (Recipe.LANGUAGES.contains(id)) {
                    languageIds.add(id);
                } else if (Recipe.TOOLS.contains(id)) {
                    toolIds.add(id);
                } else if (Recipe.PRESETS.contains(id)) {
                    presetIds.add(id);
                } else if (!id.equals(SystemWorkspaceModule.ID)) {
                    others.add(id);
                }
            }
            Map<String, String> options = new HashMap<>();
            if (languageIds.contains(PythonModule.ID)) {
                PythonOptions chosen = pythonOptions();
                options.put(Recipe.PYTHON_PACKAGE_MANAGER, chosen.packageManager().cliName());
                chosen.requestedVersion()
                        .or(() -> chosen.packageManager() == PackageManager.UV
                                ? Optional.of(PythonOptions.DEFAULT_VERSION) : Optional.empty())
                        .ifPresent(version -> options.put(Recipe.PYTHON_VERSION, version));
                options.put(Recipe.IDE, ide().configName());
            }
            if (languageIds.contains(NodeModule.ID)) {
                options.put(Recipe.NODE_PACKAGE_MANAGER, nodePackageManager().program());
            }
            return new Recipe(languageIds, toolIds, presetIds, others, options);
        }

        /**
         * Applies the user's settings ({@code config.toml}, {@code .protostar.toml}; read them with
         * {@link Protostar#loadConfig(Path, Map, Path, Consumer)}). Precedence: an explicit builder call (a tool
         * switched on or off, {@link #python(PythonOptions)}, {@link #ide(Ide)}) beats the
         * configuration, which beats the built-in default. Its {@code [dev]} extra dependencies and
         * {@code [dev.pyproject]} tables apply to Python projects, after every module; a key those
         * tables name beats the modules' value, while a value already in {@code pyproject.toml}
         * before the run is kept under MERGE.
         */
        public Builder config(ProtostarConfig value) {
            this.config = Objects.requireNonNull(value, "config");
            return this;
        }

        /** Sets the project up for the editor {@code value}, whatever the configuration says (default: VS Code). */
        public Builder ide(Ide value) {
            this.ide = Objects.requireNonNull(value, "ide");
            return this;
        }

        /** The Python options: the explicit ones, else the configuration's manager and version, else the defaults. */
        private PythonOptions pythonOptions() {
            if (python != null) {
                return python;
            }
            PackageManager manager = config.pythonPackageManager().map(PackageManager::parse).orElse(PackageManager.UV);
            return new PythonOptions(manager, config.pythonVersion());
        }

        /** Adds Ruff (on by default whenever Python is selected; needs Python). */
        public Builder ruff() {
            return tool(RuffModule.ID, true);
        }

        /** Leaves Ruff out. */
        public Builder noRuff() {
            return tool(RuffModule.ID, false);
        }

        /** Adds mypy: strict settings in {@code pyproject.toml}, the dev dependency, its cache ignored (needs Python). */
        public Builder mypy() {
            return tool(MypyModule.ID, true);
        }

        /** Leaves mypy out (the default). */
        public Builder noMypy() {
            return tool(MypyModule.ID, false);
        }

        /** Adds pytest: settings, {@code tests/}, dev dependencies with coverage and mocks (needs Python). */
        public Builder pytest() {
            return tool(PytestModule.ID, true);
        }

        /** Leaves pytest out (the default). */
        public Builder noPytest() {
            return tool(PytestModule.ID, false);
        }

        /** Adds pre-commit: {@code git init} when needed, {@code .pre-commit-config.yaml}, {@code pre-commit install}. */
        public Builder preCommit() {
            return tool(PreCommitModule.ID, true);
        }

        /** Leaves pre-commit out (the default). */
        public Builder noPreCommit() {
            return tool(PreCommitModule.ID, false);
        }

        /** Adds direnv: an {@code .envrc} region that activates the project's environment, then {@code direnv allow}. */
        public Builder direnv() {
            return tool(DirenvModule.ID, true);
        }

        /** Leaves direnv out (the default). */
        public Builder noDirenv() {
            return tool(DirenvModule.ID, false);
        }

        /** Adds markdownlint: {@code .markdownlint.yaml} (written when absent) and its pre-commit hook. */
        public Builder markdownlint() {
            return tool(MarkdownlintModule.ID, true);
        }

        /** Leaves markdownlint out (the default). */
        public Builder noMarkdownlint() {
            return tool(MarkdownlintModule.ID, false);
        }

        /**
         * Adds Docker: {@code .dockerignore} and a {@code Dockerfile} (written when absent) that fits the
         * Python project: two stages with uv, one with pip installing {@code requirements.txt}, for its
         * Python version. Needs Python: without it Docker is skipped with a warning, since there is no
         * Dockerfile for Rust, Node, C++ or LaTeX projects.
         */
        public Builder docker() {
            return tool(DockerModule.ID, true);
        }

        /** Leaves Docker out (the default). */
        public Builder noDocker() {
            return tool(DockerModule.ID, false);
        }

        /** Adds the scientific preset: NumPy, SciPy, pandas, plotting, scikit-learn, a Jupyter kernel (needs Python). */
        public Builder scientific() {
            return preset(ScientificPreset.ID);
        }

        /** Adds the astronomy preset: Astropy and friends, {@code .gitattributes}, nbdime for notebooks (needs Python). */
        public Builder astro() {
            return preset(AstroPreset.ID);
        }

        /** Adds the machine-learning preset: PyTorch, scikit-learn, the Hugging Face Hub client, tqdm (needs Python). */
        public Builder ml() {
            return preset(MlPreset.ID);
        }

        /** Adds the web API preset: FastAPI, uvicorn, pydantic, httpx (needs Python). */
        public Builder api() {
            return preset(ApiPreset.ID);
        }

        /** Adds the command-line app preset: Typer and Rich (needs Python). */
        public Builder cli() {
            return preset(CliPreset.ID);
        }

        /** Adds the audio and MIDI preset: librosa, soundfile, mido, mutagen, pydub (needs Python). */
        public Builder dsp() {
            return preset(DspPreset.ID);
        }

        /** Adds the embedded preset: pyserial, esptool, Adafruit Blinka (needs Python). */
        public Builder embedded() {
            return preset(EmbeddedPreset.ID);
        }

        /**
         * Adds the preset {@code id}; presets are applied after the tools, in registry order
         * (scientific, astro, ml, api, cli, dsp, embedded) whatever order they were added in.
         *
         * @throws IllegalArgumentException when no preset has this id; the message lists the known ids
         */
        public Builder preset(String id) {
            if (!PresetRegistry.isKnown(Objects.requireNonNull(id, "id"))) {
                throw new IllegalArgumentException(PresetRegistry.unknown(id));
            }
            presets.add(id);
            return this;
        }

        /** The settings of preset {@code id}; the defaults for now, later from the configuration's {@code [presets.<id>]}. */
        /** The configuration's {@code [presets.<id>]} replacements, or the preset's own defaults. */
        private PresetSettings presetSettings(String id) {
            return config.preset(id);
        }

        private Builder tool(String id, boolean on) {
            tools.put(id, on);
            return this;
        }

        /** Merges into existing project files instead of aborting; the user's values are kept. */
        public Builder force() {
            return collisionStrategy(CollisionStrategy.merge());
        }

        /**
         * Lets the run modify read-only files (mode without owner-write bit, such as {@code 0444});
         * each keeps its mode. Without this, a run that would modify one stops before writing with a
         * {@link dev.protostar.api.ReadOnlyTargetException} naming every such file (CLI: {@code
         * --force-readonly}).
         */
        public Builder forceReadOnly() {
            this.forceReadOnly = true;
            return this;
        }

        /**
         * Makes every failed task fail the run: a failed optional task, such as a dependency install
         * ({@code uv add}, {@code pip install}) that would otherwise end the run {@link
         * dev.protostar.api.RunStatus#PARTIAL_SUCCESS} with a warning, throws its {@link
         * dev.protostar.api.TaskFailedException} and the workspace is restored (CLI: {@code --strict}).
         */
        public Builder strict() {
            this.strict = true;
            return this;
        }

        /**
         * The time limit of every system task, replacing each task's own (two minutes, ten for a
         * dependency install) whether longer or shorter; default: the configuration's {@code [env]
         * task_timeout}, else each task's own (CLI: {@code --timeout}). A task that runs longer is
         * stopped with its whole process tree and the run fails with a {@link
         * dev.protostar.api.TaskFailedException} (exit code 75).
         *
         * @throws IllegalArgumentException when {@code timeout} is not positive or longer than a day
         */
        public Builder taskTimeout(Duration timeout) {
            new TaskPolicy(Optional.of(timeout), false); // validates
            this.taskTimeout = timeout;
            return this;
        }

        /** Decides about existing project files (default: {@link CollisionStrategy#abort()}). */
        public Builder collisionStrategy(CollisionStrategy strategy) {
            this.collisionStrategy = Objects.requireNonNull(strategy, "strategy");
            return this;
        }

        /**
         * Runs system tasks with {@code runner} (default: real processes for a workspace on the
         * local disk, {@link Protostar#simulatedRunner()} otherwise).
         */
        public Builder processRunner(ProcessRunner runner) {
            this.processRunner = Objects.requireNonNull(runner, "runner");
            return this;
        }

        /**
         * Which environment variables the programs the run starts receive (default: {@link
         * ChildEnvironment#inherited()}, every variable but {@link ChildEnvironment#ALWAYS_REMOVED}).
         * The configuration's {@code [env] scrub} patterns ({@link ProtostarConfig#envScrub()}) are
         * removed in addition. Applies to the built-in runner of real processes (the default, or one
         * given to {@link #processRunner}); a runner of another kind gets its environment from you.
         */
        public Builder childEnvironment(ChildEnvironment value) {
            this.childEnvironment = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Passes only {@link ChildEnvironment#CLEAN_ALLOWED} (PATH, HOME, LANG, XDG_*, where tools keep
         * their caches...) to the programs the run starts: {@code childEnvironment(ChildEnvironment.clean())}.
         */
        public Builder cleanEnvironment() {
            return childEnvironment(ChildEnvironment.clean());
        }

        /**
         * Applies each run's manifest with {@code value} instead of the built-in executor ({@link
         * Protostar#defaultExecutor}). The run still decides what to do (collision intercept,
         * pre-flight, aggregation), then calls {@link SystemExecutor#execute} once with the manifest
         * and the run's workspace, resolution, process runner, listener and task policy; what it
         * returns is the run's report, with the durations of the run's own phases added. From then on
         * the executor owns the run: the workspace's lock, validation, writing, and restoring the
         * workspace on failure; {@link #journalKey} is not used (give the key to the executor).
         * {@link #plan()} calls it too, on the plan's in-memory overlay with simulated tasks, so a plan
         * predicts what this executor would do.
         */
        public Builder executor(SystemExecutor value) {
            this.executor = Objects.requireNonNull(value, "executor");
            return this;
        }

        /** Answers pre-flight questions with {@code locator} (default: the process runner's). */
        public Builder binaryLocator(BinaryLocator locator) {
            this.binaryLocator = Objects.requireNonNull(locator, "locator");
            return this;
        }

        /** Reports progress to {@code value}. */
        public Builder listener(ProtostarListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /**
         * Seals the run's journal with {@code key}, and replays a journal a killed run left in the
         * workspace only when {@code key} shows that this machine wrote it there; otherwise the run
         * stops with an {@link dev.protostar.api.UntrustedJournalException} and changes nothing.
         * Runs that must recover each other's journals need equal keys. Default: {@link
         * JournalKey#forUser(java.util.Map) JournalKey.forUser(System.getenv())}, the file {@code
         * $XDG_STATE_HOME/protostar/journal.key} (else {@code ~/.local/state/protostar/journal.key}),
         * created on first need.
         */
        public Builder journalKey(JournalKey key) {
            this.journalKey = Objects.requireNonNull(key, "key");
            return this;
        }

        /**
         * Lets the host stop the run: {@code cancelRequested} is asked on the thread that called
         * {@link #run()} or {@link #plan()}, before every phase, before every folder, file and task
         * of the realization, and at least every 100 ms while a system task runs. When it returns
         * {@code true}, the running task's whole process tree is stopped, every change the run made
         * is rolled back and a {@link dev.protostar.api.RunCancelledException} (exit code 130) is
         * thrown. When it throws — IntelliJ's {@code ProgressManager::checkCanceled} throws {@code
         * ProcessCanceledException} — the same is done and its exception comes out of the run
         * unchanged: not wrapped, not logged, nothing added when the rollback was complete (a {@link
         * dev.protostar.api.RollbackFailedException} is added to it as suppressed when it was not).
         * A listener that throws is treated the same way. Default: never cancelled.
         */
        public Builder cancelWhen(BooleanSupplier cancelRequested) {
            this.cancelRequested = Objects.requireNonNull(cancelRequested, "cancelRequested");
            return this;
        }

        /** Adds a module of your own; it is applied in its category's place in registry order. */
        public Builder module(BootstrapModule module) {
            extraModules.add(Objects.requireNonNull(module, "module"));
            return this;
        }

        /**
         * Adds the module registered for {@link java.util.ServiceLoader} under the id {@code id}, made
         * with its no-argument constructor, as {@link Protostar#availableModules(ClassLoader)} lists
         * them for the {@link #moduleLoader} (default: the class loader that loaded Protostar). The id
         * is looked up when {@link #run()} or {@link #plan()} is called, so the order of {@code
         * module(id)} and {@code moduleLoader(...)} does not matter. A module the builder selects
         * anyway (such as {@code "system"}, or {@code "ruff"} with {@link #python()}) is not added
         * twice: the builder's own, with the configuration's options, is kept.
         *
         * @throws NullPointerException when {@code id} is null; an unknown id is reported by {@code
         *     run()}/{@code plan()} as an {@link dev.protostar.api.InvalidArgumentException} listing the
         *     known ids, before anything is read or written
         */
        public Builder module(String id) {
            moduleIds.add(Objects.requireNonNull(id, "id"));
            return this;
        }

        /**
         * Looks up the ids given to {@link #module(String)} with {@code loader}: an IDE plugin passes
         * its own class loader, which sees the modules in the plugin's jars besides Protostar's.
         */
        public Builder moduleLoader(ClassLoader loader) {
            this.moduleLoader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * Runs the scaffold.
         *
         * @return what changed; {@link dev.protostar.api.RunStatus#NO_CHANGES} when nothing had to
         * @throws dev.protostar.api.InvalidArgumentException when no {@link #workspace(Path) workspace}
         *     was given; nothing is read or written
         * @throws dev.protostar.api.ProtostarException (a subclass) when the run cannot complete;
         *     the workspace is then as it was
         */
        public RunReport run() {
            return orchestrator().run(request("run()"));
        }

        /**
         * A dry run: what {@link #run()} would do with the same options, found without writing a
         * byte to the workspace or starting a process.
         *
         * <p>Everything runs as in {@link #run()} (the same modules and collision strategy, the same
         * checks) but on an in-memory copy-on-write overlay of the workspace, with system tasks
         * simulated by {@link Protostar#simulatedRunner()} (named after the workspace's folder, so
         * {@code uv init} in {@code orbital-sim} predicts {@code name = "orbital-sim"}); the
         * configured process runner is used only when it is itself simulated. Pre-flight asks the
         * binary locator the real run would use (by default the real runner's, which searches the
         * {@code PATH}), so a missing program fails the plan as it would fail the run.
         *
         * @return every change the run would make, with diffs, and the commands it would run
         * @throws dev.protostar.api.InvalidArgumentException when no {@link #workspace(Path) workspace}
         *     was given
         * @throws dev.protostar.api.ProtostarException (a subclass) where {@link #run()} would fail
         *     before writing anything; the workspace is untouched either way
         */
        public Plan plan() {
            return orchestrator().plan(request("plan()"));
        }

        /**
         * Keeps a tracked project in step with its request: what {@link #run()} does, and when the
         * builder selects no language and no module, the request is the project's recipe (the {@code
         * [recipe]} table of its {@code .protostar.toml}, as {@code init} recorded it and a person
         * edited it since).
         *
         * <p>Every value Protostar wrote and nobody edited follows the request: new defaults are
         * applied, tools switched off are retracted, tools switched on are added. Edits the user made
         * are kept ({@link dev.protostar.api.ManagedChange.Kind#PRESERVED}); where both sides changed a
         * value, the file keeps the user's and the report lists a {@link dev.protostar.api.SyncConflict}
         * (status {@link dev.protostar.api.RunStatus#PARTIAL_SUCCESS}) until {@link #resolve} decides
         * it. A file the user deleted stays deleted unless {@link #restore} asks for it. Set-up commands
         * that ran for the project once ({@code git init}, {@code uv init}) do not run again, and only
         * dependencies not installed yet are installed. One transaction: a failure restores every file.
         *
         * @throws dev.protostar.api.ConfigurationException when nothing is selected and the project has
         *     no recipe, or when {@code protostar.lock} or the recipe cannot be used (named, with the line)
         * @throws dev.protostar.api.InvalidArgumentException when a {@link #resolve} decision names no
         *     conflict of this sync (unknown, or stale because the file changed since); nothing is
         *     written and no command runs
         */
        public RunReport sync() {
            RunRequest request = syncRequest("sync()");
            if (!decisions.isEmpty()) {
                orchestrator().plan(request); // an unknown or stale decision fails here, before any process runs
            }
            return orchestrator().run(request);
        }

        /**
         * Whether the project is in step, found without writing a byte or starting a process: the
         * plan of {@link #sync()}, and how the recipe differs from the request {@code protostar.lock}
         * recorded.
         *
         * @throws dev.protostar.api.ProtostarException (a subclass) where {@link #sync()} would fail
         *     before writing anything
         */
        public ProjectStatus status() {
            RunRequest request = syncRequest("status()");
            Plan plan = orchestrator().plan(request);
            Optional<ProjectLock> lock = ProjectTracking.lockOf(request.workspace());
            return new ProjectStatus(plan, lock.map(l -> ProjectTracking.drift(l.request(),
                    request.lifecycle().request())).orElse(List.of()), lock.isPresent());
        }

        /**
         * Decides a conflict for the next {@link #sync()} or {@link #run()}.
         *
         * @param conflict the conflict's {@link dev.protostar.api.SyncConflict#id() id} ({@code
         *     c-1a2b3c4d5e}) or {@link dev.protostar.api.SyncConflict#address() address} ({@code
         *     pyproject.toml:tool.ruff.line-length})
         */
        public Builder resolve(String conflict, ConflictChoice choice) {
            decisions.put(Objects.requireNonNull(conflict, "conflict"), Objects.requireNonNull(choice, "choice"));
            return this;
        }

        /** Writes {@code path} again although the user deleted it (by default a deleted file stays deleted). */
        public Builder restore(WorkspacePath path) {
            restore.add(Objects.requireNonNull(path, "path"));
            return this;
        }

        /**
         * Runs without {@code protostar.lock}: nothing is read from it or written to it, and the run
         * creates as Protostar did before projects were tracked (every existing file a collision).
         */
        public Builder withoutLock() {
            this.untracked = true;
            return this;
        }

        /** The request of a sync: the builder's selection, or the project's recipe when it selects nothing. */
        private RunRequest syncRequest(String action) {
            Workspace target = required(workspace, action);
            if (!selectsSomething()) {
                // The recipe a person edits wins; without one, the request the lock recorded (read, and so
                // checked, first: a lock that cannot be used is reported as such).
                Recipe recipe = Protostar.recipe(target).filter(r -> !r.languages().isEmpty() || !r.modules().isEmpty())
                        .or(() -> ProjectTracking.lockOf(target).map(lock -> ProjectTracking.recipe(lock.request())))
                        .orElseThrow(() -> new dev.protostar.api.ConfigurationException(
                        "Nothing to keep in step: " + target.describe() + " has no recipe ([recipe] in .protostar.toml)"
                                + " and nothing was selected.",
                        "Run `protostar init` with the languages and tools you want first; it records them."));
                recipe(recipe);
            }
            return request(action);
        }

        private boolean selectsSomething() {
            return pythonSelected || !languages.isEmpty() || !extraModules.isEmpty() || !moduleIds.isEmpty();
        }

        private Lifecycle lifecycle(List<BootstrapModule> selected) {
            if (untracked) {
                return Lifecycle.untracked();
            }
            Map<String, Choice> chosen = new java.util.LinkedHashMap<>();
            decisions.forEach((key, choice) -> chosen.put(key, Choice.valueOf(choice.name())));
            return Lifecycle.tracked(ProjectTracking.request(recipe())).with(chosen, restore);
        }


        private Orchestrator orchestrator() {
            return executor != null ? new Orchestrator(executor) : new Orchestrator();
        }

        private RunRequest request(String action) {
            Workspace target = required(workspace, action);
            ProcessRunner runner = processRunner != null ? processRunner
                    : target.localDirectory().isPresent() ? CommonsExecProcessRunner.create()
                    : SimulatedProcessRunner.create();
            if (runner instanceof CommonsExecProcessRunner real) {
                runner = real.restrictedBy(childEnvironment.and(config.childEnvironment()));
            }
            BinaryLocator locator = binaryLocator != null ? binaryLocator : runner.binaryLocator();
            TaskPolicy taskPolicy = new TaskPolicy(
                    taskTimeout != null ? Optional.of(taskTimeout) : config.taskTimeout(), strict);
            List<BootstrapModule> selected = modules();
            return new RunRequest(target, selected, collisionStrategy, runner, locator, listener, forceReadOnly,
                    journalKey != null ? journalKey : userJournalKey(), taskPolicy, cancelRequested,
                    lifecycle(selected));
        }

        /**
         * Adds a tool when it was switched on, or else when the configuration or its default switches
         * it on. A tool the configuration switches on is left out quietly when what it needs (Python,
         * for mypy) is not selected: the configuration holds defaults for every kind of project.
         */
        private void addTool(List<BootstrapModule> modules, String id, boolean onByDefault,
                Supplier<BootstrapModule> module) {
            Boolean explicit = tools.get(id);
            if (explicit != null || config.tool(id).isEmpty()) {
                if (explicit != null ? explicit : onByDefault) {
                    modules.add(module.get());
                }
                return;
            }
            if (config.tool(id).get()) {
                BootstrapModule configured = module.get();
                List<String> selected = modules.stream().map(BootstrapModule::id).toList();
                if (selected.containsAll(configured.requires())) {
                    modules.add(configured);
                }
            }
        }

        /** The modules named by {@link #module(String)}, in the order given, leaving out ids already in {@code selected}. */
        private List<BootstrapModule> modulesById(List<BootstrapModule> selected) {
            if (moduleIds.isEmpty()) {
                return List.of();
            }
            Map<String, BootstrapModule> known = new java.util.LinkedHashMap<>();
            for (BootstrapModule module : availableModules(moduleLoader)) {
                known.putIfAbsent(module.id(), module);
            }
            Set<String> taken = new HashSet<>();
            selected.forEach(module -> taken.add(module.id()));
            List<BootstrapModule> found = new ArrayList<>();
            for (String id : moduleIds) {
                BootstrapModule module = known.get(id);
                if (module == null) {
                    throw new InvalidArgumentException("module", id,
                            "no module with this id is registered for ServiceLoader with the module loader;"
                                    + " the known modules are " + String.join(", ", known.keySet()) + ".",
                            "Name one of the known modules, or register yours in META-INF/services/"
                                    + "dev.protostar.api.BootstrapModule (or `provides` in module-info.java) of a"
                                    + " jar its class loader sees, and pass that loader to moduleLoader(...).");
                }
                if (taken.add(id)) {
                    found.add(module);
                }
            }
            return found;
        }

        /** The workspace basics, languages, tools and presets the builder's own choices select, in registry order. */
        private List<BootstrapModule> selectedModules() {
            List<BootstrapModule> modules = new ArrayList<>();
            modules.add(new SystemWorkspaceModule());
            if (pythonSelected) {
                modules.add(new PythonModule(pythonOptions(), ide()));
            }
            if (languages.contains(RustModule.ID)) {
                modules.add(new RustModule());
            }
            if (languages.contains(NodeModule.ID)) {
                modules.add(new NodeModule(nodePackageManager()));
            }
            if (languages.contains(CppModule.ID)) {
                modules.add(new CppModule());
            }
            if (languages.contains(LatexModule.ID)) {
                modules.add(new LatexModule());
            }
            // Registry order of the tools, whatever order the builder methods were called in.
            addTool(modules, RuffModule.ID, pythonSelected, RuffModule::new);
            addTool(modules, MypyModule.ID, false, MypyModule::new);
            addTool(modules, PytestModule.ID, false, PytestModule::new);
            addTool(modules, PreCommitModule.ID, false, PreCommitModule::new);
            addTool(modules, DirenvModule.ID, false, DirenvModule::new);
            addTool(modules, MarkdownlintModule.ID, false, MarkdownlintModule::new);
            addTool(modules, DockerModule.ID, false,
                    () -> new DockerModule(pythonSelected ? pythonOptions() : PythonOptions.defaults()));
            for (String id : PresetRegistry.ids()) {
                if (presets.contains(id)) {
                    modules.add(PresetRegistry.create(id, presetSettings(id)));
                }
            }
            return modules;
        }

        private List<BootstrapModule> modules() {
            List<BootstrapModule> modules = selectedModules();
            modules.addAll(extraModules);
            modules.addAll(modulesById(modules));
            if (ConfigurationModule.hasAdditions(config)) {
                modules.add(new ConfigurationModule(config));
            }
            Recipe recipe = recipe();
            if (!recipe.languages().isEmpty()) {
                modules.add(new RecipeModule(recipe));
            }
            return modules;
        }
    }
}
