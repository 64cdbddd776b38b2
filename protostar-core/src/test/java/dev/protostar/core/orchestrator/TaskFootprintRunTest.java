package dev.protostar.core.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.protostar.api.ChangeKind;
import dev.protostar.api.CollisionStrategy;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.RollbackFailedException;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TaskFailedException;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.testing.FaultInjectingWorkspace;
import dev.protostar.core.testing.WorkspaceSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a system task changed outside its declared {@code owns} paths is found (a whole-tree snapshot
 * before each task), journaled as the task's and undone with it; a task that fails has every change
 * undone, also when its failure only warns; a task that breaks a validated structured file counts as
 * failed.
 */
class TaskFootprintRunTest {

    @TempDir
    Path temp;

    private static final WorkspacePath KEEP = WorkspacePath.of("keep.txt");
    private static final WorkspacePath TOOL = WorkspacePath.of("tool.toml");

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** In memory, Jimfs with POSIX modes, and a real folder. */
    private List<Workspace> everyKindOfWorkspace() throws IOException {
        return dev.protostar.core.testing.WorkspaceKinds.everyKind(temp);
    }

    private static void seed(Workspace ws) {
        ws.write(KEEP, utf8("mine\n"));
        ws.setPosixMode(KEEP, 0644);
        ws.createDirectories(WorkspacePath.of("docs"));
        ws.write(WorkspacePath.of("docs/guide.md"), utf8("# Guide\n"));
        ws.write(TOOL, utf8("[tool]\nname = \"x\"\n"));
    }

    /** Rewrites keep.txt and its mode, writes strays at the root and in docs/, rewrites the file Protostar injected. */
    private static final ScriptedProcessRunner RUNNER = new ScriptedProcessRunner()
            .program("sloppy", (task, ws) -> {
                ws.write(KEEP, utf8("changed\n"));
                ws.setPosixMode(KEEP, 0600);
                ws.write(WorkspacePath.of("stray.txt"), utf8("stray\n"));
                ws.write(WorkspacePath.of("docs/stray.md"), utf8("stray\n"));
                ws.createDirectories(WorkspacePath.of("new/deep"));
                ws.write(WorkspacePath.of("new/deep/file.txt"), utf8("stray\n"));
                ws.write(WorkspacePath.of("injected.txt"), utf8("overwritten by the task\n"));
                ws.delete(WorkspacePath.of("docs/guide.md"));
                return ScriptedProcessRunner.failed(3, "sloppy failed\n");
            })
            .program("strayer", (task, ws) -> {
                ws.write(WorkspacePath.of("stray.txt"), utf8("stray\n"));
                ws.write(KEEP, utf8("changed by strayer\n"));
                return ScriptedProcessRunner.ok("");
            })
            .program("breaker", (task, ws) -> {
                ws.write(TOOL, utf8("[tool]\nname = \"x\"\njunk = [[[\n"));
                return ScriptedProcessRunner.ok("");
            })
            .program("broken", (task, ws) -> ScriptedProcessRunner.failed(4, "broken\n"));

    /** One key for every run, so that a run recovers the journal a killed one left. */
    private static final dev.protostar.api.JournalKey KEY = dev.protostar.api.JournalKey.of(new byte[32]);

    private static RunReport run(Workspace ws, TestModule module) {
        return new Orchestrator().run(new RunRequest(ws, List.of(module), CollisionStrategy.merge(), RUNNER,
                RUNNER.binaryLocator(), ProtostarListener.none(), KEY));
    }

