package dev.protostar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.CollisionAbortedException;
import dev.protostar.api.KeptValue;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.api.TaskRun;
import dev.protostar.api.ValidationException;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.testing.WorkspaceSnapshot;
import dev.protostar.modules.python.PythonOptions;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fluent API fully in memory, with the simulated process runner. */
class ProtostarInMemoryTest {

    private final Workspace workspace = Workspace.inMemory();

    private String read(String path) {
        return workspace.readString(WorkspacePath.of(path));
    }

    private void write(String path, String content) {
        workspace.write(WorkspacePath.of(path), content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void pythonScaffoldsAUvProjectWithRuffByteForByte() {
        RunReport report = Protostar.builder().workspace(workspace).python().run();

        assertThat(report.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(report.tasks()).extracting(run -> run.task().commandLine()).containsExactly(
                "uv init --no-workspace --bare --pin-python --python 3.13", "uv add --dev -- ruff");
        assertThat(report.tasks()).allMatch(TaskRun::simulated);
        assertThat(read(".gitignore")).isEqualTo("""
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
                """);
        assertThat(read(".python-version")).isEqualTo("3.13\n");
        assertThat(read("pyproject.toml")).isEqualTo(ExpectedFiles.UV_PYPROJECT);
    }

    @Test
    void theReportOfAPythonRunRendersByteForByte() {
        RunReport report = Protostar.builder().workspace(workspace).python().run();

        assertThat(report.render()).isEqualTo("""
                Status: SUCCESS (10 changes, 2 commands)

                Commands that ran:
                  $ uv init --no-workspace --bare --pin-python --python 3.13  [simulated]
                  $ uv add --dev -- ruff  [simulated]

                Changes:
                  new file   .python-version        (by uv init --no-workspace --bare --pin-python --python 3.13)
                  new file   pyproject.toml         (by uv init --no-workspace --bare --pin-python --python 3.13)
                  new folder .vscode/
                  new file   .vscode/settings.json
                  modified   pyproject.toml
                  new file   .protostar.toml
                  new file   .gitignore
                  new file   uv.lock                (by uv add --dev -- ruff)
                  modified   pyproject.toml         (by uv add --dev -- ruff)
                  new file   protostar.lock
                """);
    }

    @Test
    void theSameRunTwiceChangesNothingTheSecondTime() {
        Protostar.builder().workspace(workspace).python().run();
        Map<String, String> afterFirst = WorkspaceSnapshot.of(workspace);

        RunReport second = Protostar.builder().workspace(workspace).python().force().run();

        assertThat(second.status()).isEqualTo(RunStatus.NO_CHANGES);
        assertThat(second.changes()).isEmpty();
        assertThat(second.tasks()).isEmpty();
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(afterFirst);
    }

    @Test
    void anExistingProjectWithoutForceIsAbortedUntouched() {
        write("pyproject.toml", "[project]\nname = \"mine\"\n");
        Map<String, String> before = WorkspaceSnapshot.of(workspace);

        assertThatThrownBy(() -> Protostar.builder().workspace(workspace).python().run())
                .isInstanceOf(CollisionAbortedException.class);
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
    }

    @Test
    void forceMergesKeepingTheUsersValuesAndComments() {
        write("pyproject.toml", """
                # my project
                [project]
                name = "mine"  # keep this name
                dependencies = []

                [tool.ruff]
                line-length = 100 # we like long lines
                """);

        RunReport report = Protostar.builder().workspace(workspace).python().force().run();

        assertThat(report.kept()).containsExactly(
                new KeptValue(WorkspacePath.of("pyproject.toml"), "tool.ruff.line-length"));
        String pyproject = read("pyproject.toml");
        assertThat(pyproject).startsWith("""
                # my project
                [project]
                name = "mine"  # keep this name
                dependencies = []

                [tool.ruff]
                line-length = 100 # we like long lines
                """);
        assertThat(pyproject).contains("[tool.ruff.lint]\n").contains("\"RUF\", # Ruff's own checks\n");
        assertThat(report.tasks()).extracting(run -> run.task().commandLine()).containsExactly("uv add --dev -- ruff");
    }

    @Test
    void aGitignoreListingEnvrcStillGetsEnv() {
        write(".gitignore", ".envrc\n.env.local\n");

        Protostar.builder().workspace(workspace).run();

        assertThat(read(".gitignore")).isEqualTo("""
                .envrc
                .env.local
                .DS_Store
                Thumbs.db
                *~
                .idea/
                .vscode/
                .env
                .protostar/
                """);
    }

    @Test
    void aMalformedPyprojectStopsAtValidationNamingItsPosition() {
        write("pyproject.toml", "[project]\nname = \"x\"\n[tool.ruff\n");
        Map<String, String> before = WorkspaceSnapshot.of(workspace);

        assertThatThrownBy(() -> Protostar.builder().workspace(workspace).python().force().run())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.path()).isEqualTo(WorkspacePath.of("pyproject.toml"));
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isPositive();
                    assertThat(e.getMessage()).startsWith("pyproject.toml:3:" + e.column() + ": ");
                });
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
    }

