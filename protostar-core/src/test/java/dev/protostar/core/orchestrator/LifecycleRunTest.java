package dev.protostar.core.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.CollisionStrategy;
import dev.protostar.api.InvalidArgumentException;
import dev.protostar.api.ManagedChange;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.Plan;
import dev.protostar.api.PreCommitRepo;
import dev.protostar.api.ProtostarException;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.api.SyncConflict;
import dev.protostar.api.SystemTask;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.lifecycle.Choice;
import dev.protostar.core.lifecycle.Lifecycle;
import dev.protostar.core.lifecycle.LockedRequest;
import dev.protostar.core.testing.FaultInjectingWorkspace;
import dev.protostar.core.testing.WorkspaceCopies;
import dev.protostar.core.testing.WorkspaceSnapshot;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle of issue 13 through the orchestrator, in memory: v1 request, user edits, v2 request
 * (tool added, removed, default changed), with every format a module can write.
 */
class LifecycleRunTest {

    private final Workspace workspace = Workspace.inMemory();
    private final AtomicInteger setUps = new AtomicInteger();
    private final AtomicInteger installs = new AtomicInteger();
    private final List<String> installed = new ArrayList<>();
    private final ScriptedProcessRunner runner = new ScriptedProcessRunner()
            .program("maker", (task, ws) -> {
                setUps.incrementAndGet();
                ws.write(WorkspacePath.of("main.py"), "print('hi')\n".getBytes(StandardCharsets.UTF_8));
                return ScriptedProcessRunner.ok("");
            })
            .program("installer", (task, ws) -> {
                installs.incrementAndGet();
                installed.add(String.join(" ", task.command().subList(1, task.command().size())));
                return ScriptedProcessRunner.ok("");
            });

    /** A python-like language: pyproject payload, editor settings, ignores, .envrc region, pre-commit. */
    private static BootstrapModule language(int lineLength) {
        return TestModule.of("lang", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                .systemTask(SystemTask.command(List.of("maker", "init")).description("set up").build())
                .mergeToml("pyproject.toml", """
                        [tool.ruff]
                        line-length = %d

                        [tool.ruff.lint]
                        select = ["E", "F"]
                        """.formatted(lineLength))
                .mergeJson(".vscode/settings.json", "{\"editor.rulers\": [%d], \"files.trimTrailingWhitespace\": true}"
                        .formatted(lineLength))
                .vcsIgnore(".venv/", "__pycache__/")
                .textBlock(".envrc", "venv", "source .venv/bin/activate")
                .preCommitRepo(PreCommitRepo.of("https://github.com/astral-sh/ruff-pre-commit", "v0.6.0", "ruff"))
                .devDependency("ruff")
                .dependencyInstaller((deps, dev, ctx) -> List.of(SystemTask.command(
                        concat(List.of("installer"), List.copyOf(dev))).description("install").build())));
    }

    private static BootstrapModule docker() {
        return TestModule.of("docker", ModuleCategory.TOOLING).contributing((m, c) -> m
                .inject("Dockerfile", "FROM python:3.12-slim\n")
                .writeDockerIgnore()
                .dockerIgnore(".git/"));
    }

