package dev.protostar.modules.cpp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.PreCommitRepo;
import dev.protostar.api.Workspace;
import dev.protostar.modules.WorkspaceContext;
import dev.protostar.modules.tooling.PreCommitModule;
import org.junit.jupiter.api.Test;

class CppModuleTest {

    private final CppModule module = new CppModule();

    private EnvironmentManifest contribute(WorkspaceContext context) {
        return context.manifestOf(module);
    }

    @Test
    void identifiesItselfAsALanguageThatNeedsNoProgramAndCollidesWithNothing() {
        WorkspaceContext context = new WorkspaceContext(Workspace.inMemory(), module);

        assertThat(CppModule.ID).isEqualTo("cpp").isEqualTo(module.id());
        assertThat(module.displayName()).isEqualTo("C++");
        assertThat(module.category()).isEqualTo(ModuleCategory.LANGUAGE);
        assertThat(module.requires()).isEmpty();
        assertThat(module.requiredBinaries(context)).isEmpty();
        assertThat(module.collisionMarkers(context)).isEmpty();
    }

    @Test
    void declaresExactlyTheBuildOutputIgnores() {
        EnvironmentManifest manifest = contribute(new WorkspaceContext(Workspace.inMemory(), module));

        assertThat(manifest.vcsIgnores()).containsExactly("build/", "*.o", "*.out", ".cache/", "compile_commands.json");
        assertThat(manifest.systemTasks()).isEmpty();
        assertThat(manifest.postInstallTasks()).isEmpty();
        assertThat(manifest.preCommitRepos()).isEmpty();
        assertThat(manifest.injections()).isEmpty();
        assertThat(manifest.merges()).isEmpty();
        assertThat(manifest.directories()).isEmpty();
        assertThat(manifest.dependencyInstaller()).isEmpty();
    }

    @Test
    void withPreCommitTheClangFormatHookIsDeclared() {
        EnvironmentManifest manifest = contribute(
                new WorkspaceContext(Workspace.inMemory(), module, new PreCommitModule()));

        assertThat(manifest.preCommitRepos()).containsExactly(
                PreCommitRepo.of("https://github.com/pre-commit/mirrors-clang-format", "v19.1.4", "clang-format"));
        assertThat(manifest.systemTasks()).isEmpty();
    }
}
