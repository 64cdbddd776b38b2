package dev.protostar.modules.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.SystemTask;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.modules.WorkspaceContext;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DependencyInstallersTest {

    private static Set<String> set(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }

    @Test
    void uvAddsRuntimeThenDevDependenciesWithTenMinuteTimeoutsAsWarnings() {
        List<SystemTask> tasks = new UvDependencyInstaller().tasks(set("numpy", "pandas"), set("ruff"),
                new WorkspaceContext(Workspace.inMemory()).with("pyproject.toml", "[project]\ndependencies = []\n"));

        assertThat(tasks).extracting(SystemTask::command).containsExactly(
                List.of("uv", "add", "--", "numpy", "pandas"), List.of("uv", "add", "--dev", "--", "ruff"));
        assertThat(tasks).allSatisfy(task -> {
            assertThat(task.timeout()).isEqualTo(Duration.ofMinutes(10));
            assertThat(task.onFailure()).isEqualTo(SystemTask.FailurePolicy.WARN);
            assertThat(task.owns()).contains(WorkspacePath.of("pyproject.toml"), WorkspacePath.of("uv.lock"));
        });
    }

    @Test
    void uvLeavesOutWhatPyprojectAlreadyDeclares() {
        String pyproject = """
                [project]
                dependencies = ["NumPy>=2"]

                [dependency-groups]
                dev = ["ruff==0.6.0"]

                [tool.uv]
                dev-dependencies = ["pytest"]
                """;
        WorkspaceContext context = new WorkspaceContext(Workspace.inMemory()).with("pyproject.toml", pyproject);

        assertThat(new UvDependencyInstaller().tasks(set("numpy"), set("ruff", "pytest"), context)).isEmpty();
        assertThat(new UvDependencyInstaller().tasks(set("numpy", "scipy"), set("ruff", "mypy"), context))
                .extracting(SystemTask::commandLine)
                .containsExactly("uv add -- scipy", "uv add --dev -- mypy");
    }

    @Test
    void pipInstallsWhatTheVenvLacksAndFreezesOnlyWhenRequirementsAreAbsent() {
        WorkspaceContext context = new WorkspaceContext(Workspace.inMemory())
                .withDirectory(".venv/lib/python3.11/site-packages/Ruff-0.6.0.dist-info");

        List<SystemTask> tasks = new PipDependencyInstaller().tasks(set("numpy"), set("ruff"), context);

        assertThat(tasks).extracting(SystemTask::command).containsExactly(
                List.of(".venv/bin/python", "-m", "pip", "install", "--", "numpy"),
                List.of(".venv/bin/python", "-m", "pip", "freeze"));
        assertThat(tasks.get(1).stdoutTo()).contains(WorkspacePath.of("requirements.txt"));
        assertThat(tasks).allSatisfy(t -> assertThat(t.onFailure()).isEqualTo(SystemTask.FailurePolicy.WARN));

        context.with("requirements.txt", "ruff==0.6.0\n")
                .withDirectory(".venv/lib/python3.11/site-packages/numpy-2.0.0.dist-info");
        assertThat(new PipDependencyInstaller().tasks(set("numpy"), set("ruff"), context)).isEmpty();
    }
}
