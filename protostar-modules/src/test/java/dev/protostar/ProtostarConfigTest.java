package dev.protostar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.Ide;
import dev.protostar.api.ProtostarConfig;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.testing.WorkspaceSnapshot;
import dev.protostar.modules.python.PythonOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Protostar.Builder#config}: what the user's configuration changes, and what beats it. */
class ProtostarConfigTest {

    private static final String VSCODE_SETTINGS = """
            {
                "python.defaultInterpreterPath": "${workspaceFolder}/.venv/bin/python",
                "python.terminal.activateEnvironment": true
            }
            """;
    private static final String PYTHON_GITIGNORE = """
            .DS_Store
            Thumbs.db
            *~
            .idea/
            .vscode/
            .env
            .protostar/
            .venv/
            __pycache__/
            *.ipynb_checkpoints
            .ruff_cache/
            """;

    private final Workspace workspace = Workspace.inMemory();

    private String read(String path) {
        return workspace.readString(WorkspacePath.of(path));
    }

    private boolean exists(String path) {
        return workspace.exists(WorkspacePath.of(path));
    }

    private static List<String> commands(RunReport report) {
        return report.tasks().stream().map(run -> run.task().commandLine()).toList();
    }

    /** Runs twice; the second run must change nothing and start nothing. */
    private RunReport runTwice(java.util.function.Supplier<Protostar.Builder> builder) {
        RunReport first = builder.get().workspace(workspace).run();
        Map<String, String> afterFirst = WorkspaceSnapshot.of(workspace);
        RunReport second = builder.get().workspace(workspace).force().run();
        assertThat(second.status()).as(second.warnings().toString()).isEqualTo(RunStatus.NO_CHANGES);
        assertThat(second.tasks()).isEmpty();
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(afterFirst);
        return first;
    }

    @Test
    void theConfigurationSwitchesToolsOnAndOff() {
        ProtostarConfig config = ProtostarConfig.builder().tool("ruff", false).tool("mypy", true)
                .tool("pytest", true).build();

        RunReport report = runTwice(() -> Protostar.builder().config(config).python());

        assertThat(commands(report)).containsExactly("uv init --no-workspace --bare --pin-python --python 3.13",
                "uv add --dev -- mypy pytest pytest-cov pytest-mock");
        assertThat(read("pyproject.toml")).doesNotContain("[tool.ruff]").contains("[tool.mypy]");
    }

    @Test
    void anExplicitBuilderCallBeatsTheConfiguration() {
        ProtostarConfig config = ProtostarConfig.builder().tool("ruff", false).tool("mypy", true).build();

        RunReport report = Protostar.builder().workspace(workspace).config(config).python().ruff().noMypy().run();

        assertThat(commands(report)).containsExactly("uv init --no-workspace --bare --pin-python --python 3.13",
                "uv add --dev -- ruff");
    }

