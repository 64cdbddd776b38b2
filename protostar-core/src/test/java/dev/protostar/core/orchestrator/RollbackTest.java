package dev.protostar.core.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.CollisionStrategy;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.RollbackFailedException;
import dev.protostar.api.RunReport;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TaskFailedException;
import dev.protostar.api.ValidationException;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspaceException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.testing.FaultInjectingWorkspace;
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

/** What a rollback restores, what it names when it cannot, and what the error then says. */
class RollbackTest {

    /** One key for every run, so that a run recovers the journal a killed one left. */
    private static final dev.protostar.api.JournalKey KEY = dev.protostar.api.JournalKey.of(new byte[32]);

    @TempDir
    Path temp;

    private static final WorkspacePath SCRIPT = WorkspacePath.of("scripts/run.sh");

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** In memory, Jimfs with POSIX modes, and a real folder. */
    private List<Workspace> everyKindOfWorkspace() throws IOException {
        return dev.protostar.core.testing.WorkspaceKinds.everyKind(temp);
    }

    private static final ScriptedProcessRunner RUNNER = new ScriptedProcessRunner()
            .program("chmodder", (task, ws) -> {
                ws.write(SCRIPT, utf8("#!/bin/sh\necho rewritten\n"));
                ws.setPosixMode(SCRIPT, 0600);
                return ScriptedProcessRunner.ok("");
            })
            .program("remover", (task, ws) -> {
                ws.delete(SCRIPT);
                ws.delete(SCRIPT.parent().orElseThrow());
                return ScriptedProcessRunner.ok("");
            })
            .program("foreigner", (task, ws) -> ScriptedProcessRunner.failed(3, "no network\n"))
            .program("broken", (task, ws) -> ScriptedProcessRunner.failed(3, "broken\n"));

    private static RunReport run(Workspace ws, TestModule module) {
        return run(ws, module, ProtostarListener.none());
    }

    private static RunReport run(Workspace ws, TestModule module, ProtostarListener listener) {
        return new Orchestrator().run(new RunRequest(ws, List.of(module), CollisionStrategy.merge(), RUNNER,
                RUNNER.binaryLocator(), listener));
    }

    private static void seedScript(Workspace ws) {
        ws.createDirectories(SCRIPT.parent().orElseThrow());
        ws.write(SCRIPT, utf8("#!/bin/sh\necho original\n"));
        ws.setPosixMode(SCRIPT, 0755);
    }

    @Test
    void aFileATaskRewroteAndChmoddedGetsItsBytesAndModeBack() throws IOException {
        for (Workspace ws : everyKindOfWorkspace()) {
            seedScript(ws);
            Map<String, String> before = WorkspaceSnapshot.withModes(ws);
            TestModule module = TestModule.of("m", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                    .systemTask(SystemTask.command("chmodder").owns(SCRIPT.toString()).build())
                    .systemTask(SystemTask.command("broken").build()));

            assertThatThrownBy(() -> run(ws, module)).as(ws.toString()).isInstanceOf(TaskFailedException.class);

            assertThat(WorkspaceSnapshot.withModes(ws)).as(ws.toString()).isEqualTo(before);
            assertThat(ws.attributes(SCRIPT).orElseThrow().posixMode()).as(ws.toString()).hasValue(0755);
        }
    }

    @Test
    void aFileATaskDeletedComesBackWithItsModeAndItsFolder() throws IOException {
        for (Workspace ws : everyKindOfWorkspace()) {
            seedScript(ws);
            Map<String, String> before = WorkspaceSnapshot.withModes(ws);
            TestModule module = TestModule.of("m", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                    .systemTask(SystemTask.command("remover").owns(SCRIPT.toString()).build())
                    .systemTask(SystemTask.command("broken").build()));

            assertThatThrownBy(() -> run(ws, module)).as(ws.toString()).isInstanceOf(TaskFailedException.class);

            assertThat(WorkspaceSnapshot.withModes(ws)).as(ws.toString()).isEqualTo(before);
        }
    }

