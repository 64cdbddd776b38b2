package dev.protostar.modules.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.Workspace;
import dev.protostar.modules.WorkspaceContext;
import org.junit.jupiter.api.Test;

class SystemWorkspaceModuleTest {

    @Test
    void declaresExactlyTheUniversalIgnores() {
        SystemWorkspaceModule module = new SystemWorkspaceModule();
        ManifestBuilder builder = EnvironmentManifest.builder();
        module.contribute(builder, new WorkspaceContext(Workspace.inMemory()));
        EnvironmentManifest manifest = builder.build();

        assertThat(module.category()).isEqualTo(ModuleCategory.SYSTEM);
        assertThat(manifest.vcsIgnores()).containsExactly(".DS_Store", "Thumbs.db", "*~", ".idea/", ".vscode/", ".env", ".protostar/");
        assertThat(manifest).isEqualTo(EnvironmentManifest.builder().vcsIgnore(
                ".DS_Store", "Thumbs.db", "*~", ".idea/", ".vscode/", ".env", ".protostar/").build());
    }
}
