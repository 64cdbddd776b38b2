package dev.protostar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecipeTest {

    private static Recipe recipe(List<String> languages, List<String> tools, List<String> presets,
            List<String> modules, Map<String, String> options) {
        return new Recipe(languages, tools, presets, modules, options);
    }

    @Test
    void idsAreKeptInRegistryOrderWhateverOrderTheyWereGivenIn() {
        Recipe recipe = recipe(List.of("latex", "python", "rust"), List.of("docker", "ruff", "pre-commit", "mypy"),
                List.of("ml", "scientific"), List.of(), Map.of());

        assertThat(recipe.languages()).containsExactly("python", "rust", "latex");
        assertThat(recipe.tools()).containsExactly("ruff", "mypy", "pre-commit", "docker");
        assertThat(recipe.presets()).containsExactly("scientific", "ml");
    }

    @Test
    void repeatedIdsCollapse() {
        Recipe recipe = recipe(List.of("python", "python"), List.of("ruff", "ruff"), List.of("ml", "ml"),
                List.of("my-module", "other", "my-module"), Map.of());

        assertThat(recipe.languages()).containsExactly("python");
        assertThat(recipe.tools()).containsExactly("ruff");
        assertThat(recipe.presets()).containsExactly("ml");
        assertThat(recipe.modules()).containsExactly("my-module", "other");
    }

    @Test
    void recipesThatMeanTheSameAreEqual() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("python_version", "3.12");
        options.put("ide", "cursor");
        Recipe one = recipe(List.of("rust", "python"), List.of("mypy", "ruff"), List.of(), List.of(), options);
        Recipe other = recipe(List.of("python", "rust", "python"), List.of("ruff", "mypy"), List.of(), List.of(),
                Map.of("ide", "cursor", "python_version", "3.12"));

        assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
        assertThat(one.options().keySet()).containsExactly("ide", "python_version");
    }

    @Test
    void theFieldsAreImmutableCopies() {
        List<String> languages = new ArrayList<>(List.of("python"));
        Map<String, String> options = new HashMap<>(Map.of("ide", "vscode"));
        Recipe recipe = recipe(languages, List.of(), List.of(), List.of(), options);
        languages.add("rust");
        options.put("python_version", "3.12");

        assertThat(recipe.languages()).containsExactly("python");
        assertThat(recipe.options()).containsOnlyKeys("ide");
        assertThatThrownBy(() -> recipe.languages().add("rust")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> recipe.options().put("ide", "none")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anUnknownLanguageToolOrPresetIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> recipe(List.of("pyhton"), List.of(), List.of(), List.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("languages holds \"pyhton\", which is not one of \"python\", \"rust\", \"node\", \"cpp\","
                        + " \"latex\".");
        assertThatThrownBy(() -> recipe(List.of(), List.of("pre_commit"), List.of(), List.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tools holds \"pre_commit\"").hasMessageContaining("\"pre-commit\"");
        assertThatThrownBy(() -> recipe(List.of(), List.of(), List.of("physics"), List.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("presets holds \"physics\"").hasMessageContaining("\"embedded\"");
    }

    @Test
    void aBuiltInIdIsRefusedAsAModuleSayingWhereItBelongs() {
        assertThatThrownBy(() -> recipe(List.of(), List.of(), List.of(), List.of("mypy"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("modules holds \"mypy\", a built-in id: list it under tools instead.");
        assertThatThrownBy(() -> recipe(List.of(), List.of(), List.of(), List.of("rust"), Map.of()))
                .hasMessageContaining("under languages");
        assertThatThrownBy(() -> recipe(List.of(), List.of(), List.of(), List.of("astro"), Map.of()))
                .hasMessageContaining("under presets");
    }

    @Test
    void aModuleIdMustBeAnId() {
        for (String bad : List.of("", " x", "a b", "-x", "a\"b", "a\nb", "ä")) {
            assertThatThrownBy(() -> recipe(List.of(), List.of(), List.of(), List.of(bad), Map.of()))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a module id");
        }
        assertThat(recipe(List.of(), List.of(), List.of(), List.of("com.example.fortran_2"), Map.of()).modules())
                .containsExactly("com.example.fortran_2");
    }

    @Test
    void optionsAreCheckedByNameAndValue() {
        assertThatThrownBy(() -> recipe(List.of(), List.of(), List.of(), List.of(), Map.of("package_manager", "uv")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("options.package_manager = \"uv\" is not an option; the options are \"ide\","
                        + " \"node_package_manager\", \"python_package_manager\", \"python_version\".");
        assertThatThrownBy(() -> recipe(List.of(), List.of(), List.of(), List.of(),
                Map.of("python_package_manager", "poetry")))
                .hasMessage("options.python_package_manager = \"poetry\" is not one of \"uv\", \"pip\".");
        assertThatThrownBy(() -> recipe(List.of(), List.of(), List.of(), List.of(), Map.of("python_version", "3")))
                .hasMessageContaining("not of the form major.minor");
        assertThatThrownBy(() -> recipe(List.of(), List.of(), List.of(), List.of(), Map.of("ide", "VSCode")))
                .hasMessageContaining("not one of \"vscode\", \"cursor\", \"jetbrains\", \"none\"");
        assertThatThrownBy(() -> recipe(List.of(), List.of(), List.of(), List.of(),
                Map.of("node_package_manager", "bun")))
                .hasMessageContaining("not one of \"npm\", \"pnpm\", \"yarn\"");
    }

    @Test
    void everyValidOptionValueIsAccepted() {
        Recipe recipe = recipe(List.of("node"), List.of(), List.of(), List.of(), Map.of("python_package_manager", "pip",
                "python_version", "3.10", "ide", "jetbrains", "node_package_manager", "yarn"));

        assertThat(recipe.option(Recipe.PYTHON_PACKAGE_MANAGER)).contains("pip");
        assertThat(recipe.option(Recipe.PYTHON_VERSION)).contains("3.10");
        assertThat(recipe.option(Recipe.IDE)).contains("jetbrains");
        assertThat(recipe.option(Recipe.NODE_PACKAGE_MANAGER)).contains("yarn");
        for (Ide ide : Ide.values()) {
            assertThat(Recipe.optionProblem(Recipe.IDE, ide.configName())).isEmpty();
        }
    }

    @Test
    void nullsAreRefused() {
        assertThatThrownBy(() -> recipe(null, List.of(), List.of(), List.of(), Map.of()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> recipe(Arrays.asList("python", null), List.of(), List.of(), List.of(), Map.of()))
                .isInstanceOf(NullPointerException.class);
        Map<String, String> withNull = new HashMap<>();
        withNull.put("ide", null);
        assertThatThrownBy(() -> recipe(List.of(), List.of(), List.of(), List.of(), withNull))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void theEmptyRecipeHasEveryToolOff() {
        Recipe empty = Recipe.empty();

        assertThat(empty.languages()).isEmpty();
        for (String tool : Recipe.TOOLS) {
            assertThat(empty.isOn(tool)).as(tool).isFalse();
        }
        assertThat(empty.options()).isEmpty();
    }
}