    @Test
    void aForeignFileInAFolderTheRunCreatedIsNamedWithTheOriginalCause() throws IOException {
        for (Workspace ws : everyKindOfWorkspace()) {
            ws.write(WorkspacePath.of(".gitignore"), utf8("mine\n"));
            TestModule module = TestModule.of("m", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                    .directory("data").vcsIgnore("data/")
                    .systemTask(SystemTask.command("foreigner").build()));
            // someone else writes into the run's new folder between Protostar's steps (a file a task writes is the task's)
            ProtostarListener someoneElse = new ProtostarListener() {
                @Override
                public void directoryCreated(WorkspacePath path) {
                    ws.write(WorkspacePath.of("data/foreign.csv"), utf8("1,2\n"));
                }
            };

            assertThatThrownBy(() -> run(ws, module, someoneElse)).as(ws.toString())
                    .isInstanceOfSatisfying(RollbackFailedException.class, e -> {
                        assertThat(e.notRestored()).containsExactly(WorkspacePath.of("data"));
                        assertThat(e.getMessage())
                                .contains("data (it is a folder the run created, and it now holds data/foreign.csv,"
                                        + " which the run did not create; it was kept)")
                                .contains("The failure: `foreigner` failed with exit code 3.")
                                .contains("no network");
                        assertThat(e.getCause()).isInstanceOf(TaskFailedException.class);
                    });
            assertThat(WorkspaceSnapshot.of(ws)).as("everything else restored, no .protostar/").containsExactly(
                    Map.entry(".gitignore", "mine\n"), Map.entry("data/", ""), Map.entry("data/foreign.csv", "1,2\n"));
        }
    }

    @Test
    void aFailingWriteIsTheErrorWithTheRollbackOutcomeInItsMessage() {
        Workspace ws = Workspace.inMemory();
        ws.write(WorkspacePath.of(".gitignore"), utf8("mine\n"));
        TestModule module = TestModule.of("m", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                .directory("src").inject("src/a.py", "").vcsIgnore(".venv/"));
        Workspace faulty = FaultInjectingWorkspace.counting(ws).alsoFailingOn(WorkspacePath.of(".gitignore"));

        assertThatThrownBy(() -> run(faulty, module))
                .isInstanceOfSatisfying(WorkspaceException.class, e -> {
                    assertThat(e.getMessage()).contains("injected fault").contains(".gitignore")
                            .endsWith("Every change made by this run was rolled back.");
                    assertThat(e.path()).contains(WorkspacePath.of(".gitignore"));
                    assertThat(e.getCause()).isInstanceOf(WorkspaceException.class);
                });
        assertThat(WorkspaceSnapshot.of(ws)).containsExactly(Map.entry(".gitignore", "mine\n"));
    }

    @Test
    void aPathTheRollbackCannotRestoreIsNamedWithWhyAndTheOriginalFailure() {
        Workspace ws = Workspace.inMemory();
        ws.write(WorkspacePath.of("config.toml"), utf8("a = 1\n"));
        FaultInjectingWorkspace faulty = FaultInjectingWorkspace.counting(ws);
        ScriptedProcessRunner blocksTheRestore = new ScriptedProcessRunner().program("broken", (task, w) -> {
            faulty.alsoFailingOn(WorkspacePath.of("config.toml")); // from now on the disk refuses config.toml
            return ScriptedProcessRunner.failed(3, "broken\n");
        });
        TestModule module = TestModule.of("m", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                .inject("new.txt", "new\n").mergeToml("config.toml", "b = 2\n")
                .postInstallTask(SystemTask.command("broken").build()));

        assertThatThrownBy(() -> new Orchestrator().run(new RunRequest(faulty, List.of(module), CollisionStrategy.merge(),
                        blocksTheRestore, blocksTheRestore.binaryLocator(), ProtostarListener.none(), KEY)))
                .isInstanceOfSatisfying(RollbackFailedException.class, e -> {
                    assertThat(e.notRestored()).containsExactly(WorkspacePath.of("config.toml"));
                    assertThat(e.reasons().get(WorkspacePath.of("config.toml"))).contains("injected fault")
                            .contains("its content from before the run is kept in .protostar/journal/000002.bytes, and"
                                    + " the next Protostar run here will try again to restore it");
                    assertThat(e.getMessage()).startsWith("The run failed, and restoring the workspace was incomplete:"
                                    + " 1 path is not as before the run: config.toml (restoring it failed:")
                            .contains("Everything else was restored. The failure: `broken` failed with exit code 3.");
                    assertThat(e.getCause()).isInstanceOf(TaskFailedException.class);
                });
        assertThat(ws.exists(WorkspacePath.of("new.txt"))).as("everything else restored").isFalse();
        assertThat(ws.readString(WorkspacePath.of("config.toml"))).as("left as the run made it").contains("b = 2");

        assertThat(WorkspaceSnapshot.of(ws)).as("the earlier bytes are not lost: the journal keeps them, open")
                .containsOnlyKeys("config.toml", ".protostar/", ".protostar/journal/", ".protostar/journal/run",
                        ".protostar/journal/000002.entry", ".protostar/journal/000002.bytes")
                .containsEntry(".protostar/journal/000002.bytes", "a = 1\n");

        RunReport next = new Orchestrator().run(new RunRequest(ws, List.of(), CollisionStrategy.abort(), RUNNER,
                RUNNER.binaryLocator(), ProtostarListener.none(), KEY));

        assertThat(next.warnings()).containsExactly(
                "Recovered from an interrupted run: restored 1 path as they were before it (config.toml).");
        assertThat(WorkspaceSnapshot.of(ws)).containsExactly(Map.entry("config.toml", "a = 1\n"));
    }

