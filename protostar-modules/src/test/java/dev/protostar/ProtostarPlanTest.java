package dev.protostar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.ChangeKind;
import dev.protostar.api.CollisionAbortedException;
import dev.protostar.api.KeptValue;
import dev.protostar.api.Plan;
import dev.protostar.api.PlannedChange;
import dev.protostar.api.PlannedTask;
import dev.protostar.api.PreflightException;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.api.TaskRun;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.process.CommonsExecProcessRunner;
import dev.protostar.core.process.SimulatedProcessRunner;
import dev.protostar.core.testing.ForbiddenProcessRunner;
import dev.protostar.core.testing.PlanChecks;
import dev.protostar.core.testing.UnwritableWorkspace;
import dev.protostar.core.testing.WorkspaceCopies;
import dev.protostar.core.testing.WorkspaceSnapshot;
import dev.protostar.modules.python.PythonOptions;
import dev.protostar.testing.StubPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Protostar.builder()...plan()}: a dry run that writes nothing, starts nothing, and is exact. */
class ProtostarPlanTest {

    private static final String COMMENTED_PYPROJECT = """
            # my project
            [project]
            name = "mine"  # keep this name
            dependencies = []

            [tool.ruff]
            line-length = 100 # we like long lines
            """;

    private final Workspace seed = Workspace.inMemory();

    private static WorkspacePath p(String path) {
        return WorkspacePath.of(path);
    }

