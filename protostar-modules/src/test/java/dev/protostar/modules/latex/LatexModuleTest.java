package dev.protostar.modules.latex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.PreCommitRepo;
import dev.protostar.api.Workspace;
import dev.protostar.modules.WorkspaceContext;
import dev.protostar.modules.tooling.PreCommitModule;
import org.junit.jupiter.api.Test;

class LatexModuleTest {

    private final LatexModule module = new LatexModule();

    private EnvironmentManifest contribute(WorkspaceContext context) {
        return context.manifestOf(module);
    }

    @Test
    void identifiesItselfAsALanguageThatNeedsNoProgramAndCollidesWithNothing() {
        WorkspaceContext context = new WorkspaceContext(Workspace.inMemory(), module);

        assertThat(LatexModule.ID).isEqualTo("latex").isEqualTo(module.id());
        assertThat(module.displayName()).isEqualTo("LaTeX");
        assertThat(module.category()).isEqualTo(ModuleCategory.LANGUAGE);
        assertThat(module.requires()).isEmpty();
        assertThat(module.requiredBinaries(context)).isEmpty();
        assertThat(module.collisionMarkers(context)).isEmpty();
    }

    @Test
    void declaresExactlyTheAuxiliaryFileIgnores() {
        EnvironmentManifest manifest = contribute(new WorkspaceContext(Workspace.inMemory(), module));

        assertThat(manifest.vcsIgnores()).containsExactly(
                "*.aux", "*.fdb_latexmk", "*.fls", "*.log", "*.synctex.gz", "*.bbl", "*.blg", "*.out");
        assertThat(manifest.systemTasks()).isEmpty();
        assertThat(manifest.postInstallTasks()).isEmpty();
        assertThat(manifest.preCommitRepos()).isEmpty();
        assertThat(manifest.injections()).isEmpty();
        assertThat(manifest.merges()).isEmpty();
        assertThat(manifest.directories()).isEmpty();
        assertThat(manifest.dependencyInstaller()).isEmpty();
    }

    @Test
    void withPreCommitTheTexFmtHookIsDeclared() {
        EnvironmentManifest manifest = contribute(
                new WorkspaceContext(Workspace.inMemory(), module, new PreCommitModule()));

        assertThat(manifest.preCommitRepos()).containsExactly(
                PreCommitRepo.of("https://github.com/WGUNDERWOOD/tex-fmt", "v0.5.3", "tex-fmt"));
    }
}
