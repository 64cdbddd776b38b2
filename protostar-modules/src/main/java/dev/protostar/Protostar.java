package dev.protostar;

import dev.protostar.api.BinaryLocator;
import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ChildEnvironment;
import dev.protostar.api.CollisionStrategy;
import dev.protostar.api.Ide;
import dev.protostar.api.JournalKey;
import dev.protostar.api.Plan;
import dev.protostar.api.PresetSettings;
import dev.protostar.api.ProcessRunner;
import dev.protostar.api.ProtostarConfig;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.RunReport;
import dev.protostar.api.TaskPolicy;
import dev.protostar.api.Workspace;
import dev.protostar.core.orchestrator.Orchestrator;
import dev.protostar.core.orchestrator.RunRequest;
import dev.protostar.core.process.CommonsExecProcessRunner;
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

    /** A builder with the defaults: the current directory, no language, ruff on with Python, abort on collisions. */
    public static Builder builder() {
        return new Builder();
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
        List<BootstrapModule> found = new ArrayList<>();
        java.util.ServiceLoader.load(BootstrapModule.class, Protostar.class.getClassLoader()).forEach(found::add);
        found.sort(java.util.Comparator.comparing(BootstrapModule::category));
        return List.copyOf(found);
    }

    /** The default workspace of runs and generations: the JVM's current directory. */
    static Workspace currentDirectory() {
        return Workspace.at(Path.of(System.getProperty("user.dir")));
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
        private final Map<String, Supplier<BootstrapModule>> languages = new HashMap<>();
        private ProtostarConfig config = ProtostarConfig.empty();
        private Ide ide;
        private final Map<String, Boolean> tools = new HashMap<>();
        private CollisionStrategy collisionStrategy = CollisionStrategy.abort();
        private boolean forceReadOnly;
        private ProcessRunner processRunner;
        private BinaryLocator binaryLocator;
        private ChildEnvironment childEnvironment = ChildEnvironment.inherited();
        private ProtostarListener listener = ProtostarListener.none();
        private final List<BootstrapModule> extraModules = new ArrayList<>();
        private final Set<String> presets = new HashSet<>();
        private JournalKey journalKey;
        private Duration taskTimeout;
        private boolean strict;

        private Builder() {}

        /** Works in the folder {@code directory}, which must exist (default: the current directory). */
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
            return language(RustModule.ID, RustModule::new);
        }

        /**
         * Sets up a Node project with the configuration's {@code node_package_manager}, else npm:
         * {@code node_modules/} and build output ignored, {@code <manager> init} when needed.
         */
        public Builder node() {
            return language(NodeModule.ID, () -> new NodeModule(config.nodePackageManager()
                    .map(NodePackageManager::parse).orElse(NodePackageManager.NPM)));
        }

        /**
         * Sets up a Node project with the given package manager ({@code npm init -y}, {@code pnpm
         * init}, {@code yarn init -y}), whatever the configuration says.
         */
        public Builder node(NodePackageManager packageManager) {
            Objects.requireNonNull(packageManager, "packageManager");
            return language(NodeModule.ID, () -> new NodeModule(packageManager));
        }

        /** Sets up a C++ project: build output, object files and the compilation database ignored. */
        public Builder cpp() {
            return language(CppModule.ID, CppModule::new);
        }

        /** Sets up a LaTeX document: the auxiliary files of TeX and latexmk ignored. */
        public Builder latex() {
            return language(LatexModule.ID, LatexModule::new);
        }

        private Builder language(String id, Supplier<BootstrapModule> module) {
            languages.put(id, module);
            return this;
        }

        /**
         * Applies the user's settings ({@code config.toml}, {@code .protostar.toml}; see {@code
         * dev.protostar.core.config.ConfigFiles}). Precedence: an explicit builder call (a tool
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
         * local disk, the simulated runner otherwise).
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

        /** Adds a module of your own; it is applied in its category's place in registry order. */
        public Builder module(BootstrapModule module) {
            extraModules.add(Objects.requireNonNull(module, "module"));
            return this;
        }

        /**
         * Runs the scaffold.
         *
         * @return what changed; {@link dev.protostar.api.RunStatus#NO_CHANGES} when nothing had to
         * @throws dev.protostar.api.ProtostarException (a subclass) when the run cannot complete;
         *     the workspace is then as it was
         */
        public RunReport run() {
            return new Orchestrator().run(request());
        }

        /**
         * A dry run: what {@link #run()} would do with the same options, found without writing a
         * byte to the workspace or starting a process.
         *
         * <p>Everything runs as in {@link #run()} (the same modules and collision strategy, the same
         * checks) but on an in-memory copy-on-write overlay of the workspace, with system tasks
         * simulated by the {@link SimulatedProcessRunner} (named after the workspace's folder, so
         * {@code uv init} in {@code orbital-sim} predicts {@code name = "orbital-sim"}); the
         * configured process runner is used only when it is itself simulated. Pre-flight asks the
         * binary locator the real run would use (by default the real runner's, which searches the
         * {@code PATH}), so a missing program fails the plan as it would fail the run.
         *
         * @return every change the run would make, with diffs, and the commands it would run
         * @throws dev.protostar.api.ProtostarException (a subclass) where {@link #run()} would fail
         *     before writing anything; the workspace is untouched either way
         */
        public Plan plan() {
            return new Orchestrator().plan(request());
        }

        private RunRequest request() {
            Workspace target = workspace != null ? workspace : currentDirectory();
            ProcessRunner runner = processRunner != null ? processRunner
                    : target.localDirectory().isPresent() ? CommonsExecProcessRunner.create()
                    : SimulatedProcessRunner.create();
            if (runner instanceof CommonsExecProcessRunner real) {
                runner = real.restrictedBy(childEnvironment.and(config.childEnvironment()));
            }
            BinaryLocator locator = binaryLocator != null ? binaryLocator : runner.binaryLocator();
            TaskPolicy taskPolicy = new TaskPolicy(
                    taskTimeout != null ? Optional.of(taskTimeout) : config.taskTimeout(), strict);
            return new RunRequest(target, modules(), collisionStrategy, runner, locator, listener, forceReadOnly,
                    journalKey != null ? journalKey : userJournalKey(), taskPolicy);
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

        private List<BootstrapModule> modules() {
            List<BootstrapModule> modules = new ArrayList<>();
            modules.add(new SystemWorkspaceModule());
            if (pythonSelected) {
                modules.add(new PythonModule(pythonOptions(), ide != null ? ide : config.ide().orElse(Ide.VSCODE)));
            }
            for (String id : List.of(RustModule.ID, NodeModule.ID, CppModule.ID, LatexModule.ID)) {
                java.util.Optional.ofNullable(languages.get(id)).map(Supplier::get).ifPresent(modules::add);
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
            modules.addAll(extraModules);
            if (ConfigurationModule.hasAdditions(config)) {
                modules.add(new ConfigurationModule(config));
            }
            return modules;
        }
    }
}
