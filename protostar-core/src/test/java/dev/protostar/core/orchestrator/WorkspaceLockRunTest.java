package dev.protostar.core.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.protostar.api.CollisionStrategy;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.api.SystemTask;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspaceException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.testing.WorkspaceSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run lock at the level of whole runs: a second run on a folder another run is working in fails
 * at once and writes nothing; a lock left by a killed process does not block; and the lock's files
 * are gone after every run, so a run that changes nothing leaves the folder byte for byte.
 */
class WorkspaceLockRunTest {

    @TempDir
    Path temp;

    private static TestModule pausingModule() {
        return TestModule.of("m", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                .directory("src").inject("src/a.py", "print()\n")
                .systemTask(SystemTask.command("pause").build())
                .vcsIgnore(".venv/"));
    }

    private static RunReport run(Workspace ws, TestModule module, ScriptedProcessRunner runner) {
        return new Orchestrator().run(new RunRequest(ws, List.of(module), CollisionStrategy.abort(), runner,
                runner.binaryLocator(), ProtostarListener.none()));
    }

    /** Run 1 pauses inside its task; run 2, on a second workspace object for the same folder, must fail at once. */
    private static void secondRunFailsFastAndWritesNothing(Supplier<Workspace> sameFolder, String folderName) throws Exception {
        CountDownLatch paused = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        ScriptedProcessRunner runner = new ScriptedProcessRunner().program("pause", (task, ws) -> {
            paused.countDown();
            try {
                resume.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ScriptedProcessRunner.ok("");
        });
        Workspace first = sameFolder.get();
        CompletableFuture<RunReport> running = CompletableFuture.supplyAsync(() -> run(first, pausingModule(), runner));
        paused.await();
        try {
            Workspace second = sameFolder.get();
            Map<String, String> during = WorkspaceSnapshot.withModes(second);

            assertThatThrownBy(() -> run(second, TestModule.of("other", ModuleCategory.LANGUAGE)
                            .contributing((m, c) -> m.inject("b.txt", "b")), runner))
                    .isInstanceOfSatisfying(WorkspaceException.class, e -> assertThat(e.getMessage())
                            .startsWith("Another Protostar run is working in " + folderName)
                            .contains("wait for it to finish, or remove the stale lock if no run is active"));

            assertThat(WorkspaceSnapshot.withModes(second)).as("the refused run wrote nothing").isEqualTo(during);
        } finally {
            resume.countDown();
        }
        assertThat(running.get().status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(WorkspaceSnapshot.of(first)).containsOnlyKeys(".gitignore", "src/", "src/a.py");
    }

    @Test
    void aSecondRunOnAFolderOnDiskFailsFastAndWritesNothing() throws Exception {
        Path project = Files.createDirectories(temp.resolve("project"));
        secondRunFailsFastAndWritesNothing(() -> Workspace.at(project), project.toString());
    }

    @Test
    void aSecondRunOnAJimfsFolderFailsFastAndWritesNothing() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path project = Files.createDirectories(fs.getPath("/work/project"));
            secondRunFailsFastAndWritesNothing(() -> Workspace.at(project), "/work/project");
        }
    }

    @Test
    void aSecondRunOnTheSameInMemoryWorkspaceFailsFastAndWritesNothing() throws Exception {
        Workspace shared = Workspace.inMemory();
        CountDownLatch paused = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        ScriptedProcessRunner runner = new ScriptedProcessRunner().program("pause", (task, ws) -> {
            paused.countDown();
            try {
                resume.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ScriptedProcessRunner.ok("");
        });
        CompletableFuture<RunReport> running = CompletableFuture.supplyAsync(() -> run(shared, pausingModule(), runner));
        paused.await();
        try {
            Map<String, String> during = WorkspaceSnapshot.withModes(shared);
            assertThatThrownBy(() -> run(shared, pausingModule(), runner))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageStartingWith("Another Protostar run is working in this in-memory workspace");
            assertThat(WorkspaceSnapshot.withModes(shared)).isEqualTo(during);
        } finally {
            resume.countDown();
        }
        assertThat(running.get().status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(Workspace.inMemory().exists(WorkspacePath.of(".protostar"))).isFalse();
        assertThat(shared.exists(WorkspacePath.of(".protostar"))).isFalse();
    }

    @Test
    void aLockLeftByAKilledProcessDoesNotBlock() throws IOException {
        Path project = Files.createDirectories(temp.resolve("stale"));
        Files.createDirectories(project.resolve(".protostar"));
        Files.writeString(project.resolve(".protostar/lock"), "Protostar run lock: a run is working in this folder.\n"
                + "pid 2147483646\nprocess-started unknown\nlive lock.2147483646.0badf00d.live\n");
        Files.writeString(project.resolve(".protostar/lock.2147483646.0badf00d.live"), "");
        ScriptedProcessRunner runner = new ScriptedProcessRunner().program("pause", (t, ws) -> ScriptedProcessRunner.ok(""));

        RunReport report = run(Workspace.at(project), pausingModule(), runner);

        assertThat(report.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(project.resolve(".protostar")).doesNotExist();
    }

    @Test
    void aRunThatChangesNothingLeavesEveryFileByteForByteWithItsTime() throws IOException {
        Path project = Files.createDirectories(temp.resolve("again"));
        Workspace ws = Workspace.at(project);
        TestModule module = TestModule.of("m", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                .directory("src").inject("src/a.py", "print()\n").vcsIgnore(".venv/")
                .mergeToml("pyproject.toml", "[tool.x]\nkey = 1\n"));
        ScriptedProcessRunner runner = new ScriptedProcessRunner();
        new Orchestrator().run(new RunRequest(ws, List.of(module), CollisionStrategy.merge(), runner,
                runner.binaryLocator(), ProtostarListener.none()));
        Map<String, String> before = WorkspaceSnapshot.withModes(ws);
        FileTime ignoreTime = Files.getLastModifiedTime(project.resolve(".gitignore"));

        RunReport second = new Orchestrator().run(new RunRequest(ws, List.of(module), CollisionStrategy.merge(), runner,
                runner.binaryLocator(), ProtostarListener.none()));

        assertThat(second.status()).isEqualTo(RunStatus.NO_CHANGES);
        assertThat(WorkspaceSnapshot.withModes(ws)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(project.resolve(".gitignore"))).isEqualTo(ignoreTime);
        assertThat(new String(Files.readAllBytes(project.resolve("src/a.py")), StandardCharsets.UTF_8)).isEqualTo("print()\n");
    }
}
