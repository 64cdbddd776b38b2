package dev.protostar.modules.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.PreCommitHook;
import dev.protostar.api.PreCommitRepo;
import dev.protostar.api.SystemTask;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.modules.WorkspaceContext;
import dev.protostar.modules.python.PythonModule;
import dev.protostar.modules.python.PythonOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreCommitModuleTest {

    private static final PreCommitRepo HOOKS = new PreCommitRepo(
            "https://github.com/pre-commit/pre-commit-hooks", "v5.0.0", List.of(
                    PreCommitHook.of("trailing-whitespace"), PreCommitHook.of("end-of-file-fixer"),
                    PreCommitHook.of("check-yaml"), PreCommitHook.of("check-toml"),
                    PreCommitHook.of("check-added-large-files")));

    private static final PreCommitRepo RUFF = new PreCommitRepo(
            "https://github.com/astral-sh/ruff-pre-commit", "v0.7.4", List.of(
                    new PreCommitHook("ruff", List.of("--fix"), List.of()), PreCommitHook.of("ruff-format")));

    private static EnvironmentManifest contribute(WorkspaceContext context) {
        return context.manifestOf(new PreCommitModule());
    }

    @Test
    void identifiesItselfAndRequiresNoOtherModule() {
        PreCommitModule module = new PreCommitModule();
        assertThat(module.id()).isEqualTo("pre-commit").isEqualTo(PreCommitModule.ID);
        assertThat(module.displayName()).isEqualTo("pre-commit");
        assertThat(module.requires()).isEmpty();
    }

    @Test
    void uvWithRuffAndWithoutGitDeclaresEverything() {
        PreCommitModule module = new PreCommitModule();
        WorkspaceContext context = new WorkspaceContext(
                Workspace.inMemory(), new PythonModule(PythonOptions.uv("3.12")), new RuffModule(), module);
        EnvironmentManifest manifest = contribute(context);

        assertThat(module.requiredBinaries(context)).containsExactly("git");
        assertThat(manifest.systemTasks()).singleElement().satisfies(task -> {
            assertThat(task.command()).containsExactly("git", "init");
            assertThat(task.owns()).containsExactly(WorkspacePath.of(".git"));
            assertThat(task.onFailure()).isEqualTo(SystemTask.FailurePolicy.FAIL);
        });
        assertThat(manifest.devDependencies()).containsExactly("pre-commit");
        assertThat(manifest.dependencies()).isEmpty();
        assertThat(manifest.preCommitRepos()).containsExactly(HOOKS, RUFF);
        assertThat(manifest.postInstallTasks()).singleElement().satisfies(task -> {
            assertThat(task.command()).containsExactly("uv", "run", "pre-commit", "install");
            assertThat(task.onFailure()).isEqualTo(SystemTask.FailurePolicy.WARN);
        });
        assertThat(manifest.vcsIgnores()).isEmpty();
        assertThat(manifest.merges()).isEmpty();
        assertThat(manifest.textBlocks()).isEmpty();
        assertThat(manifest.dependencyInstaller()).isEmpty();
    }

    @Test
    void anExistingGitRepositoryIsNotInitialisedAgain() {
        WorkspaceContext context = new WorkspaceContext(Workspace.inMemory(), new PythonModule())
                .withDirectory(".git");
        EnvironmentManifest manifest = contribute(context);

        assertThat(manifest.systemTasks()).isEmpty();
        assertThat(manifest.preCommitRepos()).containsExactly(HOOKS);
        assertThat(manifest.postInstallTasks()).singleElement().extracting(SystemTask::command)
                .isEqualTo(List.of("uv", "run", "pre-commit", "install"));
    }

    @Test
    void pipRunsPreCommitFromTheVirtualEnvironment() {
        PreCommitModule module = new PreCommitModule();
        WorkspaceContext context = new WorkspaceContext(
                Workspace.inMemory(), new PythonModule(PythonOptions.pip()), new RuffModule())
                .withDirectory(".git");
        EnvironmentManifest manifest = contribute(context);

        assertThat(module.requiredBinaries(context)).containsExactly("git");
        assertThat(manifest.systemTasks()).isEmpty();
        assertThat(manifest.devDependencies()).containsExactly("pre-commit");
        assertThat(manifest.preCommitRepos()).containsExactly(HOOKS, RUFF);
        assertThat(manifest.postInstallTasks()).singleElement().satisfies(task -> {
            assertThat(task.command()).containsExactly(".venv/bin/pre-commit", "install");
            assertThat(task.onFailure()).isEqualTo(SystemTask.FailurePolicy.WARN);
        });
    }

    @Test
    void withoutPythonPreCommitMustBeOnThePath() {
        PreCommitModule module = new PreCommitModule();
        WorkspaceContext context = new WorkspaceContext(Workspace.inMemory(), module);
        EnvironmentManifest manifest = contribute(context);

        assertThat(module.requiredBinaries(context)).containsExactlyInAnyOrder("git", "pre-commit");
        assertThat(manifest.systemTasks()).singleElement().extracting(SystemTask::command)
                .isEqualTo(List.of("git", "init"));
        assertThat(manifest.devDependencies()).containsExactly("pre-commit");
        assertThat(manifest.preCommitRepos()).containsExactly(HOOKS);
        assertThat(manifest.postInstallTasks()).singleElement().satisfies(task -> {
            assertThat(task.command()).containsExactly("pre-commit", "install");
            assertThat(task.onFailure()).isEqualTo(SystemTask.FailurePolicy.WARN);
        });

        WorkspaceContext withGit = new WorkspaceContext(Workspace.inMemory(), module).withDirectory(".git");
        assertThat(contribute(withGit).systemTasks()).isEmpty();
        assertThat(module.requiredBinaries(withGit)).containsExactlyInAnyOrder("git", "pre-commit");
    }
}
