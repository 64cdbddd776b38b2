package dev.protostar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.ChangeKind;
import dev.protostar.api.ConfigurationException;
import dev.protostar.api.Plan;
import dev.protostar.api.ProtostarConfig;
import dev.protostar.api.Recipe;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run records its recipe in {@code .protostar.toml}, and {@link Protostar#recipe(Workspace)} reads it back. */
class RecipeRunTest {

    private static final WorkspacePath FILE = WorkspacePath.of(".protostar.toml");

    private final Workspace workspace = Workspace.inMemory();

    private String read() {
        return workspace.readString(FILE);
    }

    private void write(String content) {
        workspace.write(FILE, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPythonRunWritesTheRecipeByteForByte() {
        Protostar.builder().workspace(workspace).python().mypy().run();

        assertThat(read()).isEqualTo("""
                # What this project is made of; edit it and run `protostar sync` to change the project.
                [recipe]
                languages = ["python"]
                tools = ["ruff", "mypy"]
                presets = []
                [recipe.options]
                ide = "vscode"
                python_package_manager = "uv"
                python_version = "3.13"
                """);
    }

    @Test
    void aRustRunRecordsNoOptions() {
        Protostar.builder().workspace(workspace).rust().preCommit().run();

        assertThat(read()).isEqualTo("""
                # What this project is made of; edit it and run `protostar sync` to change the project.
                [recipe]
                languages = ["rust"]
                tools = ["pre-commit"]
                presets = []
                """);
    }

    @Test
    void aRunWithoutALanguageRecordsNothing() {
        Protostar.builder().workspace(workspace).run();

        assertThat(workspace.exists(FILE)).isFalse();
    }

    @Test
    void whatTheRunRecordsReadsBackAsTheBuildersRecipe() {
        Protostar.Builder builder = Protostar.builder().workspace(workspace).python().noRuff().pytest().docker()
                .scientific().node(dev.protostar.modules.node.NodePackageManager.PNPM);

        builder.run();

        assertThat(Protostar.recipe(workspace)).contains(builder.recipe());
    }

    @Test
    void aSecondIdenticalRunChangesNothing() {
        Protostar.builder().workspace(workspace).python().mypy().run();

        RunReport again = Protostar.builder().workspace(workspace).python().mypy().force().run();

        assertThat(again.status()).isEqualTo(RunStatus.NO_CHANGES);
        assertThat(again.tasks()).isEmpty();
    }

    @Test
    void anExistingProjectFileKeepsEveryByteAndGainsTheRecipe() {
        String configuration = "# my project's settings\r\n[env]\r\nmypy = true   # keep\r\n\r\n"
                + "[presets.ml]\r\ndependencies = [\"torch\"]\r\n";
        write(configuration);

        RunReport report = Protostar.builder().workspace(workspace).rust().run();

        assertThat(report.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(read()).isEqualTo(configuration + "\r\n"
                + "# What this project is made of; edit it and run `protostar sync` to change the project.\r\n"
                + "[recipe]\r\nlanguages = [\"rust\"]\r\ntools = []\r\npresets = []\r\n");
    }

    @Test
    void anExistingProjectFileIsNoCollision() {
        write("[env]\nruff = true\n");

        RunReport report = Protostar.builder().workspace(workspace).latex().run();

        assertThat(report.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(Protostar.recipe(workspace)).contains(new Recipe(List.of("latex"), List.of(), List.of(), List.of(),
                Map.of()));
    }

    @Test
    void thePlanShowsTheRecipeFile() {
        Plan plan = Protostar.builder().workspace(workspace).cpp().plan();

        assertThat(plan.changes()).anySatisfy(change -> {
            assertThat(change.path()).isEqualTo(FILE);
            assertThat(change.kind()).isEqualTo(ChangeKind.CREATED);
        });
        assertThat(workspace.exists(FILE)).isFalse();
    }

    @Test
    void theConfigurationLoaderReadsTheRecordedFileWithoutAWarning(@TempDir Path folder) {
        Protostar.builder().workspace(folder).latex().run();
        List<String> warnings = new java.util.ArrayList<>();
        Consumer<String> collect = warnings::add;

        ProtostarConfig config = Protostar.loadConfig(folder, Map.of(), folder.resolve("home"), collect);

        assertThat(warnings).isEmpty();
        assertThat(config).isEqualTo(ProtostarConfig.empty());
        assertThat(Protostar.recipe(folder)).contains(new Recipe(List.of("latex"), List.of(), List.of(), List.of(),
                Map.of()));
    }

    @Test
    void aWorkspaceWithoutTheFileOrTheTableHasNoRecipe() {
        assertThat(Protostar.recipe(workspace)).isEmpty();
        write("[env]\nruff = false\n");
        assertThat(Protostar.recipe(workspace)).isEmpty();
    }

    @Test
    void anUnknownIdIsRefusedNamingTheFileTheLineAndTheKnownOnes() {
        write("[env]\nruff = false\n\n[recipe]\nlanguages = [\"python\"]\ntools = [\"ruff\", \"black\"]\n");

        assertThatThrownBy(() -> Protostar.recipe(workspace))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(".protostar.toml:6: recipe.tools holds \"black\", which is not a tool Protostar knows.")
                .satisfies(e -> assertThat(((ConfigurationException) e).hint().orElseThrow()).contains("\"ruff\", \"mypy\", \"pytest\","
                        + " \"pre-commit\", \"direnv\", \"markdownlint\", \"docker\""));
    }

    @Test
    void aFileThatIsNotUtf8OrNotAFileIsRefused() {
        workspace.write(FILE, new byte[] {'[', 'r', ']', '\n', (byte) 0xff});
        assertThatThrownBy(() -> Protostar.recipe(workspace))
                .isInstanceOf(ConfigurationException.class).hasMessage(".protostar.toml is not UTF-8 text.");

        Workspace other = Workspace.inMemory();
        other.createDirectories(FILE);
        assertThatThrownBy(() -> Protostar.recipe(other))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("is not a regular file");
    }

    @Test
    void aSymbolicLinkIsNotFollowed(@TempDir Path folder) throws IOException {
        Path elsewhere = Files.writeString(folder.resolve("elsewhere.toml"), "[recipe]\nlanguages = [\"rust\"]\n");
        Path project = Files.createDirectories(folder.resolve("project"));
        Files.createSymbolicLink(project.resolve(".protostar.toml"), elsewhere);

        assertThatThrownBy(() -> Protostar.recipe(project))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(".protostar.toml is a symbolic link, so the project's recipe is not read");
    }

    @Test
    void theRecipeOnDiskIsReadThroughThePathOverload(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(".protostar.toml"), "[recipe]\nlanguages = [\"cpp\"]\n[recipe.options]\nide = 1\n");

        assertThatThrownBy(() -> Protostar.recipe(folder))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(".protostar.toml:4: recipe.options.ide must be a string, not the integer 1.");
    }
}
