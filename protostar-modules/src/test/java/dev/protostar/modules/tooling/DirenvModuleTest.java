package dev.protostar.modules.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TextBlock;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.modules.WorkspaceContext;
import dev.protostar.modules.python.PythonModule;
import dev.protostar.modules.python.PythonOptions;
import org.junit.jupiter.api.Test;

class DirenvModuleTest {

    private static EnvironmentManifest contribute(WorkspaceContext context) {
        return context.manifestOf(new DirenvModule());
    }

    private static void assertCommonDeclarations(EnvironmentManifest manifest) {
        assertThat(manifest.vcsIgnores()).containsExactly(".envrc.local", ".direnv/");
        assertThat(manifest.postInstallTasks()).singleElement().satisfies(task -> {
            assertThat(task.command()).containsExactly("direnv", "allow");
            assertThat(task.onFailure()).isEqualTo(SystemTask.FailurePolicy.WARN);
        });
        assertThat(manifest.systemTasks()).isEmpty();
        assertThat(manifest.merges()).isEmpty();
        assertThat(manifest.devDependencies()).isEmpty();
        assertThat(manifest.preCommitRepos()).isEmpty();
    }

    private static String envrc(EnvironmentManifest manifest) {
        assertThat(manifest.textBlocks()).hasSize(1);
        TextBlock block = manifest.textBlocks().get(0);
        assertThat(block.target()).isEqualTo(WorkspacePath.of(".envrc"));
        assertThat(block.tag()).isEqualTo("python-venv");
        return block.content();
    }

    @Test
    void identifiesItselfAndNeedsDirenv() {
        DirenvModule module = new DirenvModule();
        assertThat(module.id()).isEqualTo("direnv").isEqualTo(DirenvModule.ID);
        assertThat(module.displayName()).isEqualTo("direnv");
        assertThat(module.requires()).isEmpty();
        assertThat(module.requiredBinaries(new WorkspaceContext(Workspace.inMemory()))).containsExactly("direnv");
    }

    @Test
    void uvCreatesTheVenvWithUvSyncAndActivatesIt() {
        EnvironmentManifest manifest = contribute(new WorkspaceContext(Workspace.inMemory(), new PythonModule()));

        assertCommonDeclarations(manifest);
        assertThat(envrc(manifest)).isEqualTo("""
                if [ ! -d .venv ]; then
                  uv sync
                fi
                export VIRTUAL_ENV="$PWD/.venv"
                PATH_add .venv/bin
                source_env_if_exists .envrc.local
                """);
    }

    @Test
    void pipCreatesTheVenvWithTheVenvModule() {
        EnvironmentManifest manifest = contribute(
                new WorkspaceContext(Workspace.inMemory(), new PythonModule(PythonOptions.pip())));

        assertCommonDeclarations(manifest);
        assertThat(envrc(manifest)).isEqualTo("""
                if [ ! -d .venv ]; then
                  python3 -m venv .venv
                fi
                export VIRTUAL_ENV="$PWD/.venv"
                PATH_add .venv/bin
                source_env_if_exists .envrc.local
                """);
    }

    @Test
    void withoutPythonOnlyTheLocalOverridesAreLoaded() {
        EnvironmentManifest manifest = contribute(new WorkspaceContext(Workspace.inMemory(), new DirenvModule()));

        assertCommonDeclarations(manifest);
        assertThat(envrc(manifest)).isEqualTo("source_env_if_exists .envrc.local\n");
    }

    @Test
    void anExistingGitRepositoryOrVenvChangesNothing() {
        EnvironmentManifest manifest = contribute(new WorkspaceContext(Workspace.inMemory(), new PythonModule())
                .withDirectory(".git").withDirectory(".venv"));

        assertCommonDeclarations(manifest);
        assertThat(envrc(manifest)).contains("uv sync");
    }
}
