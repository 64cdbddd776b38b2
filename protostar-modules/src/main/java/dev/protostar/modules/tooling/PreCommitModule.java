package dev.protostar.modules.tooling;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.ModuleContext;
import dev.protostar.api.PreCommitHook;
import dev.protostar.api.PreCommitRepo;
import dev.protostar.api.SystemTask;
import dev.protostar.api.WorkspacePath;
import dev.protostar.modules.python.PackageManager;
import dev.protostar.modules.python.PythonModule;
import dev.protostar.modules.system.GitRepository;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * pre-commit, the Git hook manager: a Git repository (created with {@code git init} when the
 * workspace has none), the general-purpose hooks of {@code pre-commit-hooks}, Ruff's hooks when the
 * {@value RuffModule#ID} module takes part, and {@code pre-commit install} once dependencies are in.
 *
 * <p>{@code pre-commit} is always declared as a development dependency; only a Python dependency
 * installer acts on it. How the hooks get installed follows from that: with uv the program runs
 * through {@code uv run pre-commit install}, with pip from the virtual environment as {@code
 * .venv/bin/pre-commit install}, and without Python as a plain {@code pre-commit install}, which then
 * requires {@code pre-commit} on the PATH.
 *
 * <p>The hook installation is marked {@linkplain SystemTask.Builder#warnOnFailure() warn on
 * failure}: when it fails (no network for the hook environments, an odd Git setup), everything else
 * the run wrote stays, the failure becomes a warning, and the user can run the command again later.
 */
public final class PreCommitModule implements BootstrapModule {

    /** The module's id. */
    public static final String ID = "pre-commit";

    static final String HOOKS_REPO = "https://github.com/pre-commit/pre-commit-hooks";
    static final String HOOKS_REV = "v5.0.0";
    static final String RUFF_REPO = "https://github.com/astral-sh/ruff-pre-commit";
    static final String RUFF_REV = "v0.7.4";

    /** The module; its hooks are fixed. */
    public PreCommitModule() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "pre-commit";
    }

    @Override
    public Set<String> requiredBinaries(ModuleContext context) {
        return packageManager(context).isPresent() ? Set.of("git") : Set.of("git", "pre-commit");
    }

    /** The hook {@code pre-commit install} writes; when it exists the hooks are installed already. */
    static final WorkspacePath INSTALLED_HOOK = WorkspacePath.of(".git/hooks/pre-commit");

    @Override
    public void contribute(ManifestBuilder manifest, ModuleContext context) {
        GitRepository.initWhenAbsent(context).ifPresent(manifest::systemTask);
        manifest.devDependency("pre-commit");
        manifest.preCommitRepo(PreCommitRepo.of(HOOKS_REPO, HOOKS_REV,
                "trailing-whitespace", "end-of-file-fixer", "check-yaml", "check-toml", "check-added-large-files"));
        if (context.isActive(RuffModule.ID)) {
            manifest.preCommitRepo(new PreCommitRepo(RUFF_REPO, RUFF_REV, List.of(
                    new PreCommitHook("ruff", List.of("--fix"), List.of()),
                    PreCommitHook.of("ruff-format"))));
        }
        if (!context.exists(INSTALLED_HOOK)) {
            manifest.postInstallTask(SystemTask.command(installCommand(context))
                    .description("Installing the pre-commit Git hooks")
                    .owns(INSTALLED_HOOK.toString())
                    .warnOnFailure()
                    .build());
        }
    }

    private static List<String> installCommand(ModuleContext context) {
        return packageManager(context).map(manager -> switch (manager) {
            case UV -> List.of("uv", "run", "pre-commit", "install");
            case PIP -> List.of(".venv/bin/pre-commit", "install");
        }).orElse(List.of("pre-commit", "install"));
    }

    private static Optional<PackageManager> packageManager(ModuleContext context) {
        return context.activeModule(PythonModule.class).map(python -> python.options().packageManager());
    }
}
