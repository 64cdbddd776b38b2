package dev.protostar.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.ConfigurationException;
import dev.protostar.api.Ide;
import dev.protostar.api.PresetSettings;
import dev.protostar.api.ProtostarConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

    private static LoadedConfig parse(String text) {
        return ConfigLoader.parse("config.toml", text);
    }

    @Test
    void everyKeyIsRead() {
        LoadedConfig loaded = parse("""
                [env]
                ide = "jetbrains"
                python_package_manager = "pip"
                python_version = "3.12"
                node_package_manager = "pnpm"
                latex_preset = "lab-report"
                ruff = false
                mypy = true
                pytest = true
                pre_commit = true
                direnv = false
                markdownlint = true
                docker = false

                [presets.astro]
                dependencies = ["astropy"]
                directories = ["data", "notebooks"]
                ignores = ["data/raw/"]

                [presets.ml]
                dependencies = []

                [dev]
                extra_dependencies = ["ipython", "rich"]
                """);

        assertThat(loaded.warnings()).isEmpty();
        ProtostarConfig expected = ProtostarConfig.builder()
                .ide(Ide.JETBRAINS).pythonPackageManager("pip").pythonVersion("3.12").nodePackageManager("pnpm")
                .latexPreset("lab-report")
                .tool("ruff", false).tool("mypy", true).tool("pytest", true).tool("pre-commit", true)
                .tool("direnv", false).tool("markdownlint", true).tool("docker", false)
                .preset("astro", new PresetSettings(Optional.of(List.of("astropy")),
                        Optional.of(List.of("data", "notebooks")), Optional.of(List.of("data/raw/"))))
                .preset("ml", PresetSettings.dependencies(List.of()))
                .extraDevDependency("ipython", "rich")
                .build();
        assertThat(loaded.config()).isEqualTo(expected);
        assertThat(loaded.config().tools().keySet())
                .containsExactly("ruff", "mypy", "pytest", "pre-commit", "direnv", "markdownlint", "docker");
    }

    @Test
    void anEmptyOrCommentOnlyFileIsAnEmptyConfiguration() {
        assertThat(parse("")).isEqualTo(LoadedConfig.empty());
        assertThat(parse("\n# nothing yet\n\n")).isEqualTo(LoadedConfig.empty());
        assertThat(parse("\uFEFF")).isEqualTo(LoadedConfig.empty());
    }

    @Test
    void aByteOrderMarkIsAllowedAndLinesAndColumnsStayRight() {
        assertThat(parse("\uFEFF[env]\nide = \"cursor\"\n").config().ide()).contains(Ide.CURSOR);
        assertThat(parse("\uFEFF[env]\nidee = \"cursor\"\n").warnings())
                .containsExactly("config.toml:2: unknown key env.idee is ignored ([env] knows ide,"
                        + " python_package_manager, python_version, node_package_manager, latex_preset, ruff, mypy,"
                        + " pytest, pre_commit, direnv, markdownlint, docker, scrub, task_timeout);"
                        + " check its spelling and its table.");
    }

    @Test
    void theTemplateLoadsWithoutAWarningAndSetsNothing() {
        assertThat(parse(ConfigTemplate.text())).isEqualTo(LoadedConfig.empty());
    }

    @Test
    void theTemplateDocumentsEveryKey() {
        List<String> keys = new java.util.ArrayList<>(List.of("ide", "python_package_manager", "python_version",
                "node_package_manager", "latex_preset", "extra_dependencies", "dependencies", "directories",
                "ignores", "[dev.pyproject"));
        keys.addAll(ConfigReader.TOOL_KEYS);
        keys.forEach(key -> assertThat(ConfigTemplate.text()).contains("# " + key));
        ConfigReader.PRESET_IDS.forEach(id -> assertThat(ConfigTemplate.text()).contains(id));
    }

    @Test
    void uncommentingTheTemplateGivesAValidConfiguration() {
        String uncommented = ConfigTemplate.text().lines()
                .map(line -> line.matches("# [a-z_\\[].*=.*|# \\[.*\\]") ? line.substring(2) : line)
                .reduce("", (a, b) -> a + b + "\n");
        LoadedConfig loaded = parse(uncommented);
        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.config().ide()).contains(Ide.VSCODE);
        assertThat(loaded.config().tools()).hasSize(7);
        assertThat(loaded.config().preset("astro").dependencies()).contains(List.of("astropy", "numpy"));
        assertThat(loaded.config().pyprojectPayloads()).containsExactly("[tool.ruff]\nline-length = 100\n");
    }

    @Test
    void theRecipeOfAProjectFileIsNotConfigurationAndNoWarning() {
        LoadedConfig loaded = ConfigLoader.parse("/work/orbital-sim/.protostar.toml", """
                [env]
                mypy = true

                # What this project is made of; edit it and run `protostar sync` to change the project.
                [recipe]
                languages = ["python"]
                tools = ["ruff"]
                presets = []
                [recipe.options]
                python_package_manager = "pip"
                """);

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.config()).isEqualTo(ProtostarConfig.builder().tool("mypy", true).build());
    }

    @Test
    void aRecipeInTheGlobalFileIsAWarning() {
        LoadedConfig loaded = parse("[recipe]\nlanguages = [\"python\"]\n");

        assertThat(loaded.config()).isEqualTo(ProtostarConfig.empty());
        assertThat(loaded.warnings()).containsExactly("config.toml:1: [recipe] is read only from a project's"
                + " .protostar.toml, where runs record what the project is made of; here it is ignored. Move it to"
                + " the project's .protostar.toml or remove it.");
    }

    @Test
    void unknownKeysAreWarningsWithTheirLines() {
        LoadedConfig loaded = parse("""
                colour = "blue"
                [env]
                ruff = true
                rufff = true
                [presets.astro]
                depends = ["x"]
                [presets.quantum]
                dependencies = ["qiskit"]
                [dev]
                extras = ["ipython"]
                [tools]
                x = 1
                """);

        assertThat(loaded.config()).isEqualTo(ProtostarConfig.builder().tool("ruff", true)
                .preset("astro", PresetSettings.defaults()).build());
        assertThat(loaded.warnings()).containsExactly(
                "config.toml:1: unknown key colour is ignored (the top level holds only the tables [env],"
                        + " [presets.ID] and [dev]); check its spelling and its table.",
                "config.toml:4: unknown key env.rufff is ignored ([env] knows ide, python_package_manager,"
                        + " python_version, node_package_manager, latex_preset, ruff, mypy, pytest, pre_commit,"
                        + " direnv, markdownlint, docker, scrub, task_timeout);"
                        + " check its spelling and its table.",
                "config.toml:6: unknown key presets.astro.depends is ignored (a preset table knows dependencies,"
                        + " directories, ignores); check its spelling and its table.",
                "config.toml:7: unknown key presets.quantum is ignored (the presets are scientific, astro, ml, api,"
                        + " cli, dsp, embedded); check its spelling and its table.",
                "config.toml:10: unknown key dev.extras is ignored ([dev] knows extra_dependencies, pyproject);"
                        + " check its spelling and its table.",
                "config.toml:11: unknown key tools is ignored (the top level holds only the tables [env],"
                        + " [presets.ID] and [dev]); check its spelling and its table.");
    }

    @Test
    void wrongTypesAreWarningsAndTheSettingIsIgnored() {
        LoadedConfig loaded = parse("""
                [env]
                ide = 1
                python_package_manager = true
                python_version = 3.10
                node_package_manager = ["npm"]
                latex_preset = { name = "minimal" }
                ruff = "yes"
                mypy = 1
                pre_commit = true
                [presets.astro]
                dependencies = "astropy"
                directories = [1, 2]
                ignores = ["", "x/"]
                [dev]
                extra_dependencies = "ipython"
                pyproject = "line-length = 100"
                """);

        assertThat(loaded.config()).isEqualTo(ProtostarConfig.builder().tool("pre-commit", true)
                .preset("astro", PresetSettings.defaults()).build());
        assertThat(loaded.warnings()).containsExactly(
                "config.toml:2: env.ide must be one of the strings \"vscode\", \"cursor\", \"jetbrains\", \"none\","
                        + " not the integer 1; the setting is ignored.",
                "config.toml:3: env.python_package_manager must be one of the strings \"uv\", \"pip\", not the"
                        + " boolean true; the setting is ignored.",
                "config.toml:4: env.python_version must be a string such as \"3.13\", not a number (3.10 as a"
                        + " number is 3.1); write it in quotes. The setting is ignored.",
                "config.toml:5: env.node_package_manager must be one of the strings \"npm\", \"pnpm\", \"yarn\","
                        + " not an array; the setting is ignored.",
                "config.toml:6: env.latex_preset must be one of the strings \"minimal\", \"science\","
                        + " \"lab-report\", \"academic\", not a table; the setting is ignored.",
                "config.toml:7: env.ruff must be true or false, not the string \"yes\"; the setting is ignored.",
                "config.toml:8: env.mypy must be true or false, not the integer 1; the setting is ignored.",
                "config.toml:11: presets.astro.dependencies must be an array of non-blank strings, such as"
                        + " [\"numpy\"], not the string \"astropy\"; the setting is ignored.",
                "config.toml:12: presets.astro.directories must be an array of non-blank strings, such as"
                        + " [\"numpy\"], not an array; the setting is ignored.",
                "config.toml:13: presets.astro.ignores must be an array of non-blank strings, such as"
                        + " [\"numpy\"], not an array; the setting is ignored.",
                "config.toml:15: dev.extra_dependencies must be an array of non-blank strings, such as"
                        + " [\"numpy\"], not the string \"ipython\"; the setting is ignored.",
                "config.toml:16: dev.pyproject must be a table, not the string \"line-length = 100\"; the setting"
                        + " is ignored.");
    }

    @Test
    void aTableWhereATableBelongsIsRequired() {
        LoadedConfig loaded = parse("env = \"vscode\"\npresets = 1\ndev = []\n[presets2]\n");
        assertThat(loaded.config()).isEqualTo(ProtostarConfig.empty());
        assertThat(loaded.warnings()).containsExactly(
                "config.toml:1: env must be a table, not the string \"vscode\"; the setting is ignored.",
                "config.toml:2: presets must be a table, not the integer 1; the setting is ignored.",
                "config.toml:3: dev must be a table, not an array; the setting is ignored.",
                "config.toml:4: unknown key presets2 is ignored (the top level holds only the tables [env],"
                        + " [presets.ID] and [dev]); check its spelling and its table.");
    }

    @Test
    void aValueOutsideTheAllowedOnesIsAWarningNamingKeyValueAndChoices() {
        LoadedConfig loaded = parse("""
                [env]
                python_package_manager = "conda"
                ide = "emacs"
                python_version = "3"
                node_package_manager = "bun"
                latex_preset = "thesis"
                """);

        assertThat(loaded.config()).isEqualTo(ProtostarConfig.empty());
        assertThat(loaded.warnings()).containsExactly(
                "config.toml:2: env.python_package_manager = \"conda\" is not one of \"uv\", \"pip\"; the setting"
                        + " is ignored.",
                "config.toml:3: env.ide = \"emacs\" is not one of \"vscode\", \"cursor\", \"jetbrains\", \"none\";"
                        + " the setting is ignored.",
                "config.toml:4: env.python_version = \"3\" is not of the form major.minor, such as \"3.13\"; the"
                        + " setting is ignored.",
                "config.toml:5: env.node_package_manager = \"bun\" is not one of \"npm\", \"pnpm\", \"yarn\"; the"
                        + " setting is ignored.",
                "config.toml:6: env.latex_preset = \"thesis\" is not one of \"minimal\", \"science\","
                        + " \"lab-report\", \"academic\"; the setting is ignored.");
    }

    @Test
    void aSyntaxErrorIsAConfigurationExceptionWithLineAndColumn() {
        assertThatThrownBy(() -> parse("[env]\nruff = true\nide = \n"))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.getMessage()).startsWith("config.toml:3:7: this is not valid TOML: ");
                    assertThat(e.hint()).hasValueSatisfying(hint -> assertThat(hint).contains("--no-config"));
                });
        assertThatThrownBy(() -> parse("\uFEFF[env\n"))
                .isInstanceOfSatisfying(ConfigurationException.class,
                        e -> assertThat(e.getMessage()).startsWith("config.toml:1:"));
    }

    @Test
    void devPyprojectBecomesOneTomlPayloadOfTables() {
        LoadedConfig loaded = parse("""
                [dev.pyproject]
                tool.ruff.line-length = 100
                tool.ruff.lint.select = ["E", "F"]
                project.description = "A \\"quoted\\" tab\\there"

                [dev.pyproject.tool.mypy]
                strict = false
                python_version = 3.12
                "odd key" = { a = 1, b = [true], c = [{ d = 2 }] }

                [[dev.pyproject.tool.mypy.overrides]]
                module = "numpy.*"
                ignore_missing_imports = true

                [[dev.pyproject.tool.mypy.overrides]]
                module = "scipy.*"
                """);

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.config().pyprojectPayloads()).containsExactly("""
                [tool.ruff]
                line-length = 100

                [tool.ruff.lint]
                select = ["E", "F"]

                [tool.mypy]
                strict = false
                python_version = 3.12

                [tool.mypy."odd key"]
                a = 1
                b = [true]

                [[tool.mypy."odd key".c]]
                d = 2

                [[tool.mypy.overrides]]
                module = "numpy.*"
                ignore_missing_imports = true

                [[tool.mypy.overrides]]
                module = "scipy.*"

                [project]
                description = "A \\"quoted\\" tab\\there"
                """);
    }

    @Test
    void anEmptyDevPyprojectAddsNoPayload() {
        assertThat(parse("[dev.pyproject]\n")).isEqualTo(LoadedConfig.empty());
    }

    @Test
    void pyprojectStringsWithControlCharactersStayValid() {
        String payload = PyprojectTables.string("a\u0001b\u007f\\");
        assertThat(payload).isEqualTo("\"a\\u0001b\\u007F\\\\\"");
    }

    @Test
    void theProjectFileIsLaidOverTheGlobalOne() {
        LoadedConfig global = parse("[env]\nide = \"cursor\"\nmypy = true\n[dev]\nextra_dependencies = [\"ipython\"]\n");
        LoadedConfig project = ConfigLoader.parse(".protostar.toml",
                "[env]\nmypy = false\nrust = 1\n[dev]\nextra_dependencies = [\"rich\", \"ipython\"]\n");

        LoadedConfig merged = global.overriddenBy(project);

        assertThat(merged.config().ide()).contains(Ide.CURSOR);
        assertThat(merged.config().tools()).isEqualTo(Map.of("mypy", false));
        assertThat(merged.config().extraDevDependencies()).containsExactly("ipython", "rich");
        assertThat(merged.warnings()).singleElement().asString().startsWith(".protostar.toml:3: unknown key env.rust");
    }

    @Test
    void taskTimeoutIsReadAndTheProjectsReplacesTheGlobalOne() {
        LoadedConfig global = parse("[env]\ntask_timeout = \"10m\"\n");
        LoadedConfig project = ConfigLoader.parse(".protostar.toml", "[env]\ntask_timeout = \"1h30m\"\n");

        assertThat(global.warnings()).isEmpty();
        assertThat(global.config().taskTimeout()).contains(java.time.Duration.ofMinutes(10));
        assertThat(global.overriddenBy(project).config().taskTimeout()).contains(java.time.Duration.ofMinutes(90));
        assertThat(global.overriddenBy(LoadedConfig.empty()).config().taskTimeout())
                .contains(java.time.Duration.ofMinutes(10));
        assertThat(parse("[env]\nide = \"vscode\"\n").config().taskTimeout()).isEmpty();
    }

    @Test
    void aTaskTimeoutThatIsNoDurationStopsTheRunNamingFileLineKeyAndValue() {
        assertThatThrownBy(() -> parse("[env]\nide = \"vscode\"\ntask_timeout = \"ten minutes\"\n"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("config.toml:3: env.task_timeout = \"ten minutes\" is not a duration such as 90s, 10m"
                        + " or 1h30m.")
                .satisfies(e -> assertThat(((ConfigurationException) e).hint()).hasValueSatisfying(hint ->
                        assertThat(hint).startsWith("Write a duration in quotes").contains("--no-config")));
        assertThatThrownBy(() -> parse("[env]\ntask_timeout = [\"10m\"]\n")).isInstanceOf(ConfigurationException.class)
                .hasMessage("config.toml:2: env.task_timeout must be a string such as \"10m\", not an array.");
    }

    @Test
    void scrubPatternsAreReadAndAProjectCanOnlyAddToThem() {
        LoadedConfig global = parse("[env]\nscrub = [\"AWS_*\", \"GITHUB_TOKEN\", \"AWS_*\"]\n");
        LoadedConfig project = ConfigLoader.parse(".protostar.toml", "[env]\nscrub = [\"NPM_TOKEN\", \"GITHUB_TOKEN\"]\n");

        assertThat(global.warnings()).isEmpty();
        assertThat(global.config().envScrub()).containsExactly("AWS_*", "GITHUB_TOKEN");
        assertThat(global.overriddenBy(project).config().envScrub()).containsExactly("AWS_*", "GITHUB_TOKEN", "NPM_TOKEN");
        assertThat(global.overriddenBy(LoadedConfig.empty()).config().childEnvironment().scrub())
                .containsExactly("AWS_*", "GITHUB_TOKEN");
        assertThat(parse("[env]\nscrub = []\n").config().envScrub()).isEmpty();
    }

    @Test
    void aScrubValueThatIsNotAPatternIsAConfigurationErrorNamingFileLineKeyAndValue() {
        for (String bad : List.of("AWS-*", "*", "", " AWS_*", "GITHUB TOKEN", "A*B", "1PASSWORD", "$HOME", "X**")) {
            assertThatThrownBy(() -> parse("[env]\nide = \"vscode\"\nscrub = [\"OK\", \"" + bad + "\"]\n"))
                    .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                        assertThat(e.exitCode()).isEqualTo(78);
                        assertThat(e.getMessage()).isEqualTo("config.toml:3: env.scrub holds \"" + bad + "\", which is"
                                + " not a variable name or a prefix followed by * (such as GITHUB_TOKEN or AWS_*).");
                        assertThat(e.hint()).hasValueSatisfying(hint -> assertThat(hint).contains("\"AWS_*\""));
                    });
        }
        assertThatThrownBy(() -> parse("[env]\nscrub = [\"OK\", 3]\n")).isInstanceOf(ConfigurationException.class)
                .hasMessage("config.toml:2: env.scrub holds the integer 3, which is not a string.");
        assertThatThrownBy(() -> parse("[env]\nscrub = true\n")).isInstanceOf(ConfigurationException.class)
                .hasMessage("config.toml:2: env.scrub must be an array of strings, such as [\"AWS_*\","
                        + " \"GITHUB_TOKEN\"], not the boolean true.");
    }

    @Test
    void theBuilderRefusesABadScrubPatternNamingIt() {
        assertThatThrownBy(() -> ProtostarConfig.builder().envScrub("AWS-*").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("env.scrub \"AWS-*\" is not a variable name or a prefix followed by * (such as"
                        + " GITHUB_TOKEN or AWS_*)");
    }
}