    @Test
    void aFailingOptionalTaskHasEveryChangeUndoneButProtostarsOwnEarlierWritesStay() throws IOException {
        for (Workspace ws : everyKindOfWorkspace()) {
            seed(ws);
            TestModule module = TestModule.of("m", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                    .inject("injected.txt", "written by protostar\n")
                    .postInstallTask(SystemTask.command("sloppy").warnOnFailure().build()));

            RunReport report = run(ws, module);

            assertThat(report.status()).as(ws.toString()).isEqualTo(RunStatus.PARTIAL_SUCCESS);
            assertThat(report.warnings()).as(ws.toString()).singleElement().asString()
                    .startsWith("`sloppy` failed with exit code 3.")
                    .endsWith("Its changes were undone: the workspace is as it was before it ran (restored docs/guide.md,"
                            + " injected.txt, keep.txt; removed docs/stray.md, new, stray.txt).");
            assertThat(ws.readString(WorkspacePath.of("injected.txt"))).isEqualTo("written by protostar\n");
            assertThat(ws.readString(KEEP)).isEqualTo("mine\n");
            assertThat(ws.attributes(KEEP).orElseThrow().posixMode()).as(ws.toString())
                    .isEqualTo(ws.attributes(TOOL).orElseThrow().posixMode().isPresent()
                            ? java.util.OptionalInt.of(0644) : java.util.OptionalInt.empty());
            assertThat(WorkspaceSnapshot.of(ws).keySet()).as(ws.toString()).containsExactly(
                    "docs/", "docs/guide.md", "injected.txt", "keep.txt", "tool.toml");
            assertThat(report.changes()).as("only Protostar's write is a change").singleElement()
                    .satisfies(c -> assertThat(c.path()).isEqualTo(WorkspacePath.of("injected.txt")));
        }
    }

    @Test
    void afterAnUndoneOptionalTaskALaterFailureStillRollsTheWholeRunBack() throws IOException {
        for (Workspace ws : everyKindOfWorkspace()) {
            seed(ws);
            Map<String, String> before = WorkspaceSnapshot.withModes(ws);
            TestModule module = TestModule.of("m", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                    .inject("injected.txt", "written by protostar\n")
                    .postInstallTask(SystemTask.command("sloppy").warnOnFailure().build())
                    .postInstallTask(SystemTask.command("broken").build()));

            assertThatThrownBy(() -> run(ws, module)).as(ws.toString())
                    .isInstanceOfSatisfying(TaskFailedException.class, e -> assertThat(e.getMessage())
                            .startsWith("`broken` failed with exit code 4.")
                            .endsWith("Every change made by this run was rolled back."));
            assertThat(WorkspaceSnapshot.withModes(ws)).as(ws.toString()).isEqualTo(before);
        }
    }

    @Test
    void whatASuccessfulTaskChangedOutsideItsOwnPathsIsReportedAndRolledBackWithTheRun() throws IOException {
        for (Workspace ws : everyKindOfWorkspace()) {
            seed(ws);
            Map<String, String> before = WorkspaceSnapshot.withModes(ws);
            List<ChangeKind> kinds = new java.util.ArrayList<>();
            TestModule reported = TestModule.of("m", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                    .systemTask(SystemTask.command("strayer").owns("owned.txt").build()));
            Workspace copy = Workspace.inMemory();
            seed(copy);
            run(copy, reported).changes().forEach(change -> kinds.add(change.kind()));
            assertThat(kinds).containsExactly(ChangeKind.CREATED, ChangeKind.MODIFIED);

            TestModule module = TestModule.of("m", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                    .systemTask(SystemTask.command("strayer").owns("owned.txt").build())
                    .postInstallTask(SystemTask.command("broken").build()));

            assertThatThrownBy(() -> run(ws, module)).as(ws.toString())
                    .isInstanceOfSatisfying(TaskFailedException.class, e -> assertThat(e.getMessage())
                            .endsWith("Every change made by this run was rolled back."));
            assertThat(WorkspaceSnapshot.withModes(ws)).as(ws.toString()).isEqualTo(before);
        }
    }

    @Test
    void aTaskThatExitsZeroButBreaksAValidatedTomlFileFailsTheRunNamingFileLineAndCommand() throws IOException {
        for (Workspace ws : everyKindOfWorkspace()) {
            seed(ws);
            Map<String, String> before = WorkspaceSnapshot.withModes(ws);
            TestModule module = TestModule.of("m", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                    .postInstallTask(SystemTask.command("breaker").build())
                    .mergeToml("tool.toml", "[tool]\nextra = 1\n"));

            assertThatThrownBy(() -> run(ws, module)).as(ws.toString())
                    .isInstanceOfSatisfying(TaskFailedException.class, e -> {
                        assertThat(e.getMessage()).startsWith("`breaker` exited with 0 but left tool.toml unreadable:"
                                + " tool.toml:4:1: invalid TOML: ").contains("the array opened at line 3, column 10 is"
                                + " unclosed. It parsed before the command ran, so the command counts as failed.")
                                .endsWith("Every change made by this run was rolled back.");
                        assertThat(e.brokenFile()).hasValueSatisfying(v -> assertThat(v.line()).isEqualTo(4));
                        assertThat(e.exitCode()).isEqualTo(1);
                    });
            assertThat(WorkspaceSnapshot.withModes(ws)).as(ws.toString()).isEqualTo(before);
        }
    }

