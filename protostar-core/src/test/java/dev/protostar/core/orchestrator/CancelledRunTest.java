package dev.protostar.core.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.protostar.api.CollisionStrategy;
import dev.protostar.api.JournalKey;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.RunCancelledException;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TaskPolicy;
import dev.protostar.api.Workspace;
import dev.protostar.core.process.CommonsExecProcessRunner;
import dev.protostar.core.testing.WorkspaceSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real run cancelled while a real {@code sleep 30} runs: the run ends long before the sleep would
 * have, the sleep is gone, and the folder is as it was, including the files written before the task.
 */
class CancelledRunTest {

    @TempDir
    Path temp;

    @Test
    void aRunCancelledDuringASleepEndsPromptlyWithTheFolderRestored() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "this test runs `sh -c ... sleep 30`; /bin/sh is missing");
        CommonsExecProcessRunner runner = CommonsExecProcessRunner.create();
        assumeTrue(runner.binaryLocator().isAvailable("sleep"), "`sleep` is not on the PATH");
        Path folder = Files.createDirectories(temp.resolve("project"));
        Files.writeString(folder.resolve("notes.txt"), "mine\n");
        Workspace ws = Workspace.at(folder);
        Map<String, String> seed = WorkspaceSnapshot.withModes(ws);
        Path pidFile = temp.resolve("sleep.pid");
        TestModule module = TestModule.of("sleepy", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                .directory("src").inject("src/a.txt", "a")
                .systemTask(SystemTask.command("sh", "-c", "echo made > made.txt; echo $$ > \"" + pidFile
                        + "\"; exec sleep 30").build()));

        long started = System.nanoTime();
        Throwable thrown = catchThrowable(() -> new Orchestrator().run(new RunRequest(ws, List.of(module),
                CollisionStrategy.merge(), runner, runner.binaryLocator(), ProtostarListener.none(), false,
                JournalKey.random(), TaskPolicy.defaults(), () -> Files.exists(pidFile))));
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        assertThat(thrown).isInstanceOf(RunCancelledException.class)
                .hasMessageStartingWith("The run was cancelled while `sh -c ")
                .hasMessageEndingWith("its process tree was stopped. Every change made by this run was rolled back.");
        assertThat(seconds).as("ended well before the 30 s sleep (a generous bound, not a timing)").isLessThan(20);
        assertThat(WorkspaceSnapshot.withModes(ws)).isEqualTo(seed);
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("the sleep was stopped").isFalse();
    }
}