    private static BootstrapModule mypy() {
        return TestModule.of("mypy", ModuleCategory.TOOLING).contributing((m, c) -> m
                .mergeToml("pyproject.toml", "[tool.mypy]\nstrict = true\n")
                .devDependency("mypy"));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private RunReport run(Map<String, Choice> decisions, BootstrapModule... modules) {
        return new Orchestrator().run(request(decisions, modules));
    }

    private RunReport run(BootstrapModule... modules) {
        return run(Map.of(), modules);
    }

    private RunRequest request(Map<String, Choice> decisions, BootstrapModule... modules) {
        return new RunRequest(workspace, List.of(modules), CollisionStrategy.abort(), runner, runner.binaryLocator(),
                new RecordingListener()).with(Lifecycle.tracked(LockedRequest.empty()).with(decisions, Set.of()));
    }

    private String read(String path) {
        return workspace.readString(WorkspacePath.of(path));
    }

    private void write(String path, String text) {
        workspace.write(WorkspacePath.of(path), text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSameRequestAgainChangesNothingAndRunsNothing() {
        run(language(88), docker());
        assertThat(workspace.isFile(WorkspacePath.of("protostar.lock"))).isTrue();
        Map<String, String> before = WorkspaceSnapshot.of(workspace);

        RunReport again = run(language(88), docker());

        assertThat(again.status()).isEqualTo(RunStatus.NO_CHANGES);
        assertThat(again.tasks()).isEmpty();
        assertThat(again.changes()).isEmpty();
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
        assertThat(setUps).hasValue(1);
        assertThat(installs).hasValue(1);
    }

    @Test
    void aNewDefaultReachesUneditedValuesAndConflictsWithEditedOnes() {
        run(language(88));
        write("pyproject.toml", read("pyproject.toml").replace("line-length = 88", "line-length = 120"));

        RunReport report = run(language(100));

        assertThat(read("pyproject.toml")).contains("line-length = 120");
        assertThat(read(".vscode/settings.json")).isEqualTo(
                "{\n    \"editor.rulers\": [\n        100\n    ],\n    \"files.trimTrailingWhitespace\": true\n}\n");
        assertThat(report.status()).isEqualTo(RunStatus.PARTIAL_SUCCESS);
        SyncConflict conflict = report.reconciliation().conflicts().get(0);
        assertThat(conflict.path()).isEqualTo(WorkspacePath.of("pyproject.toml"));
        assertThat(conflict.key()).isEqualTo("tool.ruff.line-length");
        assertThat(conflict.base()).contains("88");
        assertThat(conflict.local()).contains("120");
        assertThat(conflict.desired()).contains("100");

        RunReport resolved = run(Map.of(conflict.id(), Choice.DESIRED), language(100));

        assertThat(read("pyproject.toml")).contains("line-length = 100");
        assertThat(resolved.reconciliation().conflicts()).isEmpty();
        assertThat(run(language(100)).status()).isEqualTo(RunStatus.NO_CHANGES);
    }

    @Test
    void anEditTheRequestDoesNotChangeIsPreservedQuietly() {
        run(language(88));
        write("pyproject.toml", read("pyproject.toml").replace("line-length = 88", "line-length = 120"));

        RunReport report = run(language(88));

        assertThat(report.status()).isEqualTo(RunStatus.NO_CHANGES);
        assertThat(report.reconciliation().changes(ManagedChange.Kind.PRESERVED)).extracting(ManagedChange::key)
                .containsExactly("tool.ruff.line-length");
        assertThat(read("pyproject.toml")).contains("line-length = 120");
    }

    @Test
    void aToolTurnedOffIsRetractedAndATurnedOnOneAdded() {
        run(language(88), docker());
        assertThat(workspace.isFile(WorkspacePath.of("Dockerfile"))).isTrue();

        RunReport report = run(language(88), mypy());

        assertThat(workspace.exists(WorkspacePath.of("Dockerfile"))).isFalse();
        assertThat(workspace.exists(WorkspacePath.of(".dockerignore"))).isFalse();
        assertThat(read("pyproject.toml")).contains("[tool.mypy]").contains("strict = true");
        assertThat(installed).containsExactly("ruff", "mypy");
        assertThat(report.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(run(language(88), mypy()).status()).isEqualTo(RunStatus.NO_CHANGES);
    }

    @Test
    void anEditedFileOfARetractedToolStaysAsAConflict() {
        run(language(88), docker());
        write("Dockerfile", "FROM python:3.12-slim\nRUN echo mine\n");

        RunReport report = run(language(88));

        assertThat(read("Dockerfile")).contains("RUN echo mine");
        assertThat(report.reconciliation().conflicts()).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo("retracted"));
    }

    @Test
    void aFileTheUserDeletedStaysDeleted() {
        run(language(88));
        workspace.delete(WorkspacePath.of(".envrc"));

        RunReport report = run(language(88));

        assertThat(workspace.exists(WorkspacePath.of(".envrc"))).isFalse();
        assertThat(report.reconciliation().changes(ManagedChange.Kind.DECLINED)).extracting(ManagedChange::path)
                .containsExactly(WorkspacePath.of(".envrc"));
        assertThat(run(language(88)).status()).isEqualTo(RunStatus.NO_CHANGES);
    }

    @Test
    void anUnknownDecisionFailsWithTheWorkspaceUnchanged() {
        run(language(88));
        Map<String, String> before = WorkspaceSnapshot.withModes(workspace);

        assertThatThrownBy(() -> run(Map.of("c-0000000000", Choice.LOCAL), language(100)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("c-0000000000");

        assertThat(WorkspaceSnapshot.withModes(workspace)).isEqualTo(before);
    }

    @Test
    void adoptionNeverClaimsTheUsersOwnValues() {
        write("pyproject.toml", "[tool.ruff]\nline-length = 88  # ours already\n");

        run(CollisionStrategy.merge(), language(88));
        run(CollisionStrategy.merge(), language(88)); // with the lock, pyproject.toml is not a collision any more
        RunReport report = new Orchestrator().run(request(Map.of())); // every module gone

        assertThat(read("pyproject.toml")).contains("line-length = 88  # ours already")
                .doesNotContain("select");
        assertThat(report.status()).isIn(RunStatus.SUCCESS, RunStatus.PARTIAL_SUCCESS);
    }

    private RunReport run(CollisionStrategy strategy, BootstrapModule... modules) {
        return new Orchestrator().run(new RunRequest(workspace, List.of(modules), strategy, runner,
                runner.binaryLocator(), new RecordingListener()).with(Lifecycle.tracked(LockedRequest.empty())));
    }

    @Test
    void aPlanOfASyncShowsWhatTheSyncDoes() {
        run(language(88));
        Map<String, String> before = WorkspaceSnapshot.of(workspace);

        Plan plan = new Orchestrator().plan(request(Map.of(), language(100)));

        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
        assertThat(plan.paths()).contains(WorkspacePath.of("pyproject.toml"), WorkspacePath.of(".vscode/settings.json"));
        assertThat(plan.reconciliation().changes(ManagedChange.Kind.UPDATED)).isNotEmpty();
    }

    @Test
    void aFailureAtEveryWriteOfASyncLeavesTheWorkspaceAsItWas() {
        run(language(88), docker());
        write("pyproject.toml", read("pyproject.toml") + "# mine\n");
        Workspace seed = WorkspaceCopies.inMemoryCopyOf(workspace);
        Map<String, String> before = WorkspaceSnapshot.withModes(seed);
        FaultInjectingWorkspace counting = FaultInjectingWorkspace.counting(WorkspaceCopies.inMemoryCopyOf(seed));
        syncOn(counting);
        // Up to the journal's commit point a failure rolls everything back; after it, only clean-up is left.
        int mutations = counting.log().indexOf("delete .protostar/journal/run") + 1;
        assertThat(mutations).isGreaterThan(3);

        for (int n = 1; n <= mutations; n++) {
            Workspace copy = WorkspaceCopies.inMemoryCopyOf(seed);
            FaultInjectingWorkspace failing = FaultInjectingWorkspace.failingAt(copy, n);
            assertThatThrownBy(() -> syncOn(failing)).as("failure at mutation %d", n)
                    .isInstanceOf(ProtostarException.class);
            assertThat(WorkspaceSnapshot.withModes(copy)).as("after a failure at mutation %d", n).isEqualTo(before);
        }
    }

    private RunReport syncOn(Workspace target) {
        return new Orchestrator().run(new RunRequest(target, List.of(language(100), mypy()), CollisionStrategy.abort(),
                runner, runner.binaryLocator(), new RecordingListener()).with(Lifecycle.tracked(LockedRequest.empty())));
    }
}