    @Test
    void aChangeThatCannotBeUndoneIsNamedNeverClaimedRestored() {
        Workspace ws = Workspace.inMemory();
        seed(ws);
        byte[] big = new byte[TreeSnapshot.COPY_LIMIT + 1];
        ws.createDirectories(WorkspacePath.of("a/b"));
        ws.write(WorkspacePath.of("a/b/big.bin"), big);
        ScriptedProcessRunner runner = new ScriptedProcessRunner().program("grower", (task, w) -> {
            w.write(WorkspacePath.of("a/b/big.bin"), utf8("smaller now"));
            w.write(WorkspacePath.of("stray.txt"), utf8("stray\n"));
            return ScriptedProcessRunner.failed(2, "");
        });
        TestModule module = TestModule.of("m", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                .postInstallTask(SystemTask.command("grower").warnOnFailure().build()));

        RunReport report = new Orchestrator().run(new RunRequest(ws, List.of(module), CollisionStrategy.merge(), runner,
                runner.binaryLocator(), ProtostarListener.none()));

        assertThat(report.warnings()).singleElement().asString()
                .contains("Its changes were undone (removed stray.txt), except for 1 path that could not be put back:"
                        + " a/b/big.bin (changed by `grower`, and its earlier content was not kept: before a task"
                        + " Protostar copies files of up to 256 KiB, nearest the workspace root first, 8 MiB in all).")
                .doesNotContain("as it was before it ran");
        assertThat(ws.exists(WorkspacePath.of("stray.txt"))).isFalse();
    }

    @Test
    void whatAnUndoCouldNotRestoreInsideATreeTheRunCreatedIsStillRolledBackWithTheRun() {
        Workspace ws = Workspace.inMemory();
        seed(ws);
        Map<String, String> before = WorkspaceSnapshot.withModes(ws);
        WorkspacePath big = WorkspacePath.of("env/big.bin");
        ScriptedProcessRunner runner = new ScriptedProcessRunner()
                .program("maker", (task, w) -> {
                    w.createDirectories(WorkspacePath.of("env"));
                    w.write(big, new byte[TreeSnapshot.COPY_LIMIT + 1]);
                    return ScriptedProcessRunner.ok("");
                })
                .program("grower", (task, w) -> {
                    w.write(big, utf8("smaller now"));
                    return ScriptedProcessRunner.failed(2, "");
                })
                .program("broken", (task, w) -> ScriptedProcessRunner.failed(4, ""));
        TestModule module = TestModule.of("m", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                .systemTask(SystemTask.command("maker").owns("env").build())
                .postInstallTask(SystemTask.command("grower").warnOnFailure().build())
                .postInstallTask(SystemTask.command("broken").build()));
        List<String> warnings = new java.util.ArrayList<>();
        ProtostarListener listener = new ProtostarListener() {
            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        };

        assertThatThrownBy(() -> new Orchestrator().run(new RunRequest(ws, List.of(module), CollisionStrategy.merge(),
                runner, runner.binaryLocator(), listener)))
                .isInstanceOfSatisfying(TaskFailedException.class, e -> assertThat(e.getMessage())
                        .endsWith("Every change made by this run was rolled back."));
        assertThat(warnings).singleElement().asString().contains("except for 1 path that could not be put back:"
                + " env/big.bin (changed by `grower`");
        assertThat(WorkspaceSnapshot.withModes(ws)).isEqualTo(before);
    }

