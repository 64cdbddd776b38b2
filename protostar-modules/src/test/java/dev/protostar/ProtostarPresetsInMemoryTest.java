package dev.protostar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.testing.WorkspaceSnapshot;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;

/** The seven presets through the fluent API, in memory with the simulated process runner. */
class ProtostarPresetsInMemoryTest {

    /** What each preset must leave in the project: its dependencies, folders and ignores. */
    private record Expected(List<String> dependencies, List<String> directories, List<String> ignores) {
    }

    /** The registry order, and each preset's contract values. */
    private static final Map<String, Expected> PRESETS = orderedPresets();

    private static Map<String, Expected> orderedPresets() {
        Map<String, Expected> presets = new java.util.LinkedHashMap<>();
        presets.put("scientific", new Expected(
                List.of("numpy", "matplotlib", "seaborn", "pandas", "scipy", "ipykernel", "scikit-learn"),
                List.of("data", "notebooks", "src"), List.of("*.csv", "*.parquet", "*.nc")));
        presets.put("astro", new Expected(
                List.of("numpy", "scipy", "pandas", "matplotlib", "astropy", "astroquery", "photutils", "specutils",
                        "nbdime"),
                List.of("data/catalogs", "data/fits", "notebooks", "src"),
                List.of("*.fits", "*.fit", "*.fts", "*.csv", "*.parquet")));
        presets.put("ml", new Expected(List.of("torch", "scikit-learn", "huggingface_hub", "tqdm"),
                List.of("models", "data", "notebooks", "src"),
                List.of("*.pt", "*.pth", "*.safetensors", "*.onnx", "*.log", "wandb/", "mlruns/", "runs/")));
        presets.put("api", new Expected(List.of("fastapi", "uvicorn", "pydantic", "httpx"),
                List.of("api/routers", "core", "schemas"), List.of(".env", "*.pem", "*.key")));
        presets.put("cli", new Expected(List.of("typer", "rich"), List.of("src", "tests"), List.of()));
        presets.put("dsp", new Expected(List.of("librosa", "soundfile", "mido", "mutagen", "pydub"),
                List.of("data/raw_audio", "data/processed"),
                List.of("*.wav", "*.mp3", "*.flac", "*.ogg", "*.aiff", "*.aif", "*.mid", "*.midi")));
        presets.put("embedded", new Expected(List.of("pyserial", "esptool", "adafruit-blinka"), List.of(), List.of()));
        return java.util.Collections.unmodifiableMap(presets);
    }

    static final String GITATTRIBUTES = """
            # region: protostar astro
            # FITS images and tables are binary: no line-ending conversion, no line-based diff or merge.
            *.fits binary
            *.fit binary
            *.fts binary
            # Notebooks keep LF line endings on every system; nbdime diffs and merges them cell by cell.
            *.ipynb text eol=lf diff=jupyternotebook merge=jupyternotebook
            # endregion: protostar astro
            """;

    /** {@code .git/config} after the simulated {@code git init} and {@code nbdime config-git --enable}. */
    static final String NBDIME_GIT_CONFIG = """
            [core]
            \trepositoryformatversion = 0
            \tfilemode = true
            \tbare = false
            \tlogallrefupdates = true
            [diff "jupyternotebook"]
            \tcommand = git-nbdiffdriver diff
            [difftool "nbdime"]
            \tcmd = git-nbdifftool diff \\"$LOCAL\\" \\"$REMOTE\\" \\"$BASE\\"
            [difftool]
            \tprompt = false
            [merge "jupyternotebook"]
            \tdriver = git-nbmergedriver merge %O %A %B %L %P
            \tname = jupyter notebook merge driver
            [mergetool "nbdime"]
            \tcmd = git-nbmergetool merge \\"$BASE\\" \\"$LOCAL\\" \\"$REMOTE\\" \\"$MERGED\\"
            [mergetool]
            \tprompt = false
            """;

    static Stream<String> presets() {
        return PRESETS.keySet().stream();
    }

