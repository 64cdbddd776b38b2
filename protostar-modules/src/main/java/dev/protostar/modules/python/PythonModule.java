package dev.protostar.modules.python;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.Ide;
import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.ModuleContext;
import dev.protostar.api.SystemTask;
import dev.protostar.api.WorkspacePath;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A Python project managed with uv (default) or pip.
 *
 * <p>uv: {@code uv init --no-workspace --bare --pin-python --python X.Y} when there is no {@code
 * pyproject.toml}; dependencies through {@code uv add}. pip: {@code pythonX.Y -m venv .venv} when
 * there is no {@code .venv}; dependencies installed with the venv's pip and frozen into {@code
 * requirements.txt} when that file is absent.
 *
 * <p>For VS Code and Cursor (the {@link Ide} option; VS Code by default), both modes point the editor
 * at the venv's interpreter in {@code .vscode/settings.json}, with a path relative to the workspace
 * folder, and let its terminals activate it. For JetBrains IDEs and for no editor, no editor
 * settings are written.
 */
@dev.protostar.api.Internal
public final class PythonModule implements BootstrapModule {

    /** The module's id. */
    public static final String ID = "python";

    static final WorkspacePath REQUIREMENTS = WorkspacePath.of("requirements.txt");
    static final WorkspacePath VENV = WorkspacePath.of(".venv");

    /**
     * VS Code and Cursor settings: the project's venv as interpreter, through {@code
     * ${workspaceFolder}} so that the file stays valid wherever the project is checked out.
     */
    static final String VSCODE_SETTINGS = """
            {
              "python.defaultInterpreterPath": "${workspaceFolder}/.venv/bin/python",
              "python.terminal.activateEnvironment": true
            }
            """;

    private final PythonOptions options;
    private final Ide ide;

    /** Python with {@link PythonOptions#defaults()}, set up for VS Code. */
    public PythonModule() {
        this(PythonOptions.defaults());
    }

    /** Python with the given options, set up for VS Code. */
    public PythonModule(PythonOptions options) {
        this(options, Ide.VSCODE);
    }

    /** Python with the given options, set up for the editor {@code ide}. */
    public PythonModule(PythonOptions options, Ide ide) {
        this.options = Objects.requireNonNull(options, "options");
        this.ide = Objects.requireNonNull(ide, "ide");
    }

    /** The editor this module writes settings for. */
    public Ide ide() {
        return ide;
    }

    /** The options this module was made with. */
    public PythonOptions options() {
        return options;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Python";
    }

    @Override
    public ModuleCategory category() {
        return ModuleCategory.LANGUAGE;
    }

    @Override
    public Set<String> requiredBinaries(ModuleContext context) {
        return switch (options.packageManager()) {
            case UV -> Set.of("uv");
            case PIP -> Set.of(options.interpreter());
        };
    }

    @Override
    public Set<WorkspacePath> collisionMarkers(ModuleContext context) {
        return switch (options.packageManager()) {
            case UV -> Set.of(Pyproject.PATH);
            case PIP -> Set.of(REQUIREMENTS);
        };
    }

    /** Where uv comes from, and that pip works without it; nothing special for a Python interpreter. */
    @Override
    public Optional<String> installHint(String binary) {
        if (!binary.equals("uv")) {
            return Optional.empty();
        }
        return Optional.of("Install uv (https://docs.astral.sh/uv/getting-started/installation/), for example with"
                + " `curl -LsSf https://astral.sh/uv/install.sh | sh` or `pipx install uv`. Without uv, use pip"
                + " (CLI: --package-manager pip; configuration: python_package_manager = \"pip\"), which needs"
                + " only python3.");
    }

    @Override
    public void contribute(ManifestBuilder manifest, ModuleContext context) {
        manifest.vcsIgnore(".venv/", "__pycache__/", "*.ipynb_checkpoints");
        options.requestedVersion().ifPresent(manifest::configuredPythonVersion);
        if (ide.readsVsCodeSettings()) {
            manifest.mergeJson(".vscode/settings.json", VSCODE_SETTINGS);
        }
        switch (options.packageManager()) {
            case UV -> contributeUv(manifest, context);
            case PIP -> contributePip(manifest, context);
        }
    }

    private void contributeUv(ManifestBuilder manifest, ModuleContext context) {
        if (!context.exists(Pyproject.PATH)) {
            manifest.systemTask(SystemTask.command(
                            "uv", "init", "--no-workspace", "--bare", "--pin-python", "--python", options.version())
                    .description("Creating pyproject.toml for Python " + options.version())
                    .owns("pyproject.toml", ".python-version")
                    .build());
        }
        // Always, not only when uv init makes the file: a declaration that depended on the folder's state
        // would be retracted by the next sync.
        manifest.dockerIgnore(".python-version");
        manifest.dependencyInstaller(new UvDependencyInstaller());
    }

    private void contributePip(ManifestBuilder manifest, ModuleContext context) {
        if (!context.exists(VENV)) {
            manifest.systemTask(SystemTask.command(options.interpreter(), "-m", "venv", ".venv")
                    .description("Creating the virtual environment .venv with " + options.interpreter())
                    .owns(".venv")
                    .build());
        }
        manifest.dependencyInstaller(new PipDependencyInstaller());
    }
}
