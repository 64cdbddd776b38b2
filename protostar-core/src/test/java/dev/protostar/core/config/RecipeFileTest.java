package dev.protostar.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.ConfigurationException;
import dev.protostar.api.Recipe;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecipeFileTest {

    private static Optional<Recipe> read(String text) {
        return RecipeFile.read(".protostar.toml", text);
    }

    private static void refused(String text, String message, String hintPart) {
        assertThatThrownBy(() -> read(text))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((ConfigurationException) e).hint().orElseThrow()).contains(hintPart));
    }

    @Test
    void aRecipeIsReadWithEveryKey() {
        Optional<Recipe> recipe = read("""
                [env]
                mypy = true

                [recipe]
                languages = ["rust", "python"]
                tools = ["mypy", "ruff"]
                presets = ["ml"]
                modules = ["com.example.fortran"]

                [recipe.options]
                python_package_manager = "pip"
                python_version = "3.12"
                ide = "none"
                """);

        assertThat(recipe).contains(new Recipe(List.of("python", "rust"), List.of("ruff", "mypy"), List.of("ml"),
                List.of("com.example.fortran"), Map.of("python_package_manager", "pip", "python_version", "3.12",
                        "ide", "none")));
    }

    @Test
    void aFileWithoutARecipeHasNone() {
        assertThat(read("")).isEmpty();
        assertThat(read("[env]\nruff = false\n")).isEmpty();
    }

    @Test
    void aMissingListIsEmptySoEveryUnlistedToolIsOff() {
        assertThat(read("[recipe]\nlanguages = [\"python\"]\n"))
                .contains(new Recipe(List.of("python"), List.of(), List.of(), List.of(), Map.of()));
        assertThat(read("\uFEFF[recipe]\n")).contains(Recipe.empty());
    }

    @Test
    void theRenderedPayloadReadsBackAsTheSameRecipe() {
        Recipe recipe = new Recipe(List.of("python", "node"), List.of("ruff", "pre-commit"), List.of(),
                List.of("my-module"), Map.of("python_package_manager", "uv", "python_version", "3.13", "ide",
                        "vscode", "node_package_manager", "pnpm"));

        String payload = RecipeFile.render(recipe);

        assertThat(payload).isEqualTo("""
                # What this project is made of; edit it and run `protostar sync` to change the project.
                [recipe]
                languages = ["python", "node"]
                tools = ["ruff", "pre-commit"]
                presets = []
                modules = ["my-module"]
                [recipe.options]
                ide = "vscode"
                node_package_manager = "pnpm"
                python_package_manager = "uv"
                python_version = "3.13"
                """);
        assertThat(read(payload)).contains(recipe);
    }

    @Test
    void aRecipeWithoutModulesOrOptionsLeavesThemOut() {
        assertThat(RecipeFile.render(new Recipe(List.of("rust"), List.of(), List.of(), List.of(), Map.of())))
                .isEqualTo("""
                        # What this project is made of; edit it and run `protostar sync` to change the project.
                        [recipe]
                        languages = ["rust"]
                        tools = []
                        presets = []
                        """);
    }

    @Test
    void anUnknownLanguageToolOrPresetIsRefusedWithFileLineValueAndTheKnownOnes() {
        refused("""
                [recipe]
                languages = [
                  "python",
                  "pyhton",
                ]
                """, ".protostar.toml:4: recipe.languages holds \"pyhton\", which is not a language Protostar knows.",
                "The languages are \"python\", \"rust\", \"node\", \"cpp\", \"latex\"");
        refused("[recipe]\n\ntools = [\"ruff\", \"pre_commit\"]\n",
                ".protostar.toml:3: recipe.tools holds \"pre_commit\", which is not a tool Protostar knows.",
                "\"pre-commit\"");
        refused("[recipe]\npresets = [\"physics\"]\n",
                ".protostar.toml:2: recipe.presets holds \"physics\", which is not a preset Protostar knows.",
                "\"scientific\", \"astro\"");
    }

    @Test
    void wrongTypesAreRefusedWithFileAndLine() {
        refused("[recipe]\nlanguages = \"python\"\n",
                ".protostar.toml:2: recipe.languages must be an array of strings, not the string \"python\".",
                "languages = [\"python\"]");
        refused("[recipe]\ntools = [\"ruff\", 1]\n",
                ".protostar.toml:2: recipe.tools holds the integer 1, which is not a string.", "in quotes");
        refused("recipe = true\n", ".protostar.toml:1: [recipe] must be a table, not the boolean true.",
                "[recipe] table");
        refused("[recipe]\noptions = \"uv\"\n",
                ".protostar.toml:2: recipe.options must be a table, not the string \"uv\".", "[recipe.options]");
        refused("[recipe.options]\npython_version = 3.12\n",
                ".protostar.toml:2: recipe.options.python_version must be a string, not the float 3.12.",
                "python_version = \"3.13\"");
    }

    @Test
    void unknownKeysAndOptionsAndBadOptionValuesAreRefused() {
        refused("[recipe]\nlanguages = []\nlanguage = [\"python\"]\n",
                ".protostar.toml:3: unknown key recipe.language in [recipe].", "\"languages\", \"tools\"");
        refused("[recipe.options]\npackage_manager = \"uv\"\n",
                ".protostar.toml:2: unknown option recipe.options.package_manager.", "\"python_package_manager\"");
        refused("[recipe.options]\n\"a.b\" = \"uv\"\n",
                ".protostar.toml:2: unknown option recipe.options.\"a.b\".", "check the option's spelling");
        refused("[recipe.options]\nnode_package_manager = \"bun\"\n",
                ".protostar.toml:2: recipe.options.node_package_manager = \"bun\" is not one of \"npm\", \"pnpm\","
                        + " \"yarn\".", "Correct the value");
        refused("[recipe]\nmodules = [\"docker\"]\n",
                ".protostar.toml:2: recipe.modules holds \"docker\", which cannot be listed there: modules holds"
                        + " \"docker\", a built-in id: list it under tools instead.", "ServiceLoader");
    }

    @Test
    void brokenTomlIsRefusedWithLineAndColumn() {
        assertThatThrownBy(() -> read("[recipe]\nlanguages = [\"python\"\n"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(".protostar.toml:3:")
                .hasMessageContaining("not valid TOML");
    }

    @Test
    void aValueFromTheFileIsQuotedSafelyInTheMessage() {
        refused("[recipe]\nlanguages = [\"x\\n\\\"y\"]\n",
                ".protostar.toml:2: recipe.languages holds \"x\\u000A\\\"y\", which is not a language Protostar knows.",
                "languages");
    }
}