    @Test
    void pipModeMakesAVenvInstallsAndFreezes() {
        RunReport report = Protostar.builder().workspace(workspace).python(PythonOptions.pip("3.12")).run();

        assertThat(report.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(report.tasks()).extracting(run -> run.task().commandLine()).containsExactly(
                "python3.12 -m venv .venv", ".venv/bin/python -m pip install -- ruff", ".venv/bin/python -m pip freeze");
        assertThat(read("requirements.txt")).isEqualTo("ruff==0.0.0\n");
        assertThat(read("ruff.toml")).startsWith("# Ruff settings, added by Protostar.");
        assertThat(workspace.exists(WorkspacePath.of("pyproject.toml"))).isFalse();

        RunReport second = Protostar.builder().workspace(workspace).python(PythonOptions.pip("3.12")).force().run();
        assertThat(second.status()).isEqualTo(RunStatus.NO_CHANGES);
    }

    @Test
    void pipModeNeverOverwritesAnExistingRequirementsFile() {
        write("requirements.txt", "requests==2.0\n");

        Protostar.builder().workspace(workspace).python(PythonOptions.pip()).force().run();

        assertThat(read("requirements.txt")).isEqualTo("requests==2.0\n");
    }

    @Test
    void noRuffLeavesRuffOutAndRuffWithoutPythonIsAWarning() {
        Protostar.builder().workspace(workspace).python().noRuff().run();
        assertThat(read("pyproject.toml")).doesNotContain("ruff");
        assertThat(read(".gitignore")).doesNotContain(".ruff_cache/");

        RunReport ruffAlone = Protostar.builder().workspace(Workspace.inMemory()).ruff().run();
        assertThat(ruffAlone.status()).isEqualTo(RunStatus.PARTIAL_SUCCESS);
        assertThat(ruffAlone.warnings()).containsExactly("Ruff needs Python, which is not selected; Ruff was skipped.");
    }

    @Test
    void everyToolTogetherInMemoryInRegistryOrderAndIdempotent() {
        RunReport report = Protostar.builder().workspace(workspace)
                .docker().markdownlint().direnv().preCommit().pytest().mypy().python()
                .run();

        assertThat(report.status()).as(report.warnings().toString()).isEqualTo(RunStatus.SUCCESS);
        assertThat(report.tasks()).extracting(run -> run.task().commandLine()).containsExactly(
                "uv init --no-workspace --bare --pin-python --python 3.13",
                "git init",
                "uv add --dev -- ruff mypy pytest pytest-cov pytest-mock pre-commit",
                "uv run pre-commit install",
                "direnv allow");
        String pyproject = read("pyproject.toml");
        assertThat(pyproject).contains("[tool.ruff]").contains("[tool.mypy]").contains("python_version = \"3.13\"")
                .contains("[tool.pytest.ini_options]");
        assertThat(pyproject.indexOf("[tool.ruff]")).isLessThan(pyproject.indexOf("[tool.mypy]"));
        assertThat(read(".pre-commit-config.yaml")).contains("id: check-toml").contains("id: ruff-format")
                .contains("id: mypy").contains("id: markdownlint");
        assertThat(read(".envrc")).contains("uv sync").contains("PATH_add .venv/bin");
        assertThat(read(".markdownlint.yaml")).contains("MD013: false");
        assertThat(read("Dockerfile")).contains("uv sync");
        assertThat(read(".dockerignore")).contains(".git/\n").contains(".python-version\n").contains(".venv/\n");
        assertThat(read(".vscode/settings.json")).contains("${workspaceFolder}/.venv/bin/python");
        assertThat(workspace.isDirectory(WorkspacePath.of("tests"))).isTrue();
        assertThat(read(".gitignore")).contains(".mypy_cache/").contains(".pytest_cache/").contains(".direnv/");

        java.util.Map<String, String> afterFirst = WorkspaceSnapshot.of(workspace);
        RunReport second = Protostar.builder().workspace(workspace).force()
                .python().mypy().pytest().preCommit().direnv().markdownlint().docker().run();
        assertThat(second.status()).isEqualTo(RunStatus.NO_CHANGES);
        assertThat(second.tasks()).isEmpty();
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(afterFirst);
    }

    @Test
    void aToolWithoutItsLanguageIsSkippedWithAWarningNamingBoth() {
        RunReport report = Protostar.builder().workspace(workspace).mypy().markdownlint().run();

        assertThat(report.warnings()).containsExactly("mypy needs Python, which is not selected; mypy was skipped.");
        assertThat(read(".markdownlint.yaml")).contains("MD013");
        assertThat(workspace.exists(WorkspacePath.of("pyproject.toml"))).isFalse();
    }
}
