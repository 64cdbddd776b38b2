package dev.protostar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.protostar.api.Ide;
import dev.protostar.api.ProtostarConfig;
import dev.protostar.api.Recipe;
import dev.protostar.api.Workspace;
import dev.protostar.core.testing.WorkspaceSnapshot;
import dev.protostar.modules.node.NodePackageManager;
import dev.protostar.modules.python.PythonOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** {@link Protostar.Builder#recipe()} and {@link Protostar.Builder#recipe(Recipe)}. */
class BuilderRecipeTest {

    private static final long SEED = 20_261_206L;

    private static final Map<String, String> UV_DEFAULTS =
            Map.of("python_package_manager", "uv", "python_version", "3.13", "ide", "vscode");

    private static Recipe recipe(List<String> languages, List<String> tools, List<String> presets,
            Map<String, String> options) {
        return new Recipe(languages, tools, presets, List.of(), options);
    }

    @Test
    void theRecipesIdsAreTheBuiltInModulesIdsInRegistryOrder() {
        List<dev.protostar.api.BootstrapModule> registered = Protostar.availableModules();
        java.util.function.Function<dev.protostar.api.ModuleCategory, List<String>> ids = category -> registered
                .stream().filter(module -> module.category() == category).map(dev.protostar.api.BootstrapModule::id)
                .toList();

        assertThat(Recipe.LANGUAGES).isEqualTo(ids.apply(dev.protostar.api.ModuleCategory.LANGUAGE));
        assertThat(Recipe.TOOLS).isEqualTo(ids.apply(dev.protostar.api.ModuleCategory.TOOLING));
        assertThat(Recipe.PRESETS).isEqualTo(ids.apply(dev.protostar.api.ModuleCategory.PRESET))
                .isEqualTo(dev.protostar.modules.presets.PresetRegistry.ids());
    }

    @Test
    void aBuilderWithoutChoicesStandsForTheEmptyRecipe() {
        assertThat(Protostar.builder().recipe()).isEqualTo(Recipe.empty());
    }

    @Test
    void pythonWithMypyAndWithoutRuffRecordsTheDefaultsWrittenOut() {
        Recipe recipe = Protostar.builder().python().mypy().noRuff().recipe();

        assertThat(recipe).isEqualTo(recipe(List.of("python"), List.of("mypy"), List.of(), UV_DEFAULTS));
    }

    @Test
    void ruffIsOnWithPythonUnlessSwitchedOff() {
        assertThat(Protostar.builder().python().recipe().tools()).containsExactly("ruff");
        assertThat(Protostar.builder().rust().recipe().tools()).isEmpty();
    }

    @Test
    void theOrderOfTheCallsDoesNotMatter() {
        Recipe one = Protostar.builder().docker().ml().python().rust().preCommit().scientific().recipe();
        Recipe other = Protostar.builder().scientific().preCommit().rust().python().ml().docker().recipe();

        assertThat(one).isEqualTo(other);
        assertThat(one.languages()).containsExactly("python", "rust");
        assertThat(one.tools()).containsExactly("ruff", "pre-commit", "docker");
        assertThat(one.presets()).containsExactly("scientific", "ml");
    }

    @Test
    void theConfigurationsChoicesAreWhatTheRecipeRecords() {
        ProtostarConfig config = ProtostarConfig.builder().pythonPackageManager("pip").pythonVersion("3.12")
                .ide(Ide.JETBRAINS).nodePackageManager("pnpm").tool("mypy", true).tool("ruff", false)
                .tool("docker", true).build();

        Recipe recipe = Protostar.builder().config(config).python().node().recipe();

        assertThat(recipe).isEqualTo(recipe(List.of("python", "node"), List.of("mypy", "docker"), List.of(),
                Map.of("python_package_manager", "pip", "python_version", "3.12", "ide", "jetbrains",
                        "node_package_manager", "pnpm")));
    }

    @Test
    void explicitChoicesBeatTheConfiguration() {
        ProtostarConfig config = ProtostarConfig.builder().pythonPackageManager("pip").ide(Ide.JETBRAINS)
                .nodePackageManager("pnpm").tool("mypy", true).build();

        Recipe recipe = Protostar.builder().config(config).python(PythonOptions.uv("3.11")).ide(Ide.CURSOR)
                .node(NodePackageManager.YARN).noMypy().recipe();

        assertThat(recipe.tools()).containsExactly("ruff");
        assertThat(recipe.options()).isEqualTo(Map.of("python_package_manager", "uv", "python_version", "3.11",
                "ide", "cursor", "node_package_manager", "yarn"));
    }

    @Test
    void pipWithoutAVersionRecordsNoVersion() {
        assertThat(Protostar.builder().python(PythonOptions.pip()).recipe().options())
                .isEqualTo(Map.of("python_package_manager", "pip", "ide", "vscode"));
    }

    @Test
    void aToolTheRunSkipsIsNotRecorded() {
        // mypy needs Python; the run skips it with a warning.
        assertThat(Protostar.builder().rust().mypy().recipe().tools()).isEmpty();
        // the configuration's mypy is left out quietly without Python.
        assertThat(Protostar.builder().rust().config(ProtostarConfig.builder().tool("mypy", true).build())
                .recipe().tools()).isEmpty();
    }

    @Test
    void builtInIdsGivenAsModulesAreRecordedUnderTheirHeading() {
        Recipe recipe = Protostar.builder().python().noRuff().module("ruff").module("astro").module("system")
                .module("com.example.fortran").recipe();

        assertThat(recipe.tools()).containsExactly("ruff");
        assertThat(recipe.presets()).containsExactly("astro");
        assertThat(recipe.modules()).containsExactly("com.example.fortran");
    }

    @Test
    void applyingARecipeReplacesTheBuildersChoices() {
        Recipe wanted = recipe(List.of("python"), List.of("mypy"), List.of("cli"), UV_DEFAULTS);

        Recipe applied = Protostar.builder().rust().node(NodePackageManager.PNPM).docker().ruff().ml()
                .module("com.example.fortran").recipe(wanted).recipe();

        assertThat(applied).isEqualTo(wanted);
    }

    @Test
    void anOptionLeftOutOfARecipeIsTheBuiltInDefaultNotTheConfigurations() {
        ProtostarConfig config = ProtostarConfig.builder().pythonPackageManager("pip").pythonVersion("3.12")
                .ide(Ide.NONE).nodePackageManager("yarn").tool("mypy", true).build();

        Recipe applied = Protostar.builder().config(config)
                .recipe(recipe(List.of("python", "node"), List.of(), List.of(), Map.of())).recipe();

        assertThat(applied).isEqualTo(recipe(List.of("python", "node"), List.of(), List.of(),
                Map.of("python_package_manager", "uv", "python_version", "3.13", "ide", "vscode",
                        "node_package_manager", "npm")));
    }

    /** Builder calls a property test picks from. */
    private static final List<Consumer<Protostar.Builder>> CALLS = calls();

    private static List<Consumer<Protostar.Builder>> calls() {
        List<Consumer<Protostar.Builder>> calls = new ArrayList<>(List.of(
                Protostar.Builder::python, b -> b.python(PythonOptions.pip()), b -> b.python(PythonOptions.pip("3.11")),
                b -> b.python(PythonOptions.uv("3.12")), Protostar.Builder::rust, Protostar.Builder::node,
                b -> b.node(NodePackageManager.YARN), Protostar.Builder::cpp, Protostar.Builder::latex,
                Protostar.Builder::ruff, Protostar.Builder::noRuff, Protostar.Builder::mypy, Protostar.Builder::noMypy,
                Protostar.Builder::pytest, Protostar.Builder::noPytest, Protostar.Builder::preCommit,
                Protostar.Builder::noPreCommit, Protostar.Builder::direnv, Protostar.Builder::noDirenv,
                Protostar.Builder::markdownlint, Protostar.Builder::noMarkdownlint, Protostar.Builder::docker,
                Protostar.Builder::noDocker, b -> b.ide(Ide.JETBRAINS), b -> b.ide(Ide.NONE),
                b -> b.config(ProtostarConfig.builder().pythonPackageManager("pip").pythonVersion("3.10")
                        .nodePackageManager("pnpm").ide(Ide.CURSOR).tool("pytest", true).tool("ruff", false).build())));
        for (String preset : Recipe.PRESETS) {
            calls.add(b -> b.preset(preset));
        }
        return List.copyOf(calls);
    }

    private static Protostar.Builder builder(List<Integer> picks) {
        Protostar.Builder builder = Protostar.builder();
        picks.forEach(pick -> CALLS.get(pick).accept(builder));
        return builder;
    }

    @Test
    void everyBuildersRecipeSurvivesTheRoundTrip() {
        qt().withFixedSeed(SEED).withExamples(300)
                .forAll(lists().of(integers().between(0, CALLS.size() - 1)).ofSizeBetween(0, 12))
                .checkAssert(picks -> {
                    Recipe recipe = builder(picks).recipe();
                    ProtostarConfig unrelated = ProtostarConfig.builder().pythonPackageManager("pip")
                            .ide(Ide.JETBRAINS).tool("docker", true).tool("mypy", true).build();

                    assertThat(Protostar.builder().recipe(recipe).recipe()).isEqualTo(recipe);
                    assertThat(Protostar.builder().config(unrelated).recipe(recipe).recipe()).isEqualTo(recipe);
                    assertThat(builder(picks).recipe(recipe).recipe()).isEqualTo(recipe);
                });
    }

    @Test
    void aBuilderMadeFromARecipeWritesWhatTheOriginalWrites() {
        qt().withFixedSeed(SEED).withExamples(40)
                .forAll(lists().of(integers().between(0, CALLS.size() - 1)).ofSizeBetween(1, 8))
                .checkAssert(picks -> {
                    Protostar.Builder original = builder(picks);
                    Workspace first = Workspace.inMemory();
                    Workspace second = Workspace.inMemory();

                    original.workspace(first).run();
                    Protostar.builder().recipe(original.recipe()).workspace(second).run();

                    assertThat(WorkspaceSnapshot.of(second)).isEqualTo(WorkspaceSnapshot.of(first));
                });
    }
}