    @Test
    void aFailedUndoStepIsNamedAndTheRunSaysTheRestoreWasIncomplete() {
        Workspace ws = Workspace.inMemory();
        seed(ws);
        Map<String, String> before = WorkspaceSnapshot.of(ws);
        ScriptedProcessRunner runner = new ScriptedProcessRunner().program("sneaky", (task, w) -> {
            ((FaultInjectingWorkspace) w).delegate().write(WorkspacePath.of("stray.txt"), utf8("stray\n"));
            return ScriptedProcessRunner.failed(3, "");
        });
        TestModule module = TestModule.of("m", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                .postInstallTask(SystemTask.command("sneaky").build()));
        FaultInjectingWorkspace faulty = FaultInjectingWorkspace.counting(ws).alsoFailingOn(WorkspacePath.of("stray.txt"));

        assertThatThrownBy(() -> new Orchestrator().run(new RunRequest(faulty, List.of(module),
                CollisionStrategy.merge(), runner, runner.binaryLocator(), ProtostarListener.none())))
                .isInstanceOfSatisfying(RollbackFailedException.class, e -> {
                    assertThat(e.notRestored()).containsExactly(WorkspacePath.of("stray.txt"));
                    assertThat(e.getMessage()).contains("stray.txt (").contains("The failure: `sneaky` failed with exit code 3.")
                            .doesNotContain("Every change made by this run was rolled back");
                    assertThat(e.exitCode()).isEqualTo(74);
                });
        Map<String, String> after = new java.util.TreeMap<>(before);
        after.put("stray.txt", "stray\n");
        assertThat(WorkspaceSnapshot.of(ws)).isEqualTo(after);
    }

    @Test
    void aRunKilledAfterATasksStraysWereJournaledIsRecoveredByTheNextRun() {
        TestModule module = TestModule.of("m", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                .systemTask(SystemTask.command("strayer").owns("owned.txt").build())
                .vcsIgnore("build/"));
        Workspace counted = Workspace.inMemory();
        seed(counted);
        Map<String, String> seed = WorkspaceSnapshot.withModes(counted);
        FaultInjectingWorkspace counting = FaultInjectingWorkspace.counting(counted);
        run(counting, module);
        List<String> log = counting.log();
        int strayWritten = log.indexOf("write stray.txt") + 1;
        int taskEnd = log.indexOf("write keep.txt") + 1;
        assertThat(strayWritten).isPositive();
        assertThat(taskEnd).isGreaterThan(strayWritten);
        int firstJournalWriteAfterTask = taskEnd + 1;
        assertThat(log.get(firstJournalWriteAfterTask - 1)).startsWith("write .protostar/journal/");

        for (int call = firstJournalWriteAfterTask; call <= log.indexOf("delete .protostar/journal/run"); call++) {
            Workspace ws = Workspace.inMemory();
            seed(ws);
            String context = "killed at call " + call + " (" + log.get(call - 1) + ")";
            FaultInjectingWorkspace dying = FaultInjectingWorkspace.dyingAt(ws, call);
            Throwable died = catchThrowable(() -> run(dying, module));
            assertThat(died).as(context).isNotNull();

            RunReport recovery = new Orchestrator().run(new RunRequest(ws, List.of(), CollisionStrategy.abort(), RUNNER,
                    RUNNER.binaryLocator(), ProtostarListener.none(), KEY));

            assertThat(recovery.warnings()).as(context).singleElement().asString()
                    .startsWith("Recovered from an interrupted run: ");
            Map<String, String> now = WorkspaceSnapshot.withModes(ws);
            // the documented window: killed before a change outside owned.txt was journaled, it stays
            if (call == firstJournalWriteAfterTask) {
                assertThat(now).as(context).containsKey("stray.txt");
            } else {
                assertThat(now).as(context).doesNotContainKey("stray.txt");
            }
            if (call <= firstJournalWriteAfterTask + 2) {
                assertThat(ws.readString(KEEP)).as(context).isEqualTo("changed by strayer\n");
            } else {
                assertThat(now).as(context).isEqualTo(seed);
            }
        }
    }