    @Test
    void aConfiguredPythonToolWithoutPythonIsLeftOutQuietly() {
        ProtostarConfig config = ProtostarConfig.builder().tool("mypy", true).tool("markdownlint", true).build();

        RunReport report = Protostar.builder().workspace(workspace).config(config).run();

        assertThat(report.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(report.warnings()).isEmpty();
        assertThat(exists(".markdownlint.yaml")).isTrue();
        assertThat(exists("pyproject.toml")).isFalse();
    }

    @Test
    void plainPythonTakesTheConfigurationsManagerAndVersion() {
        ProtostarConfig config = ProtostarConfig.builder().pythonPackageManager("pip").pythonVersion("3.12").build();

        RunReport report = Protostar.builder().workspace(workspace).config(config).python().noRuff().run();

        assertThat(commands(report)).first().isEqualTo("python3.12 -m venv .venv");
    }

    @Test
    void theConfigurationsVersionAloneKeepsUv() {
        ProtostarConfig config = ProtostarConfig.builder().pythonVersion("3.11").build();

        RunReport report = Protostar.builder().workspace(workspace).config(config).python().run();

        assertThat(commands(report)).first().isEqualTo("uv init --no-workspace --bare --pin-python --python 3.11");
    }

    @Test
    void explicitPythonOptionsBeatTheConfiguration() {
        ProtostarConfig config = ProtostarConfig.builder().pythonPackageManager("pip").pythonVersion("3.12").build();

        RunReport report = Protostar.builder().workspace(workspace).config(config).python(PythonOptions.uv("3.11"))
                .run();

        assertThat(commands(report)).first().isEqualTo("uv init --no-workspace --bare --pin-python --python 3.11");
    }

    @Test
    void vscodeAndCursorGetTheVsCodeSettings() {
        for (Ide ide : List.of(Ide.VSCODE, Ide.CURSOR)) {
            Workspace target = Workspace.inMemory();
            Protostar.builder().workspace(target).config(ProtostarConfig.builder().ide(ide).build()).python().run();
            assertThat(target.readString(WorkspacePath.of(".vscode/settings.json"))).as(ide.name())
                    .isEqualTo(VSCODE_SETTINGS);
            assertThat(target.readString(WorkspacePath.of(".gitignore"))).as(ide.name()).isEqualTo(PYTHON_GITIGNORE);
        }
    }

    @Test
    void jetbrainsGetsNoVsCodeSettingsAndItsFolderIgnored() {
        runTwice(() -> Protostar.builder().config(ProtostarConfig.builder().ide(Ide.JETBRAINS).build()).python());

        assertThat(exists(".vscode/settings.json")).isFalse();
        assertThat(exists(".vscode")).isFalse();
        assertThat(read(".gitignore")).isEqualTo(PYTHON_GITIGNORE).contains(".idea/\n");
    }

    @Test
    void noEditorGetsNoEditorSettings() {
        runTwice(() -> Protostar.builder().config(ProtostarConfig.builder().ide(Ide.NONE).build()).python());

        assertThat(exists(".vscode")).isFalse();
        assertThat(exists(".idea")).isFalse();
        assertThat(read(".gitignore")).isEqualTo(PYTHON_GITIGNORE);
    }

    @Test
    void theBuildersIdeBeatsTheConfiguration() {
        Protostar.builder().workspace(workspace).config(ProtostarConfig.builder().ide(Ide.NONE).build())
                .ide(Ide.CURSOR).python().run();

        assertThat(read(".vscode/settings.json")).isEqualTo(VSCODE_SETTINGS);
    }

    @Test
    void extraDependenciesAreAddedAfterTheToolsOwn() {
        ProtostarConfig config = ProtostarConfig.builder().extraDevDependency("ipython", "rich", "ruff").build();

        RunReport report = runTwice(() -> Protostar.builder().config(config).python().mypy());

        assertThat(commands(report)).containsExactly("uv init --no-workspace --bare --pin-python --python 3.13",
                "uv add --dev -- ruff mypy ipython rich");
        assertThat(read("pyproject.toml")).contains("dev = [\"ruff\", \"mypy\", \"ipython\", \"rich\"]");
    }

    @Test
    void pyprojectTablesOverrideTheModulesDefaults() {
        ProtostarConfig config = ProtostarConfig.builder()
                .pyprojectPayload("[tool.ruff]\nline-length = 100\n")
                .pyprojectPayload("[tool.coverage.run]\nbranch = true\n")
                .build();

        runTwice(() -> Protostar.builder().config(config).python());

        assertThat(read("pyproject.toml")).isEqualTo(ExpectedFiles.UV_PYPROJECT
                .replace("line-length = 88 # the width Black made common; fits two files side by side",
                        "line-length = 100")
                .replace("\n[dependency-groups]", "\n[tool.coverage.run]\nbranch = true\n\n[dependency-groups]"));
    }

    @Test
    void aValueAlreadyInTheUsersPyprojectBeatsTheConfiguration() {
        String existing = """
                [project]
                name = "mine"
                version = "1.0"

                [tool.ruff]
                line-length = 120 # my width
                """;
        workspace.write(WorkspacePath.of("pyproject.toml"), existing.getBytes(StandardCharsets.UTF_8));
        ProtostarConfig config = ProtostarConfig.builder().pyprojectPayload("[tool.ruff]\nline-length = 100\n")
                .build();

        RunReport report = runTwice(() -> Protostar.builder().config(config).python().force());

        assertThat(read("pyproject.toml")).startsWith(existing).doesNotContain("line-length = 100")
                .doesNotContain("line-length = 88");
        assertThat(report.kept()).extracting(Object::toString).contains("pyproject.toml: tool.ruff.line-length");
    }

    @Test
    void pythonSettingsWithoutPythonAreIgnoredWithAWarning() {
        ProtostarConfig config = ProtostarConfig.builder().extraDevDependency("ipython")
                .pyprojectPayload("[tool.ruff]\nline-length = 100\n").build();

        RunReport report = Protostar.builder().workspace(workspace).config(config).markdownlint().run();

        assertThat(report.status()).isEqualTo(RunStatus.PARTIAL_SUCCESS);
        assertThat(report.warnings()).containsExactly("The configuration's [dev] extra_dependencies and"
                + " [dev.pyproject] tables apply to Python projects, and Python is not selected; they were ignored."
                + " Select Python (--python) to use them, or remove them from the configuration.");
        assertThat(exists("pyproject.toml")).isFalse();
    }

    @Test
    void anEmptyConfigurationChangesNothing() {
        Protostar.builder().workspace(workspace).config(ProtostarConfig.empty()).python().run();

        assertThat(read("pyproject.toml")).isEqualTo(ExpectedFiles.UV_PYPROJECT);
        assertThat(read(".vscode/settings.json")).isEqualTo(VSCODE_SETTINGS);
    }
}