    /** All 21 unordered pairs of distinct presets, the later one in registry order first. */
    static Stream<Arguments> pairs() {
        List<String> ids = List.copyOf(PRESETS.keySet());
        List<Arguments> pairs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                pairs.add(Arguments.of(ids.get(j), ids.get(i)));
            }
        }
        return pairs.stream();
    }

    private static String read(Workspace workspace, String path) {
        return workspace.readString(WorkspacePath.of(path));
    }

    private static Protostar.Builder builder(Workspace workspace, String... presets) {
        Protostar.Builder builder = Protostar.builder().workspace(workspace).python();
        for (String preset : presets) {
            builder.preset(preset);
        }
        return builder;
    }

    /** The commands a first run in an empty workspace runs, for presets given in registry order. */
    private static List<String> expectedTasks(List<String> inRegistryOrder) {
        Set<String> dependencies = new LinkedHashSet<>();
        inRegistryOrder.forEach(id -> dependencies.addAll(PRESETS.get(id).dependencies()));
        boolean astro = inRegistryOrder.contains("astro");
        List<String> tasks = new ArrayList<>();
        tasks.add("uv init --no-workspace --bare --pin-python --python 3.13");
        if (astro) {
            tasks.add("git init");
        }
        tasks.add("uv add -- " + String.join(" ", dependencies));
        tasks.add("uv add --dev -- ruff");
        if (astro) {
            tasks.add("uv run nbdime config-git --enable");
        }
        return tasks;
    }

    /** Runs the scaffold twice: the first run must succeed, the second change nothing and start nothing. */
    private static RunReport runTwice(Workspace workspace, String... presets) {
        RunReport first = builder(workspace, presets).run();
        assertThat(first.status()).as(first.warnings().toString()).isEqualTo(RunStatus.SUCCESS);
        Map<String, String> afterFirst = WorkspaceSnapshot.of(workspace);

        RunReport second = builder(workspace, presets).force().run();
        assertThat(second.status()).as(second.changes().toString()).isEqualTo(RunStatus.NO_CHANGES);
        assertThat(second.changes()).isEmpty();
        assertThat(second.tasks()).isEmpty();
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(afterFirst);
        return first;
    }

    private static void assertHolds(Workspace workspace, List<String> presets) {
        TomlParseResult pyproject = Toml.parse(read(workspace, "pyproject.toml"));
        assertThat(pyproject.errors()).isEmpty();
        TomlArray declared = pyproject.getArray("project.dependencies");
        List<Object> dependencies = declared == null ? List.of() : declared.toList();
        List<String> gitignore = read(workspace, ".gitignore").lines().toList();
        for (String id : presets) {
            Expected expected = PRESETS.get(id);
            assertThat(dependencies).as(id).containsAll(expected.dependencies());
            for (String directory : expected.directories()) {
                assertThat(workspace.isDirectory(WorkspacePath.of(directory))).as(id + ": " + directory).isTrue();
            }
            assertThat(gitignore).as(id).containsAll(expected.ignores());
        }
        assertThat(gitignore).doesNotHaveDuplicates();
        if (presets.contains("astro")) {
            assertThat(read(workspace, ".gitattributes")).isEqualTo(GITATTRIBUTES);
            assertThat(read(workspace, ".git/config")).isEqualTo(NBDIME_GIT_CONFIG);
        } else {
            assertThat(workspace.exists(WorkspacePath.of(".gitattributes"))).isFalse();
            assertThat(workspace.exists(WorkspacePath.of(".git"))).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void eachPresetAloneScaffoldsItsProjectAndASecondRunChangesNothing(String preset) {
        Workspace workspace = Workspace.inMemory();

        RunReport first = runTwice(workspace, preset);

        assertThat(first.tasks()).extracting(run -> run.task().commandLine())
                .containsExactlyElementsOf(expectedTasks(List.of(preset)));
        assertHolds(workspace, List.of(preset));
    }

    @ParameterizedTest(name = "{1} + {0}")
    @MethodSource("pairs")
    void everyPairOfPresetsHoldsBothAndASecondRunChangesNothing(String later, String earlier) {
        Workspace workspace = Workspace.inMemory();

        RunReport first = runTwice(workspace, later, earlier);

        assertThat(first.tasks()).extracting(run -> run.task().commandLine())
                .containsExactlyElementsOf(expectedTasks(List.of(earlier, later)));
        assertHolds(workspace, List.of(earlier, later));
    }

    @Test
    void theBuilderMethodsSelectTheSamePresetsAsTheirIds() {
        Workspace byMethod = Workspace.inMemory();
        Workspace byId = Workspace.inMemory();

        Protostar.builder().workspace(byMethod).python()
                .embedded().dsp().cli().api().ml().astro().scientific().run();
        builder(byId, "scientific", "astro", "ml", "api", "cli", "dsp", "embedded").run();

        assertThat(WorkspaceSnapshot.of(byMethod)).isEqualTo(WorkspaceSnapshot.of(byId));
        assertHolds(byMethod, List.copyOf(PRESETS.keySet()));
    }

    @Test
    void anUnknownPresetIdIsRefusedListingTheKnownOnes() {
        assertThatThrownBy(() -> Protostar.builder().preset("astronomy"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown preset \"astronomy\". Known presets: scientific, astro, ml, api, cli, dsp,"
                        + " embedded.");
    }

    @Test
    void aPresetWithoutPythonIsSkippedWithAWarningAndDeclaresNothing() {
        Workspace workspace = Workspace.inMemory();

        RunReport report = Protostar.builder().workspace(workspace).astro().cli().run();

        assertThat(report.status()).isEqualTo(RunStatus.PARTIAL_SUCCESS);
        assertThat(report.warnings()).containsExactly(
                "Astro preset needs Python, which is not selected; Astro preset was skipped.",
                "CLI preset needs Python, which is not selected; CLI preset was skipped.");
        assertThat(report.tasks()).isEmpty();
        assertThat(workspace.exists(WorkspacePath.of(".gitattributes"))).isFalse();
        assertThat(workspace.exists(WorkspacePath.of("src"))).isFalse();
    }

    @Test
    void astroWithPreCommitRunsGitInitOnceAndBothPostInstallTasks() {
        Workspace workspace = Workspace.inMemory();

        RunReport first = Protostar.builder().workspace(workspace).python().preCommit().astro().run();

        assertThat(first.status()).as(first.warnings().toString()).isEqualTo(RunStatus.SUCCESS);
        assertThat(first.tasks()).extracting(run -> run.task().commandLine()).containsExactly(
                "uv init --no-workspace --bare --pin-python --python 3.13",
                "git init",
                "uv add -- numpy scipy pandas matplotlib astropy astroquery photutils specutils nbdime",
                "uv add --dev -- ruff pre-commit",
                "uv run pre-commit install",
                "uv run nbdime config-git --enable");
        assertThat(read(workspace, ".git/config")).isEqualTo(NBDIME_GIT_CONFIG);
        assertThat(read(workspace, ".git/hooks/pre-commit")).contains("pre-commit");

        RunReport second = Protostar.builder().workspace(workspace).python().preCommit().astro().force().run();
        assertThat(second.status()).isEqualTo(RunStatus.NO_CHANGES);
        assertThat(second.tasks()).isEmpty();
    }

    @Test
    void theAttributesRegionKeepsTheUsersEditOnReRunsAndTheUsersLinesSurvive() {
        Workspace workspace = Workspace.inMemory();
        workspace.write(WorkspacePath.of(".gitattributes"), "*.png binary\n".getBytes(StandardCharsets.UTF_8));

        builder(workspace, "astro").run();
        assertThat(read(workspace, ".gitattributes")).isEqualTo("*.png binary\n\n" + GITATTRIBUTES);

        String edited = read(workspace, ".gitattributes").replace("*.fit binary\n", "*.fit text\n") + "*.h5 binary\n";
        workspace.write(WorkspacePath.of(".gitattributes"), edited.getBytes(StandardCharsets.UTF_8));
        RunReport again = builder(workspace, "astro").force().run();

        assertThat(again.tasks()).isEmpty();
        assertThat(again.status()).isEqualTo(dev.protostar.api.RunStatus.NO_CHANGES);
        assertThat(again.reconciliation().changes(dev.protostar.api.ManagedChange.Kind.PRESERVED))
                .extracting(Object::toString).containsExactly(".gitattributes: astro");
        assertThat(read(workspace, ".gitattributes")).isEqualTo(edited);
    }

    @Test
    void withoutTheLockTheAttributesRegionIsReplacedOnReRuns() {
        Workspace workspace = Workspace.inMemory();
        workspace.write(WorkspacePath.of(".gitattributes"), "*.png binary\n".getBytes(StandardCharsets.UTF_8));
        builder(workspace, "astro").withoutLock().run();

        String edited = read(workspace, ".gitattributes").replace("*.fit binary\n", "*.fit text\n") + "*.h5 binary\n";
        workspace.write(WorkspacePath.of(".gitattributes"), edited.getBytes(StandardCharsets.UTF_8));
        builder(workspace, "astro").withoutLock().force().run();

        assertThat(read(workspace, ".gitattributes")).isEqualTo("*.png binary\n\n" + GITATTRIBUTES + "*.h5 binary\n");
    }
}