    @Test
    void aLinkATaskCreatesIsRemovedWithoutFollowingItAndALinkInTheTreeIsNotWalked() throws IOException {
        Path root = Files.createDirectories(temp.resolve("linked"));
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("precious.txt"), "keep me\n");
        Files.createSymbolicLink(root.resolve("up"), outside);
        Workspace ws = Workspace.at(root);
        ScriptedProcessRunner runner = new ScriptedProcessRunner().program("linker", (task, w) -> {
            try {
                Files.createSymbolicLink(root.resolve("out"), outside);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return ScriptedProcessRunner.failed(1, "");
        });
        TestModule module = TestModule.of("m", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                .postInstallTask(SystemTask.command("linker").warnOnFailure().build()));

        RunReport report = new Orchestrator().run(new RunRequest(ws, List.of(module), CollisionStrategy.merge(), runner,
                runner.binaryLocator(), ProtostarListener.none()));

        assertThat(report.warnings()).singleElement().asString().endsWith("(removed out).");
        assertThat(Files.exists(root.resolve("out"), java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.isSymbolicLink(root.resolve("up"))).isTrue();
        assertThat(Files.readString(outside.resolve("precious.txt"))).isEqualTo("keep me\n");
        assertThat(TreeSnapshot.take(ws, java.util.Set.of()).entries().keySet())
                .containsExactly(WorkspacePath.of("up"));
    }

    @Test
    void theSnapshotCopiesSmallFilesNearestTheRootFirstWithinItsBudget() {
        Workspace ws = Workspace.inMemory();
        byte[] large = new byte[TreeSnapshot.COPY_LIMIT];
        int files = (int) (TreeSnapshot.COPY_BUDGET / TreeSnapshot.COPY_LIMIT);
        ws.createDirectories(WorkspacePath.of("a"));
        for (int i = 0; i < files; i++) {
            ws.write(WorkspacePath.of("a/f" + i), large);
        }
        ws.createDirectories(WorkspacePath.of("a/b"));
        ws.write(WorkspacePath.of("a/b/deep.txt"), utf8("x"));
        ws.write(WorkspacePath.of("top.txt"), utf8("x"));
        ws.write(WorkspacePath.of("a/b/known.toml"), large);

        TreeSnapshot snapshot = TreeSnapshot.take(ws, java.util.Set.of(WorkspacePath.of("a/b/known.toml")));

        assertThat(snapshot.get(WorkspacePath.of("top.txt")).orElseThrow().hasCopy()).isTrue();
        assertThat(snapshot.entries().entrySet().stream()
                .filter(e -> e.getKey().fileName().startsWith("f") && e.getValue().hasCopy()))
                .as("top.txt took one byte of the budget, so one large file no longer fits").hasSize(files - 1);
        assertThat(snapshot.get(WorkspacePath.of("a/b/deep.txt")).orElseThrow().hasCopy()).isTrue();
        assertThat(snapshot.get(WorkspacePath.of("a/b/known.toml")).orElseThrow().hasCopy()).isTrue();
    }

    @Test
    void aFolderThatCannotBeListedDoesNotStopTheRun() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "running as root: every folder can be listed, so there is nothing to test");
        Path root = Files.createDirectories(temp.resolve("locked-project"));
        Path locked = Files.createDirectories(root.resolve("locked"));
        Files.writeString(locked.resolve("secret.txt"), "s\n");
        Files.writeString(root.resolve("unreadable.txt"), "u\n");
        Files.setPosixFilePermissions(root.resolve("unreadable.txt"), java.util.Set.of());
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        try {
            Workspace ws = Workspace.at(root);
            ScriptedProcessRunner runner = new ScriptedProcessRunner().program("sloppy", (task, w) -> {
                w.write(WorkspacePath.of("stray.txt"), utf8("stray\n"));
                return ScriptedProcessRunner.failed(3, "");
            });
            TestModule module = TestModule.of("m", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                    .postInstallTask(SystemTask.command("sloppy").warnOnFailure().build()));

            RunReport report = new Orchestrator().run(new RunRequest(ws, List.of(module), CollisionStrategy.merge(),
                    runner, runner.binaryLocator(), ProtostarListener.none()));

            assertThat(report.warnings()).singleElement().asString().endsWith("(removed stray.txt).");
            assertThat(Files.exists(root.resolve("stray.txt"))).isFalse();
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(root.resolve("unreadable.txt"),
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
    }
}
