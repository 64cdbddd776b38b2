package dev.protostar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.LatexPreset;
import dev.protostar.api.PresetSettings;
import dev.protostar.api.ProtostarConfig;
import dev.protostar.api.RunReport;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.modules.node.NodePackageManager;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The configuration's settings for presets, Node and generated LaTeX reach their modules, and explicit calls win. */
class ConfiguredModulesTest {

    private final Workspace workspace = Workspace.inMemory();

    private static List<String> commands(RunReport report) {
        return report.tasks().stream().map(run -> run.task().commandLine()).toList();
    }

    @Test
    void aPresetTableReplacesOnlyTheListsItNames() {
        ProtostarConfig config = ProtostarConfig.builder()
                .preset("astro", new PresetSettings(Optional.of(List.of("astropy", "nbdime")), Optional.empty(),
                        Optional.of(List.of("*.fits"))))
                .build();

        RunReport report = Protostar.builder().workspace(workspace).config(config).python().noRuff().astro().run();

        assertThat(commands(report)).contains("uv add -- astropy nbdime");
        assertThat(workspace.isDirectory(WorkspacePath.of("data/catalogs"))).isTrue();
        assertThat(workspace.readString(WorkspacePath.of(".gitignore"))).contains("*.fits\n").doesNotContain("*.parquet");
    }

    @Test
    void aTableOfAnotherPresetChangesNothing() {
        ProtostarConfig config = ProtostarConfig.builder().preset("ml", PresetSettings.dependencies(List.of("jax"))).build();

        RunReport report = Protostar.builder().workspace(workspace).config(config).python().noRuff().cli().run();

        assertThat(commands(report)).contains("uv add -- typer rich");
    }

    @Test
    void nodeTakesTheConfiguredPackageManager() {
        ProtostarConfig config = ProtostarConfig.builder().nodePackageManager("pnpm").build();

        RunReport report = Protostar.builder().workspace(workspace).config(config).node().run();

        assertThat(commands(report)).containsExactly("pnpm init");
    }

    @Test
    void anExplicitNodePackageManagerBeatsTheConfiguration() {
        ProtostarConfig config = ProtostarConfig.builder().nodePackageManager("pnpm").build();

        RunReport report = Protostar.builder().workspace(workspace).config(config).node(NodePackageManager.YARN).run();

        assertThat(commands(report)).containsExactly("yarn init -y");
    }

    @Test
    void theConfigurationGivenAfterNodeStillCounts() {
        ProtostarConfig config = ProtostarConfig.builder().nodePackageManager("yarn").build();

        RunReport report = Protostar.builder().workspace(workspace).node().config(config).run();

        assertThat(commands(report)).containsExactly("yarn init -y");
    }

    @Test
    void withoutConfigurationNodeUsesNpm() {
        RunReport report = Protostar.builder().workspace(workspace).node().run();

        assertThat(commands(report)).containsExactly("npm init -y");
    }

    @Test
    void aTexDocumentTakesTheConfiguredLatexPreset() {
        ProtostarConfig config = ProtostarConfig.builder().latexPreset("science").build();

        Protostar.generate("tex").workspace(workspace).config(config).run();

        assertThat(workspace.readString(WorkspacePath.of("main.tex"))).contains("{siunitx}");
    }

    @Test
    void anExplicitLatexPresetBeatsTheConfiguration() {
        ProtostarConfig config = ProtostarConfig.builder().latexPreset("science").build();

        Protostar.generate("tex").workspace(workspace).latexPreset(LatexPreset.MINIMAL).config(config).run();

        assertThat(workspace.readString(WorkspacePath.of("main.tex"))).doesNotContain("siunitx");
    }
}