    @Test
    void anExceptionFromTheListenerIsRethrownAsItselfWithASuppressedRollbackNote() {
        Workspace ws = Workspace.inMemory();
        IllegalStateException broke = new IllegalStateException("listener broke");
        ProtostarListener throwing = new ProtostarListener() {
            @Override
            public void fileCreated(WorkspacePath path) {
                throw broke;
            }
        };

        assertThatThrownBy(() -> run(ws, TestModule.of("m", ModuleCategory.LANGUAGE)
                        .contributing((m, c) -> m.inject("a.txt", "a")), throwing))
                .isSameAs(broke)
                .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage)
                        .containsExactly("Every change made by this run was rolled back. The workspace is as it was"
                                + " before the run."));
        assertThat(WorkspaceSnapshot.of(ws)).isEmpty();
    }

    @Test
    void anExceptionFromTheCollisionStrategyLeavesTheFolderBitForBit() throws IOException {
        Path project = Files.createDirectories(temp.resolve("strategy"));
        Files.writeString(project.resolve("pyproject.toml"), "[project]\n");
        Workspace ws = Workspace.at(project);
        Map<String, String> before = WorkspaceSnapshot.withModes(ws);
        TestModule module = TestModule.of("py", ModuleCategory.LANGUAGE).marker("pyproject.toml")
                .contributing((m, c) -> m.inject("a.txt", "a"));

        assertThatThrownBy(() -> new Orchestrator().run(new RunRequest(ws, List.of(module), report -> {
                    throw new IllegalStateException("the dialog was closed");
                }, RUNNER, RUNNER.binaryLocator(), ProtostarListener.none(), KEY)))
                .hasMessage("the dialog was closed");
        assertThat(WorkspaceSnapshot.withModes(ws)).isEqualTo(before);
    }

    @Test
    void everyRecordIsOnDiskBeforeTheMutationItGuards() {
        Workspace ws = Workspace.inMemory();
        List<String> seenAtCreation = new ArrayList<>();
        ProtostarListener inspector = new ProtostarListener() {
            @Override
            public void fileCreated(WorkspacePath path) {
                for (WorkspacePath entry : ws.list(WorkspacePath.of(".protostar/journal"))) {
                    if (entry.fileName().endsWith(".entry") && ws.readString(entry).contains("\npath " + path + "\n")) {
                        seenAtCreation.add(path + " <- " + ws.readString(entry).lines()
                                .filter(l -> l.startsWith("prior ")).findFirst().orElseThrow());
                    }
                }
            }
        };

        run(ws, TestModule.of("m", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                .directory("src").inject("src/a.py", "print()\n")), inspector);

        assertThat(seenAtCreation).containsExactly("src/a.py <- prior absent");
        assertThat(ws.exists(WorkspacePath.of(".protostar"))).isFalse();
    }

    @Test
    void targetsAndOwnedPathsInsideTheProtostarFolderAreRefusedAtValidation() {
        Workspace ws = Workspace.inMemory();

        assertThatThrownBy(() -> run(ws, TestModule.of("m", ModuleCategory.LANGUAGE)
                        .contributing((m, c) -> m.inject(".protostar/journal/run", "evil"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith(".protostar/journal/run: it lies in .protostar/, the folder where Protostar"
                        + " keeps the run's lock and journal");
        assertThatThrownBy(() -> run(ws, TestModule.of("m", ModuleCategory.LANGUAGE)
                        .contributing((m, c) -> m.directory(".protostar/cache"))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> run(ws, TestModule.of("m", ModuleCategory.LANGUAGE)
                        .contributing((m, c) -> m.systemTask(SystemTask.command("broken").owns(".protostar").build()))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("a system task may not own .protostar");
        assertThat(WorkspaceSnapshot.of(ws)).isEmpty();
    }

    @Test
    void aProtostarFileInTheWayIsRefusedBeforeAnythingIsWritten() {
        Workspace ws = Workspace.inMemory();
        ws.write(WorkspacePath.of(".protostar"), utf8("not a folder"));

        assertThatThrownBy(() -> run(ws, TestModule.of("m", ModuleCategory.LANGUAGE)
                        .contributing((m, c) -> m.inject("a.txt", "a"))))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(".protostar in in-memory workspace is not a folder");
        assertThat(WorkspaceSnapshot.of(ws)).containsExactly(Map.entry(".protostar", "not a folder"));
    }
}
