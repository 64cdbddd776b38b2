package dev.protostar.core.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.BinaryLocator;
import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ChangeKind;
import dev.protostar.api.CollisionAbortedException;
import dev.protostar.api.CollisionReport;
import dev.protostar.api.CollisionStrategy;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.Plan;
import dev.protostar.api.PlannedChange;
import dev.protostar.api.PlannedTask;
import dev.protostar.api.PreflightException;
import dev.protostar.api.ProcessRunner;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.Resolution;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TaskResult;
import dev.protostar.api.ValidationException;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.testing.ForbiddenProcessRunner;
import dev.protostar.core.testing.PlanChecks;
import dev.protostar.core.testing.UnwritableWorkspace;
import dev.protostar.core.testing.WorkspaceCopies;
import dev.protostar.core.testing.WorkspaceSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Orchestrator#plan}: the whole lifecycle on an overlay, nothing written, nothing started. */
class OrchestratorPlanTest {

    private final Workspace seed = Workspace.inMemory();

    private static WorkspacePath p(String path) {
        return WorkspacePath.of(path);
    }

    private void write(String path, String content) {
        WorkspacePath target = p(path);
        target.parent().filter(d -> !d.isRoot()).ifPresent(seed::createDirectories);
        seed.write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    private static Plan plan(Workspace workspace, ProcessRunner runner, BinaryLocator locator,
            CollisionStrategy strategy, BootstrapModule... modules) {
        return new Orchestrator().plan(new RunRequest(workspace, List.of(modules), strategy, runner, locator,
                ProtostarListener.none()));
    }

    /** A plan on an unwritable view of the seed with a runner that must never be asked to run. */
    private Plan planUntouched(BootstrapModule... modules) {
        return plan(new UnwritableWorkspace(seed), new ForbiddenProcessRunner(), name -> true,
                CollisionStrategy.merge(), modules);
    }

    private static TestModule gitProject() {
        return TestModule.of("project", ModuleCategory.LANGUAGE).contributing((m, c) -> {
            m.directory("src/pkg")
                    .inject("src/pkg/__init__.py", "")
                    .mergeToml("pyproject.toml", "[tool.x]\nkey = 1\n")
                    .vcsIgnore(".cache/");
            if (!c.exists(p(".git"))) {
                m.systemTask(SystemTask.command("git", "init", "-q").description("Creating the Git repository")
                        .owns(".git").build());
            }
        });
    }

    /** A simulated runner made of scripts, so tests can give simulated tasks any effect. */
    private static ProcessRunner simulatedScripts(ScriptedProcessRunner scripts) {
        return new ProcessRunner() {
            @Override
            public TaskResult run(SystemTask task, Workspace workspace, ProtostarListener listener) {
                return scripts.run(task, workspace, listener);
            }

            @Override
            public BinaryLocator binaryLocator() {
                return scripts.binaryLocator();
            }

            @Override
            public boolean isSimulated() {
                return true;
            }
        };
    }

    @Test
    void aPlanWritesNothingStartsNothingAndListsEveryChangeInOrder() {
        write("pyproject.toml", "[project]\nname = \"mine\"\n");
        Map<String, String> before = WorkspaceSnapshot.of(seed);

        Plan plan = planUntouched(gitProject());

        assertThat(WorkspaceSnapshot.of(seed)).isEqualTo(before);
        assertThat(plan.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(plan.workspace()).isEqualTo("unwritable in-memory workspace");
        assertThat(plan.tasks()).extracting(PlannedTask::commandLine, PlannedTask::description, PlannedTask::simulated,
                PlannedTask::effectsKnown).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("git init -q", "Creating the Git repository", true, true));
        assertThat(plan.directories()).containsExactly(p("src"), p("src/pkg"), p(".git"), p(".git/hooks"), p(".git/info"),
                p(".git/objects"), p(".git/objects/info"), p(".git/objects/pack"), p(".git/refs"), p(".git/refs/heads"),
                p(".git/refs/tags"));
        assertThat(plan.paths()).startsWith(p("src"), p("src/pkg"), p("src/pkg/__init__.py"), p(".git"))
                .endsWith(p(".git/info/exclude"), p("pyproject.toml"), p(".gitignore"));
        PlannedChange head = plan.change(p(".git/HEAD")).orElseThrow();
        assertThat(head.kind()).isEqualTo(ChangeKind.CREATED);
        assertThat(head.by()).containsExactly("git init -q");
        assertThat(head.simulated()).isTrue();
        assertThat(head.diff()).isEqualTo("--- /dev/null\n+++ b/.git/HEAD\n@@ -0,0 +1 @@\n+ref: refs/heads/main\n");
        PlannedChange pyproject = plan.change(p("pyproject.toml")).orElseThrow();
        assertThat(pyproject.kind()).isEqualTo(ChangeKind.MODIFIED);
        assertThat(pyproject.by()).containsExactly("protostar");
        assertThat(pyproject.simulated()).isFalse();
        assertThat(pyproject.diff()).isEqualTo("""
                --- a/pyproject.toml
                +++ b/pyproject.toml
                @@ -1,2 +1,5 @@
                 [project]
                 name = "mine"
                +
                +[tool.x]
                +key = 1
                """);
        assertThat(plan.change(p("src/pkg/__init__.py")).orElseThrow().diff())
                .isEqualTo("--- /dev/null\n+++ b/src/pkg/__init__.py\n");
    }

    @Test
    void aPlanIsExactlyWhatTheRunDoes() {
        write("pyproject.toml", "# mine\n[project]\nname = \"mine\"\n\n[tool.x]\nkey = 2 # my value\n");
        Map<String, String> before = WorkspaceSnapshot.of(seed);
        Workspace copy = WorkspaceCopies.inMemoryCopyOf(seed);
        ProcessRunner simulation = simulatedScripts(new ScriptedProcessRunner()
                .program("git", (task, ws) -> {
                    ws.createDirectories(p(".git"));
                    ws.write(p(".git/HEAD"), "ref: refs/heads/main\n".getBytes(StandardCharsets.UTF_8));
                    return ScriptedProcessRunner.ok("");
                }));

        Plan plan = plan(seed, simulation, name -> true, CollisionStrategy.merge(), gitProject());
        RunReport report = new Orchestrator().run(new RunRequest(copy, List.of(gitProject()), CollisionStrategy.merge(),
                simulation, name -> true, ProtostarListener.none()));

        assertThat(WorkspaceSnapshot.of(seed)).isEqualTo(before);
        PlanChecks.assertPlanIsExact(plan, before, copy);
        assertThat(plan.status()).isEqualTo(report.status());
        assertThat(plan.kept()).isEqualTo(report.kept()).isNotEmpty();
        assertThat(plan.warnings()).isEqualTo(report.warnings());
        assertThat(plan.tasks()).extracting(PlannedTask::task).isEqualTo(report.tasks().stream().map(t -> t.task()).toList());
        assertThat(plan.tasks()).allMatch(PlannedTask::simulated).allMatch(PlannedTask::effectsKnown);
        assertThat(plan.isExact()).isTrue();
    }

    @Test
    void aCommandTheSimulationDoesNotModelIsMarkedAndAssumedToDoNothing() {
        TestModule custom = TestModule.of("custom", ModuleCategory.TOOLING).contributing((m, c) -> m
                .systemTask(SystemTask.command("make", "setup").description("Running the project's setup").build())
                .vcsIgnore("build/"));

        Plan plan = planUntouched(custom);

        assertThat(plan.tasks()).singleElement().satisfies(task -> {
            assertThat(task.commandLine()).isEqualTo("make setup");
            assertThat(task.simulated()).isTrue();
            assertThat(task.effectsKnown()).isFalse();
        });
        assertThat(plan.isExact()).isFalse();
        assertThat(plan.paths()).containsExactly(p(".gitignore"));
        assertThat(plan.render()).contains("$ make setup  [simulated]\n", "effects unknown");
    }

    @Test
    void preflightAsksTheLocatorTheRealRunWouldUse() {
        TestModule needsUv = TestModule.of("needs", ModuleCategory.LANGUAGE).needing("uv", "git")
                .contributing((m, c) -> m.vcsIgnore(".venv/"));

        assertThatThrownBy(() -> plan(new UnwritableWorkspace(seed), new ForbiddenProcessRunner(),
                name -> name.equals("git"), CollisionStrategy.merge(), needsUv))
                .isInstanceOfSatisfying(PreflightException.class, e ->
                        assertThat(e.getMessage()).contains("uv").doesNotContain("git,"));
    }

    @Test
    void collisionsAreDecidedByTheSameStrategy() {
        write("made.toml", "[made]\n");
        TestModule marked = TestModule.of("marked", ModuleCategory.LANGUAGE).marker("made.toml")
                .contributing((m, c) -> m.mergeToml("made.toml", "[tool.y]\nz = true\n"));
        List<CollisionReport> asked = new ArrayList<>();

        assertThatThrownBy(() -> plan(new UnwritableWorkspace(seed), new ForbiddenProcessRunner(), name -> true,
                CollisionStrategy.abort(), marked)).isInstanceOf(CollisionAbortedException.class);
        Plan plan = plan(new UnwritableWorkspace(seed), new ForbiddenProcessRunner(), name -> true, report -> {
            asked.add(report);
            return Resolution.OVERWRITE;
        }, marked);

        assertThat(asked).singleElement().satisfies(report ->
                assertThat(report.collisions()).extracting(c -> c.path()).containsExactly(p("made.toml")));
        assertThat(plan.change(p("made.toml")).orElseThrow().kind()).isEqualTo(ChangeKind.MODIFIED);
    }

    @Test
    void aMalformedFileFailsThePlanAtValidation() {
        write("pyproject.toml", "[project\n");

        assertThatThrownBy(() -> planUntouched(gitProject())).isInstanceOf(ValidationException.class);
    }

    @Test
    void onlyNetChangesArePlannedAndAFileBecomingAFolderIsTwoChanges() {
        write("old.txt", "obsolete\n");
        write("same.txt", "same\n");
        write("cache", "a file where a folder will be\n");
        ProcessRunner simulation = simulatedScripts(new ScriptedProcessRunner()
                .program("reshape", (task, ws) -> {
                    ws.delete(p("old.txt"));
                    ws.write(p("same.txt"), "same\n".getBytes(StandardCharsets.UTF_8));
                    ws.write(p("scratch"), "temporary\n".getBytes(StandardCharsets.UTF_8));
                    ws.delete(p("scratch"));
                    ws.delete(p("cache"));
                    ws.createDirectories(p("cache"));
                    ws.write(p("logo.bin"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0});
                    return ScriptedProcessRunner.ok("");
                }));
        TestModule reshaping = TestModule.of("reshape", ModuleCategory.TOOLING).contributing((m, c) -> m
                .systemTask(SystemTask.command("reshape").owns("old.txt", "cache").build()));
        Map<String, String> before = WorkspaceSnapshot.of(seed);
        Workspace copy = WorkspaceCopies.inMemoryCopyOf(seed);

        Plan plan = plan(new UnwritableWorkspace(seed), simulation, name -> true, CollisionStrategy.merge(), reshaping);
        new Orchestrator().run(new RunRequest(copy, List.of(reshaping), CollisionStrategy.merge(), simulation,
                name -> true, ProtostarListener.none()));

        assertThat(plan.changes()).extracting(PlannedChange::path, PlannedChange::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(p("old.txt"), ChangeKind.DELETED),
                org.assertj.core.groups.Tuple.tuple(p("cache"), ChangeKind.DELETED),
                org.assertj.core.groups.Tuple.tuple(p("cache"), ChangeKind.DIRECTORY_CREATED),
                org.assertj.core.groups.Tuple.tuple(p("logo.bin"), ChangeKind.CREATED));
        assertThat(plan.changes().get(0).diff()).isEqualTo("--- a/old.txt\n+++ /dev/null\n@@ -1 +0,0 @@\n-obsolete\n");
        assertThat(plan.change(p("logo.bin")).orElseThrow().diff()).isEqualTo("Binary files /dev/null and b/logo.bin differ\n");
        assertThat(plan.change(p("logo.bin")).orElseThrow().isBinary()).isTrue();
        assertThat(plan.changes()).allMatch(PlannedChange::simulated);
        PlanChecks.assertPlanIsExact(plan, before, copy);
    }

    @Test
    void aTasksCapturedOutputIsASimulatedChange() {
        ProcessRunner simulation = simulatedScripts(new ScriptedProcessRunner()
                .program("freeze", (task, ws) -> ScriptedProcessRunner.ok("a==1\n")));
        TestModule freezing = TestModule.of("freeze", ModuleCategory.TOOLING).contributing((m, c) -> m
                .systemTask(SystemTask.command("freeze").stdoutTo(p("requirements.txt")).build()));

        Plan plan = plan(new UnwritableWorkspace(seed), simulation, name -> true, CollisionStrategy.merge(), freezing);

        PlannedChange requirements = plan.change(p("requirements.txt")).orElseThrow();
        assertThat(requirements.by()).containsExactly("protostar");
        assertThat(requirements.simulated()).isTrue();
        assertThat(requirements.after().orElseThrow().text()).contains("a==1\n");
    }

    @Test
    void aRunThatWouldChangeNothingHasAnEmptyPlan() {
        new Orchestrator().run(new RunRequest(seed, List.of(gitProject()), CollisionStrategy.merge(),
                dev.protostar.core.process.SimulatedProcessRunner.create(), name -> true, ProtostarListener.none()));

        Plan plan = planUntouched(gitProject());

        assertThat(plan.status()).isEqualTo(RunStatus.NO_CHANGES);
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.render()).isEqualTo("Dry run in unwritable in-memory workspace: nothing was written and no process"
                + " was started.\nStatus: NO_CHANGES (nothing would change and no command would run)\n");
    }

    @Test
    void uvInitInADryRunOfAFolderPredictsTheFoldersName(@TempDir Path temp) throws IOException {
        Path project = Files.createDirectories(temp.resolve("orbital-sim"));
        TestModule uv = TestModule.of("uv", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                .systemTask(SystemTask.command("uv", "init", "--bare").owns("pyproject.toml").build()));

        Plan plan = plan(Workspace.at(project), new ForbiddenProcessRunner(), name -> true, CollisionStrategy.merge(), uv);

        assertThat(plan.change(p("pyproject.toml")).orElseThrow().after().orElseThrow().text().orElseThrow())
                .contains("name = \"orbital-sim\"\n");
        try (var entries = Files.list(project)) {
            assertThat(entries).isEmpty();
        }
    }
}