    private void write(String path, String content) {
        seed.write(p(path), content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Plans {@code options} on an unwritable view of the seed with a runner that fails if started,
     * runs the same options for real (simulated runner) on a copy, and checks the plan against it.
     */
    private Plan assertPlanIsExact(UnaryOperator<Protostar.Builder> options) {
        Map<String, String> before = WorkspaceSnapshot.of(seed);
        Workspace copy = WorkspaceCopies.inMemoryCopyOf(seed);

        Plan plan = options.apply(Protostar.builder().workspace(new UnwritableWorkspace(seed))
                .processRunner(new ForbiddenProcessRunner())).plan();
        RunReport report = options.apply(Protostar.builder().workspace(copy)).run();

        assertThat(WorkspaceSnapshot.of(seed)).as("the seed after planning").isEqualTo(before);
        PlanChecks.assertPlanIsExact(plan, before, copy);
        assertThat(plan.status()).isEqualTo(report.status());
        assertThat(plan.warnings()).isEqualTo(report.warnings());
        assertThat(plan.kept()).isEqualTo(report.kept());
        assertThat(plan.tasks()).extracting(PlannedTask::task).containsExactlyElementsOf(
                report.tasks().stream().map(TaskRun::task).toList());
        assertThat(plan.tasks()).allMatch(PlannedTask::simulated).allMatch(PlannedTask::effectsKnown);
        assertThat(plan.isExact()).isTrue();
        return plan;
    }

    @Test
    void planOfAnEmptyFolderIsExactlyWhatTheRunWrites() {
        Plan plan = assertPlanIsExact(Protostar.Builder::python);

        assertThat(plan.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(plan.paths()).containsExactly(
                p("pyproject.toml"), p(".python-version"), p(".vscode"), p(".vscode/settings.json"),
                p(".protostar.toml"), p(".gitignore"), p("uv.lock"), p("protostar.lock"));
        assertThat(plan.change(p("pyproject.toml")).orElseThrow().after().orElseThrow().text())
                .contains(ExpectedFiles.UV_PYPROJECT);
        assertThat(plan.tasks()).extracting(PlannedTask::commandLine).containsExactly(
                "uv init --no-workspace --bare --pin-python --python 3.13", "uv add --dev -- ruff");
    }

    @Test
    void planOfAnExistingCommentedProjectWithForceIsExactlyWhatTheRunWrites() {
        write("pyproject.toml", COMMENTED_PYPROJECT);

        Plan plan = assertPlanIsExact(builder -> builder.python().force());

        assertThat(plan.kept()).containsExactly(new KeptValue(p("pyproject.toml"), "tool.ruff.line-length"));
        PlannedChange pyproject = plan.change(p("pyproject.toml")).orElseThrow();
        assertThat(pyproject.kind()).isEqualTo(ChangeKind.MODIFIED);
        assertThat(pyproject.by()).containsExactly("protostar", "uv add --dev -- ruff");
        assertThat(pyproject.simulated()).isTrue();
        assertThat(pyproject.diff()).startsWith("""
                --- a/pyproject.toml
                +++ b/pyproject.toml
                @@ -5,3 +5,17 @@
                \s
                 [tool.ruff]
                 line-length = 100 # we like long lines
                +
                +[tool.ruff.lint]
                """).endsWith("""
                +[dependency-groups]
                +dev = ["ruff"]
                """);
        PlannedChange gitignore = plan.change(p(".gitignore")).orElseThrow();
        assertThat(gitignore.by()).containsExactly("protostar");
        assertThat(gitignore.simulated()).isFalse();
    }

    @Test
    void planOfPipModeIsExactIncludingTheFrozenRequirements() {
        Plan plan = assertPlanIsExact(builder -> builder.python(PythonOptions.pip("3.12")));

        assertThat(plan.change(p("requirements.txt")).orElseThrow().simulated()).isTrue();
        assertThat(plan.directories()).contains(p(".venv"));
    }

    @Test
    void planAfterARunIsEmpty() {
        Protostar.builder().workspace(seed).python().run();

        Plan plan = assertPlanIsExact(builder -> builder.python().force());

        assertThat(plan.status()).isEqualTo(RunStatus.NO_CHANGES);
        assertThat(plan.isEmpty()).isTrue();
    }

    @Test
    void withoutForceAnExistingProjectAbortsThePlanAsItWouldAbortTheRun() {
        write("pyproject.toml", COMMENTED_PYPROJECT);

        assertThatThrownBy(() -> Protostar.builder().workspace(new UnwritableWorkspace(seed))
                .processRunner(new ForbiddenProcessRunner()).python().plan())
                .isInstanceOf(CollisionAbortedException.class);
    }

    @Test
    void aConfiguredSimulatedRunnerKeepsItsFolderName() {
        Plan plan = Protostar.builder().workspace(new UnwritableWorkspace(seed))
                .processRunner(SimulatedProcessRunner.forFolderNamed("rocket")).python().plan();

        assertThat(plan.change(p("pyproject.toml")).orElseThrow().after().orElseThrow().text().orElseThrow())
                .contains("name = \"rocket\"\n");
    }

    @Test
    void aPlanOfARealFolderPredictsItsNameAndNeitherWritesNorRunsUv(@TempDir Path temp) throws IOException {
        Path project = Files.createDirectories(temp.resolve("orbital-sim"));
        StubPath stubs = StubPath.in(temp.resolve("bin")).with("uv", StubPath.UV);

        Plan plan = Protostar.builder().workspace(project)
                .processRunner(CommonsExecProcessRunner.withEnvironment(stubs.environment()))
                .python().plan();

        assertThat(stubs.calls()).isEmpty();
        try (var entries = Files.list(project)) {
            assertThat(entries).isEmpty();
        }
        assertThat(plan.workspace()).contains("orbital-sim");
        assertThat(plan.change(p("pyproject.toml")).orElseThrow().after().orElseThrow().text())
                .contains(ExpectedFiles.STUB_UV_PYPROJECT);
        assertThat(plan.render()).startsWith("Dry run in ").contains("name = \"orbital-sim\"");
    }

    @Test
    void preflightOfAPlanLooksAtTheRealPath(@TempDir Path temp) throws IOException {
        Path project = Files.createDirectories(temp.resolve("orbital-sim"));
        StubPath empty = StubPath.in(temp.resolve("nothing"));

        assertThatThrownBy(() -> Protostar.builder().workspace(project)
                        .processRunner(CommonsExecProcessRunner.withEnvironment(empty.environment()))
                        .python().plan())
                .isInstanceOfSatisfying(PreflightException.class, e ->
                        assertThat(e.missing()).extracting(m -> m.name()).containsExactly("uv"));
        try (var entries = Files.list(project)) {
            assertThat(entries).isEmpty();
        }
    }
}
