package dev.protostar.core.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ChangeKind;
import dev.protostar.api.CollisionAbortedException;
import dev.protostar.api.CollisionReport;
import dev.protostar.api.CollisionStrategy;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.Phase;
import dev.protostar.api.PreCommitRepo;
import dev.protostar.api.PreflightException;
import dev.protostar.api.Resolution;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TaskFailedException;
import dev.protostar.api.ValidationException;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.testing.WorkspaceSnapshot;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class OrchestratorTest {

    private final Workspace workspace = Workspace.inMemory();
    private final RecordingListener listener = new RecordingListener();
    private final ScriptedProcessRunner runner = new ScriptedProcessRunner()
            .program("maker", (task, ws) -> {
                ws.write(WorkspacePath.of("made.toml"), "[made]\nby = \"maker\"\n".getBytes(StandardCharsets.UTF_8));
                return ScriptedProcessRunner.ok("made it\n");
            })
            .program("printer", (task, ws) -> ScriptedProcessRunner.ok("a==1\nb==2\n"))
            .program("broken", (task, ws) -> {
                ws.write(WorkspacePath.of("made.toml"), "half".getBytes(StandardCharsets.UTF_8));
                return ScriptedProcessRunner.failed(3, "no network\n");
            });

    private RunReport run(CollisionStrategy strategy, BootstrapModule... modules) {
        return new Orchestrator().run(new RunRequest(workspace, List.of(modules), strategy, runner,
                runner.binaryLocator(), listener));
    }

    private void write(String path, String content) {
        WorkspacePath p = WorkspacePath.of(path);
        p.parent().filter(d -> !d.isRoot()).ifPresent(workspace::createDirectories);
        workspace.write(p, content.getBytes(StandardCharsets.UTF_8));
    }

    private String read(String path) {
        return workspace.readString(WorkspacePath.of(path));
    }

    private static TestModule fullModule() {
        return TestModule.of("full", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                .directory("src/pkg")
                .inject("src/pkg/__init__.py", "")
                .systemTask(SystemTask.command("maker").owns("made.toml").build())
                .mergeToml("made.toml", "[tool.x]\nkey = 1\n")
                .vcsIgnore(".cache/")
                .devDependency("lint")
                .dependencyInstaller((deps, dev, ctx) -> ctx.exists(WorkspacePath.of("installed"))
                        ? List.of()
                        : List.of(SystemTask.command("printer").stdoutTo(WorkspacePath.of("installed")).build()))
                .postInstallTask(SystemTask.command("printer", "post").build()));
    }

    @Test
    void phasesRunInDesignOrderAndRealizationInDocumentedOrder() {
        RunReport report = run(CollisionStrategy.abort(), fullModule());

        assertThat(report.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(listener.events).containsExactly(
                "start COLLISION_INTERCEPT", "end COLLISION_INTERCEPT",
                "start PREFLIGHT", "end PREFLIGHT",
                "start AGGREGATION", "end AGGREGATION",
                "start VALIDATION", "end VALIDATION",
                "start REALIZATION",
                "mkdir src", "mkdir src/pkg",
                "create src/pkg/__init__.py",
                "run maker", "exit 0", "create made.toml",
                "modify made.toml",
                "create .gitignore",
                "run printer", "exit 0", "create installed",
                "run printer post", "exit 0",
                "end REALIZATION",
                "start REPORT", "end REPORT");
        assertThat(report.phaseDurations().keySet()).containsExactly(Phase.values());
        assertThat(read("made.toml")).isEqualTo("[made]\nby = \"maker\"\n\n[tool.x]\nkey = 1\n");
        assertThat(read("installed")).isEqualTo("a==1\nb==2\n");
        assertThat(report.changes()).extracting(c -> c.kind() + " " + c.path() + " by " + c.by()).containsExactly(
                "DIRECTORY_CREATED src by protostar",
                "DIRECTORY_CREATED src/pkg by protostar",
                "CREATED src/pkg/__init__.py by protostar",
                "CREATED made.toml by maker",
                "MODIFIED made.toml by protostar",
                "CREATED .gitignore by protostar",
                "CREATED installed by protostar");
    }

    @Test
    void aSecondIdenticalRunChangesNothingAndRunsNoTask() {
        run(CollisionStrategy.merge(), fullModule().marker("made.toml"));
        Map<String, String> afterFirst = WorkspaceSnapshot.of(workspace);
        runner.commands.clear();

        TestModule module = TestModule.of("full", ModuleCategory.LANGUAGE).marker("made.toml").contributing((m, c) -> {
            m.directory("src/pkg").inject("src/pkg/__init__.py", "").mergeToml("made.toml", "[tool.x]\nkey = 1\n")
                    .vcsIgnore(".cache/").devDependency("lint")
                    .dependencyInstaller((deps, dev, ctx) -> ctx.exists(WorkspacePath.of("installed")) ? List.of()
                            : List.of(SystemTask.command("printer").build()));
            if (!c.exists("made.toml")) {
                m.systemTask(SystemTask.command("maker").build());
            }
        });
        RunReport second = run(CollisionStrategy.merge(), module);

        assertThat(second.status()).isEqualTo(RunStatus.NO_CHANGES);
        assertThat(second.changes()).isEmpty();
        assertThat(runner.commands).isEmpty();
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(afterFirst);
    }

    @Test
    void aCollisionIsAbortedByDefaultAndNothingIsWritten() {
        write("made.toml", "[mine]\n");
        Map<String, String> before = WorkspaceSnapshot.of(workspace);

        assertThatThrownBy(() -> run(CollisionStrategy.abort(), fullModule().marker("made.toml")))
                .isInstanceOf(CollisionAbortedException.class)
                .hasMessageContaining("made.toml (Full)")
                .satisfies(e -> assertThat(((CollisionAbortedException) e).hint()).get().asString()
                        .contains("force"));

        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
        assertThat(runner.commands).isEmpty();
    }

    @Test
    void theStrategySeesEveryMarkerOnceAndItsResolutionReachesModules() {
        write("a.txt", "");
        write("b.txt", "");
        AtomicReference<CollisionReport> seen = new AtomicReference<>();
        AtomicReference<Resolution> resolutionSeenByModule = new AtomicReference<>();
        run(report -> {
                    seen.set(report);
                    return Resolution.OVERWRITE;
                },
                TestModule.of("one", ModuleCategory.LANGUAGE).marker("a.txt", "missing.txt"),
                TestModule.of("two", ModuleCategory.TOOLING).marker("a.txt", "b.txt")
                        .contributing((m, c) -> resolutionSeenByModule.set(c.resolution())));

        assertThat(seen.get().collisions()).extracting(c -> c.path() + "@" + c.moduleId())
                .containsExactly("a.txt@one", "b.txt@two");
        assertThat(resolutionSeenByModule.get()).isEqualTo(Resolution.OVERWRITE);
    }

    @Test
    void preflightReportsEveryMissingProgramAtOnceAndWritesNothing() {
        assertThatThrownBy(() -> run(CollisionStrategy.abort(),
                        TestModule.of("py", ModuleCategory.LANGUAGE).needing("uv", "maker"),
                        TestModule.of("hooks", ModuleCategory.TOOLING).needing("git", "uv")
                                .contributing((m, c) -> m.vcsIgnore("x"))))
                .isInstanceOfSatisfying(PreflightException.class, e -> {
                    assertThat(e.missing()).extracting(b -> b.name() + " <- " + b.neededBy())
                            .containsExactly("uv <- [Py, Hooks]", "git <- [Hooks]");
                    assertThat(e.getMessage()).contains("uv (needed by Py, Hooks)").contains("git (needed by Hooks)");
                });
        assertThat(WorkspaceSnapshot.of(workspace)).isEmpty();
    }

    @Test
    void aMalformedExistingTargetAbortsAtValidationWithItsPositionAndNothingChanges() {
        write("made.toml", "[ok]\nkey = 1\nbroken = = 2\n");
        Map<String, String> before = WorkspaceSnapshot.of(workspace);

        assertThatThrownBy(() -> run(CollisionStrategy.merge(), fullModule()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.path()).isEqualTo(WorkspacePath.of("made.toml"));
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).startsWith("made.toml:3:");
                });
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
        assertThat(runner.commands).isEmpty();
        assertThat(listener.events).doesNotContain("start REALIZATION");
    }

    @Test
    void aFailedRequiredTaskRollsEverythingBack() {
        write(".gitignore", "mine\n");
        Map<String, String> before = WorkspaceSnapshot.of(workspace);
        TestModule module = TestModule.of("m", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                .directory("src").inject("src/a.py", "print()\n").vcsIgnore(".venv/")
                .systemTask(SystemTask.command("broken").owns("made.toml").build()));

        assertThatThrownBy(() -> run(CollisionStrategy.abort(), module))
                .isInstanceOfSatisfying(TaskFailedException.class, e -> {
                    assertThat(e.result().exitCode()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("`broken` failed with exit code 3").contains("no network")
                            .contains("rolled back");
                });
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
    }

    @Test
    void aFailedOptionalTaskIsAWarningAndThePartialRunIsKept() {
        TestModule module = TestModule.of("m", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                .vcsIgnore(".venv/")
                .dependency("numpy")
                .dependencyInstaller((d, dev, ctx) -> List.of(SystemTask.command("broken").warnOnFailure().build())));

        RunReport report = run(CollisionStrategy.abort(), module);

        assertThat(report.status()).isEqualTo(RunStatus.PARTIAL_SUCCESS);
        assertThat(report.warnings()).singleElement().asString().contains("`broken` failed with exit code 3");
        assertThat(read(".gitignore")).isEqualTo(".venv/\n");
        assertThat(listener.events).anyMatch(e -> e.startsWith("warn `broken` failed"));
    }

    @Test
    void aFailedDependencyStepSkipsTheRestOfTheChainWithAWarning() {
        TestModule module = TestModule.of("m", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                .dependency("numpy")
                .dependencyInstaller((d, dev, ctx) -> List.of(
                        SystemTask.command("broken").warnOnFailure().build(),
                        SystemTask.command("printer").stdoutTo(WorkspacePath.of("requirements.txt"))
                                .warnOnFailure().build()))
                .postInstallTask(SystemTask.command("printer", "post").build()));

        RunReport report = run(CollisionStrategy.abort(), module);

        assertThat(runner.commands).containsExactly("broken", "printer post");
        assertThat(workspace.exists(WorkspacePath.of("requirements.txt"))).isFalse();
        assertThat(report.warnings()).hasSize(2).last().isEqualTo(
                "Skipped `printer` because the dependency step before it failed.");
    }

    @Test
    void modulesRunInRegistryOrderWhateverTheRequestOrder() {
        List<String> order = new ArrayList<>();
        run(CollisionStrategy.abort(),
                TestModule.of("preset", ModuleCategory.PRESET).contributing((m, c) -> order.add("preset")),
                TestModule.of("tool", ModuleCategory.TOOLING).contributing((m, c) -> order.add("tool")),
                TestModule.of("lang", ModuleCategory.LANGUAGE).contributing((m, c) -> order.add("lang")),
                TestModule.of("sys", ModuleCategory.SYSTEM).contributing((m, c) -> order.add("sys")));

        assertThat(order).containsExactly("sys", "lang", "tool", "preset");
    }

    @Test
    void aModuleWhoseRequirementIsMissingIsSkippedWithAWarningNamingBoth() {
        List<String> contributed = new ArrayList<>();
        RunReport report = run(CollisionStrategy.abort(),
                TestModule.of("ruff", ModuleCategory.TOOLING).requiring("python").needing("not-installed")
                        .contributing((m, c) -> contributed.add("ruff")));

        assertThat(contributed).isEmpty();
        assertThat(report.status()).isEqualTo(RunStatus.PARTIAL_SUCCESS);
        assertThat(report.warnings()).containsExactly("Ruff needs Python, which is not selected; Ruff was skipped.");
    }

    @Test
    void anIgnoreFileThatIsNotUtf8IsRefusedBeforeAnyWrite() {
        workspace.write(WorkspacePath.of(".gitignore"), new byte[] {'a', '\n', (byte) 0xC3, '\n'});
        Map<String, String> before = WorkspaceSnapshot.of(workspace);

        assertThatThrownBy(() -> run(CollisionStrategy.abort(), fullModule()))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith(".gitignore:2:1: byte 0xC3 is not valid UTF-8");
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
        assertThat(runner.commands).isEmpty();
    }

    @Test
    void aTargetBehindAFileIsRefusedAtValidation() {
        write("src", "I am a file");
        Map<String, String> before = WorkspaceSnapshot.of(workspace);

        assertThatThrownBy(() -> run(CollisionStrategy.abort(), fullModule()))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("src: expected a folder (it lies on the way to src/pkg) but found a file.");
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
    }

    @Test
    void anExceptionFromTheListenerFailsTheRunAndRollsBack() {
        Map<String, String> before = WorkspaceSnapshot.of(workspace);
        RecordingListener throwing = new RecordingListener() {
            @Override
            public void fileCreated(WorkspacePath path) {
                throw new IllegalStateException("listener broke on " + path);
            }
        };

        assertThatThrownBy(() -> new Orchestrator().run(new RunRequest(workspace, List.of(fullModule()),
                        CollisionStrategy.abort(), runner, runner.binaryLocator(), throwing)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("listener broke on src/pkg/__init__.py");
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
    }

    @Test
    void dockerIgnoreGetsEveryVcsIgnorePlusItsOwnOnlyWhenTurnedOn() {
        write(".dockerignore", "secret.key\n.venv/\n");
        TestModule python = TestModule.of("py", ModuleCategory.LANGUAGE)
                .contributing((m, c) -> m.vcsIgnore(".venv/", ".env").dockerIgnore(".python-version"));
        TestModule docker = TestModule.of("docker", ModuleCategory.TOOLING)
                .contributing((m, c) -> m.dockerIgnore(".git/", "tests/").writeDockerIgnore());

        run(CollisionStrategy.abort(), python);
        assertThat(read(".dockerignore")).isEqualTo("secret.key\n.venv/\n");

        run(CollisionStrategy.abort(), python, docker);
        assertThat(read(".dockerignore")).isEqualTo(
                "secret.key\n.venv/\n.env\n.git/\ntests/\ndocs/\nREADME*\n.vscode/\n.idea/\n.python-version\n");
        assertThat(read(".gitignore")).isEqualTo(".venv/\n.env\n");
    }

    @Test
    void pythonVersionPlaceholdersFollowTheProjectThenConfiguration() {
        TestModule mypy = TestModule.of("mypy", ModuleCategory.TOOLING).contributing((m, c) -> m
                .configuredPythonVersion("3.10")
                .mergeToml("pyproject.toml", "[tool.mypy]\npython_version = \"{{PYTHON_VERSION}}\"\n"));

        run(CollisionStrategy.abort(), mypy);
        assertThat(read("pyproject.toml")).isEqualTo("[tool.mypy]\npython_version = \"3.10\"\n");

        write("pyproject.toml", "[project]\nrequires-python = \">=3.12\"\n");
        run(CollisionStrategy.merge(), mypy);
        assertThat(read("pyproject.toml")).isEqualTo(
                "[project]\nrequires-python = \">=3.12\"\n\n[tool.mypy]\npython_version = \"3.12\"\n");
    }

    @Test
    void jsonSettingsWithCommentsGainKeysAndKeepEverythingElse() {
        write(".vscode/settings.json", """
                {
                  // my editor
                  "editor.rulers": [100], /* wide */
                  "python.terminal.activateEnvironment": false,
                }
                """);
        TestModule ide = TestModule.of("ide", ModuleCategory.TOOLING).contributing((m, c) -> m.mergeJson(
                ".vscode/settings.json", """
                {"python.defaultInterpreterPath": "${workspaceFolder}/.venv/bin/python",
                 "python.terminal.activateEnvironment": true}
                """));

        RunReport report = run(CollisionStrategy.abort(), ide);

        assertThat(read(".vscode/settings.json")).isEqualTo("""
                {
                  // my editor
                  "editor.rulers": [100], /* wide */
                  "python.terminal.activateEnvironment": false,
                  "python.defaultInterpreterPath": "${workspaceFolder}/.venv/bin/python",
                }
                """);
        assertThat(report.kept()).extracting(Object::toString)
                .containsExactly(".vscode/settings.json: python.terminal.activateEnvironment");
        RunReport again = run(CollisionStrategy.abort(), ide);
        assertThat(again.status()).isEqualTo(RunStatus.NO_CHANGES);
    }

    @Test
    void brokenJsonIsRefusedAtValidationWithItsPosition() {
        write(".vscode/settings.json", "{\n  \"a\": 1,\n  \"a\": 2\n}\n");
        Map<String, String> before = WorkspaceSnapshot.of(workspace);

        assertThatThrownBy(() -> run(CollisionStrategy.abort(),
                        fullModule(), TestModule.of("ide", ModuleCategory.TOOLING)
                                .contributing((m, c) -> m.mergeJson(".vscode/settings.json", "{\"b\": 1}"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.path()).isEqualTo(WorkspacePath.of(".vscode/settings.json"));
                    assertThat(e.line()).isEqualTo(3);
                });
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
    }

    @Test
    void textBlocksLiveInMarkedRegionsAndAreReplacedInPlace() {
        write(".envrc", "export MINE=1\n");
        TestModule direnv = TestModule.of("direnv", ModuleCategory.TOOLING)
                .contributing((m, c) -> m.textBlock(".envrc", "venv", "PATH_add .venv/bin\n"));

        run(CollisionStrategy.abort(), direnv);
        String first = read(".envrc");
        assertThat(first).startsWith("export MINE=1\n").contains("PATH_add .venv/bin\n")
                .contains("region: protostar venv").contains("endregion: protostar venv");

        assertThat(run(CollisionStrategy.abort(), direnv).status()).isEqualTo(RunStatus.NO_CHANGES);
        run(CollisionStrategy.abort(), TestModule.of("direnv", ModuleCategory.TOOLING)
                .contributing((m, c) -> m.textBlock(".envrc", "venv", "PATH_add .venv/bin\nsource_env_if_exists .envrc.local\n")));
        assertThat(read(".envrc")).isEqualTo(first.replace("PATH_add .venv/bin\n",
                "PATH_add .venv/bin\nsource_env_if_exists .envrc.local\n"));
    }

    @Test
    void unbalancedRegionMarkersAreRefusedAtValidation() {
        write(".envrc", "export A=1\n# region: protostar venv\nPATH_add x\n");

        assertThatThrownBy(() -> run(CollisionStrategy.abort(), TestModule.of("direnv", ModuleCategory.TOOLING)
                        .contributing((m, c) -> m.textBlock(".envrc", "venv", "y\n"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.line()).isEqualTo(2));
        assertThat(read(".envrc")).isEqualTo("export A=1\n# region: protostar venv\nPATH_add x\n");
    }

    @Test
    void preCommitReposAreMergedBeforeSystemTasksKeepingTheUsersLines() {
        write(".pre-commit-config.yaml", """
                # team hooks
                repos:
                  - repo: https://github.com/pre-commit/pre-commit-hooks
                    rev: v4.0.0 # pinned on purpose
                    hooks:
                      - id: trailing-whitespace
                """);
        TestModule hooks = TestModule.of("hooks", ModuleCategory.TOOLING).contributing((m, c) -> m
                .preCommitRepo(PreCommitRepo.of("https://github.com/pre-commit/pre-commit-hooks", "v5.0.0",
                        "trailing-whitespace", "check-toml"))
                .preCommitRepo(PreCommitRepo.of("https://github.com/astral-sh/ruff-pre-commit", "v0.6.9", "ruff"))
                .systemTask(SystemTask.command("printer").build()));

        RunReport report = run(CollisionStrategy.abort(), hooks);

        assertThat(read(".pre-commit-config.yaml")).isEqualTo("""
                # team hooks
                repos:
                  - repo: https://github.com/pre-commit/pre-commit-hooks
                    rev: v4.0.0 # pinned on purpose
                    hooks:
                      - id: trailing-whitespace
                      - id: check-toml
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.6.9
                    hooks:
                      - id: ruff
                """);
        assertThat(listener.events).containsSubsequence("modify .pre-commit-config.yaml", "run printer");
        assertThat(report.kept()).extracting(Object::toString).containsExactly(
                ".pre-commit-config.yaml: repos[https://github.com/pre-commit/pre-commit-hooks].rev");
    }

    @Test
    void aBrokenPreCommitConfigIsRefusedAtValidation() {
        write(".pre-commit-config.yaml", "repos:\n  - repo: x\n   rev: y\n");
        Map<String, String> before = WorkspaceSnapshot.of(workspace);

        assertThatThrownBy(() -> run(CollisionStrategy.abort(), TestModule.of("hooks", ModuleCategory.TOOLING)
                        .contributing((m, c) -> m.preCommitRepo(PreCommitRepo.of("https://example.org/h", "v1", "a")))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.path()).isEqualTo(WorkspacePath.of(".pre-commit-config.yaml")));
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
    }

    @Test
    void reportListsDigestsOfModifiedFiles() {
        write(".gitignore", "a\n");
        RunReport report = run(CollisionStrategy.abort(),
                TestModule.of("m", ModuleCategory.SYSTEM).contributing((m, c) -> m.vcsIgnore("b")));

        assertThat(report.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.MODIFIED);
            assertThat(change.digestBefore()).contains(
                    "87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7");
            assertThat(change.digestAfter()).isPresent().isNotEqualTo(change.digestBefore());
        });
    }
}
