package dev.protostar.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.ConfigurationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every configuration list that reaches a command line, a path or an ignore file is checked where it is read. */
class ConfigEntryRulesTest {

    private static ConfigurationException refusal(String text) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> ConfigLoader.parse("config.toml", text));
        assertThat(thrown).isInstanceOf(ConfigurationException.class);
        ConfigurationException e = (ConfigurationException) thrown;
        assertThat(e.exitCode()).isEqualTo(78);
        assertThat(e.hint()).get().asString().contains("config.toml", "--no-config");
        return e;
    }

    @ParameterizedTest
    @ValueSource(strings = {"--index-url=https://evil.example", "--editable=/etc", "-e", "-r/etc/passwd",
        "numpy --pre", "numpy\\n-e"})
    void anInjectedOptionInPresetDependenciesIsAConfigurationError(String value) {
        ConfigurationException e = refusal("[presets.ml]\ndependencies = [\"numpy\", \"" + value + "\"]\n");
        assertThat(e.getMessage()).startsWith("config.toml:2: presets.ml.dependencies holds \"")
                .contains("which is not a PEP 508 requirement: ").doesNotContain("\n");
    }

    @Test
    void anInjectedOptionInExtraDependenciesIsAConfigurationError() {
        ConfigurationException e = refusal("[env]\nide = \"vscode\"\n\n[dev]\nextra_dependencies = [\"ipython\", \"-e\"]\n");
        assertThat(e.getMessage()).isEqualTo("config.toml:5: dev.extra_dependencies holds \"-e\", which is not a"
                + " PEP 508 requirement: it starts with \"-\", so an installer would read it as an option, not a"
                + " package.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../x", "/etc", "a/../../b", "back\\\\slash", "nul\\u0000", "line\\nbreak", "a//b"})
    void aFolderOutsideTheProjectIsAConfigurationError(String value) {
        ConfigurationException e = refusal("[presets.cli]\ndirectories = [\"" + value + "\"]\n");
        assertThat(e.getMessage()).startsWith("config.toml:2: presets.cli.directories holds \"")
                .containsAnyOf("which is not a relative path inside the project: ", "which is not a folder name: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\\nb", "data/\\r\\n!keep", "x\\u0000"})
    void anIgnoreEntrySpanningLinesIsAConfigurationError(String value) {
        ConfigurationException e = refusal("[presets.astro]\nignores = [\"" + value + "\"]\n");
        assertThat(e.getMessage()).startsWith("config.toml:2: presets.astro.ignores holds \"")
                .contains("which is not one ignore line: column ").doesNotContain("\n", "\r", "\u0000");
    }

    @Test
    void goodListsPass() {
        LoadedConfig loaded = ConfigLoader.parse("config.toml", """
                [presets.cli]
                dependencies = ["typer>=0.12", "rich[jupyter] ; python_version >= '3.9'"]
                directories = ["src/cli", " docs "]
                ignores = ["\\\\#literal", "!keep/"]
                [dev]
                extra_dependencies = ["ipython"]
                """);
        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.config().preset("cli").dependencies())
                .contains(List.of("typer>=0.12", "rich[jupyter] ; python_version >= '3.9'"));
        assertThat(loaded.config().preset("cli").directories()).contains(List.of("src/cli", "docs"));
    }

    @Test
    void aRuleNamesEachProblem() {
        assertThat(ConfigEntryRule.FOLDER.problem("../x")).get().asString().startsWith("not a relative path");
        assertThat(ConfigEntryRule.PYTHON_REQUIREMENT.problem("ok")).isEmpty();
        assertThatThrownBy(() -> ConfigLoader.parse("p.toml", "[presets.dsp]\nignores = [\"a\\nb\"]"))
                .hasMessageStartingWith("p.toml:2: ");
    }

    @Test
    void valuesNestedDeeperThanJacksonReadsAreAConfigurationErrorWithAPosition() {
        String text = "[dev.pyproject]\na = " + "[".repeat(2000) + "]".repeat(2000) + "\n";

        ConfigurationException e = refusal(text);

        assertThat(e.getMessage()).matches("config\\.toml:2:\\d+: the values are nested more deeply than Protostar"
                + " reads \\(1000 levels\\)\\.").doesNotContain("not valid TOML");
    }
}
