package dev.protostar.modules.presets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.PresetModule;
import dev.protostar.api.PresetSettings;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TextBlock;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.modules.WorkspaceContext;
import dev.protostar.modules.python.PythonModule;
import dev.protostar.modules.python.PythonOptions;
import dev.protostar.modules.tooling.PreCommitModule;
import java.util.List;
import org.junit.jupiter.api.Test;

class AstroPresetTest extends PresetContract {

    private static final String GITATTRIBUTES = """
            # FITS images and tables are binary: no line-ending conversion, no line-based diff or merge.
            *.fits binary
            *.fit binary
            *.fts binary
            # Notebooks keep LF line endings on every system; nbdime diffs and merges them cell by cell.
            *.ipynb text eol=lf diff=jupyternotebook merge=jupyternotebook
            """;

    @Override
    PresetModule preset(PresetSettings settings) {
        return new AstroPreset(settings);
    }

    @Override
    PresetModule defaultPreset() {
        return new AstroPreset();
    }

    @Override
    String expectedId() {
        assertIdConstant(AstroPreset.ID, "astro");
        return "astro";
    }

    @Override
    String expectedDisplayName() {
        return "Astro preset";
    }

    @Override
    List<String> expectedDependencies() {
        return List.of("numpy", "scipy", "pandas", "matplotlib", "astropy", "astroquery", "photutils", "specutils",
                "nbdime");
    }

    @Override
    List<String> expectedDirectories() {
        return List.of("data/catalogs", "data/fits", "notebooks", "src");
    }

    @Override
    List<String> expectedIgnores() {
        return List.of("*.fits", "*.fit", "*.fts", "*.csv", "*.parquet");
    }

    /** In an empty workspace: the attributes region, git init, and nbdime's set-up unless nbdime was left out. */
    @Override
    void assertBeyondTheLists(EnvironmentManifest manifest) {
        assertThat(manifest.textBlocks()).containsExactly(
                new TextBlock(WorkspacePath.of(".gitattributes"), "astro", GITATTRIBUTES));
        assertThat(manifest.systemTasks()).singleElement().satisfies(task -> {
            assertThat(task.command()).containsExactly("git", "init");
            assertThat(task.owns()).containsExactly(WorkspacePath.of(".git"));
            assertThat(task.onFailure()).isEqualTo(SystemTask.FailurePolicy.FAIL);
        });
        if (manifest.dependencies().contains("nbdime")) {
            assertThat(manifest.postInstallTasks()).singleElement().satisfies(task -> {
                assertThat(task.command()).containsExactly("uv", "run", "nbdime", "config-git", "--enable");
                assertThat(task.owns()).containsExactly(WorkspacePath.of(".git/config"),
                        WorkspacePath.of(".gitattributes"));
                assertThat(task.onFailure()).isEqualTo(SystemTask.FailurePolicy.WARN);
            });
        } else {
            assertThat(manifest.postInstallTasks()).isEmpty();
        }
    }

    @Test
    void needsGitOnThePath() {
        AstroPreset preset = new AstroPreset();
        assertThat(preset.requiredBinaries(context(preset))).containsExactly("git");
    }

    @Test
    void withPipNbdimeRunsFromTheVirtualEnvironment() {
        AstroPreset preset = new AstroPreset();
        EnvironmentManifest manifest = contribute(preset,
                new WorkspaceContext(Workspace.inMemory(), new PythonModule(PythonOptions.pip()), preset));

        assertThat(manifest.postInstallTasks()).singleElement().extracting(SystemTask::command)
                .isEqualTo(List.of(".venv/bin/nbdime", "config-git", "--enable"));
    }

    @Test
    void anExistingRepositoryIsNotInitialisedAgainButStillGetsNbdime() {
        AstroPreset preset = new AstroPreset();
        EnvironmentManifest manifest = contribute(preset, context(preset).with(".git/config", "[core]\n\tbare = false\n"));

        assertThat(manifest.systemTasks()).isEmpty();
        assertThat(manifest.postInstallTasks()).singleElement().extracting(SystemTask::command)
                .isEqualTo(List.of("uv", "run", "nbdime", "config-git", "--enable"));
    }

    @Test
    void aRepositoryWhoseConfigHasNbdimesDiffDriverNeedsNoProgram() {
        AstroPreset preset = new AstroPreset();
        EnvironmentManifest manifest = contribute(preset, context(preset).with(".git/config", """
                [core]
                \tbare = false
                [diff "jupyternotebook"]
                \tcommand = git-nbdiffdriver diff
                """));

        assertThat(manifest.systemTasks()).isEmpty();
        assertThat(manifest.postInstallTasks()).isEmpty();
        assertThat(manifest.textBlocks()).hasSize(1);
    }

    @Test
    void aDependencyListWithABoundedNbdimeStillConfiguresIt() {
        AstroPreset preset = new AstroPreset(PresetSettings.dependencies(List.of("astropy", "NBDime>=4.0")));

        assertThat(contribute(preset).postInstallTasks()).singleElement().extracting(SystemTask::command)
                .isEqualTo(List.of("uv", "run", "nbdime", "config-git", "--enable"));
    }

    @Test
    void declaresTheSameGitInitAsPreCommitSoTheManifestHoldsOne() {
        AstroPreset astro = new AstroPreset();
        PreCommitModule preCommit = new PreCommitModule();
        WorkspaceContext context = new WorkspaceContext(Workspace.inMemory(), new PythonModule(), preCommit, astro);
        var builder = EnvironmentManifest.builder();
        preCommit.contribute(builder, context);
        astro.contribute(builder, context);

        assertThat(builder.build().systemTasks()).extracting(SystemTask::commandLine).containsExactly("git init");
    }
}
