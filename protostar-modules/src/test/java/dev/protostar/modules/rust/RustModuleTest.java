package dev.protostar.modules.rust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.PreCommitHook;
import dev.protostar.api.PreCommitRepo;
import dev.protostar.api.SystemTask;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.modules.WorkspaceContext;
import dev.protostar.modules.tooling.PreCommitModule;
import java.util.List;
import org.junit.jupiter.api.Test;

class RustModuleTest {

    private final RustModule module = new RustModule();

    private EnvironmentManifest contribute(WorkspaceContext context) {
        return context.manifestOf(module);
    }

    private static WorkspaceContext context(BootstrapModule... active) {
        return new WorkspaceContext(Workspace.inMemory(), active);
    }

    @Test
    void identifiesItselfAsALanguageThatNeedsCargo() {
        WorkspaceContext context = context(module);

        assertThat(RustModule.ID).isEqualTo("rust").isEqualTo(module.id());
        assertThat(module.displayName()).isEqualTo("Rust");
        assertThat(module.category()).isEqualTo(ModuleCategory.LANGUAGE);
        assertThat(module.requires()).isEmpty();
        assertThat(module.requiredBinaries(context)).containsExactly("cargo");
        assertThat(module.collisionMarkers(context)).containsExactly(WorkspacePath.of("Cargo.toml"));
    }

    @Test
    void aFreshFolderGetsCargoInitAndTheTargetIgnoreAndNothingElse() {
        EnvironmentManifest manifest = contribute(context(module));

        assertThat(manifest.vcsIgnores()).containsExactly("target/");
        assertThat(manifest.systemTasks()).singleElement().satisfies(task -> {
            assertThat(task.command()).containsExactly("cargo", "init", "--vcs", "none");
            assertThat(task.owns()).containsExactly(WorkspacePath.of("Cargo.toml"), WorkspacePath.of("src"));
            assertThat(task.onFailure()).isEqualTo(SystemTask.FailurePolicy.FAIL);
            assertThat(task.description()).isNotBlank();
        });
        assertThat(manifest.preCommitRepos()).isEmpty();
        assertThat(manifest.postInstallTasks()).isEmpty();
        assertThat(manifest.dependencies()).isEmpty();
        assertThat(manifest.devDependencies()).isEmpty();
        assertThat(manifest.dependencyInstaller()).isEmpty();
        assertThat(manifest.merges()).isEmpty();
        assertThat(manifest.injections()).isEmpty();
        assertThat(manifest.directories()).isEmpty();
        assertThat(manifest.textBlocks()).isEmpty();
        assertThat(manifest.dockerIgnores()).isEmpty();
        assertThat(manifest.writesDockerIgnore()).isFalse();
    }

    @Test
    void anExistingCargoTomlMeansNoTask() {
        EnvironmentManifest manifest = contribute(context(module).with("Cargo.toml", "[package]\nname = \"mine\"\n"));

        assertThat(manifest.systemTasks()).isEmpty();
        assertThat(manifest.vcsIgnores()).containsExactly("target/");
    }

    @Test
    void withPreCommitTheFmtAndClippyHooksAreDeclared() {
        EnvironmentManifest manifest = contribute(context(module, new PreCommitModule()));

        assertThat(manifest.preCommitRepos()).containsExactly(new PreCommitRepo(
                "https://github.com/doublify/pre-commit-rust", "v1.0",
                List.of(PreCommitHook.of("fmt"), PreCommitHook.of("clippy"))));
        assertThat(manifest.systemTasks()).extracting(SystemTask::command)
                .containsExactly(List.of("cargo", "init", "--vcs", "none"));
    }
}
