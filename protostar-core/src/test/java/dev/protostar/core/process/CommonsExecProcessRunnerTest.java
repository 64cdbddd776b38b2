package dev.protostar.core.process;

import static dev.protostar.api.OutputStreamKind.STDERR;
import static dev.protostar.api.OutputStreamKind.STDOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.RunInterruptedException;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TaskResult;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspaceException;
import dev.protostar.core.process.Stubs.RecordingListener;
import java.io.File;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommonsExecProcessRunnerTest {

    @TempDir
    Path temp;

    private Path bin;
    private Path folder;
    private Workspace workspace;
    private Map<String, String> environment;
    private CommonsExecProcessRunner runner;

    @BeforeEach
    void setUp() throws Exception {
        Stubs.assumePosixShell();
        bin = Files.createDirectories(temp.resolve("bin"));
        folder = Files.createDirectories(temp.resolve("project"));
        workspace = Workspace.at(folder);
        environment = new HashMap<>(System.getenv());
        String systemPath = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        environment.put("PATH", bin + File.pathSeparator + systemPath);
        environment.put("PROTOSTAR_TEST_MARKER", "kept");
        environment.put("VIRTUAL_ENV", "/somewhere/else/.venv");
        environment.put("PYTHONHOME", "/somewhere/else/python");
        environment.put("GIT_DIR", "/somewhere/else/.git");
        environment.put("GIT_WORK_TREE", "/somewhere/else");
        environment.put("GIT_INDEX_FILE", "/somewhere/else/.git/index");
        runner = CommonsExecProcessRunner.withEnvironment(environment);
    }

    private TaskResult run(ProtostarListener listener, String program, String... arguments) {
        return runner.run(SystemTask.command(program, arguments).build(), workspace, listener);
    }

    private TaskResult run(String program, String... arguments) {
        return run(ProtostarListener.none(), program, arguments);
    }

    @Test
    void argumentsReachTheProgramVerbatim() {
        Stubs.script(bin, "print-args", "for a in \"$@\"; do printf '%s\\n' \"$a\"; done");
        String[] arguments = {"two words", "it's", "\"double\"", "'single'", "${HOME}", "$PATH", "*", "a\\b",
                "trailing ", " leading", "", "tab\there", "semi;colon && echo no", "ünïcødé ✓"};

        TaskResult result = run("print-args", arguments);

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).isEqualTo(String.join("\n", arguments) + "\n");
        assertThat(result.stderr()).isEmpty();
        assertThat(result.succeeded()).isTrue();
    }

    @Test
    void childInheritsTheEnvironmentWithoutTheVariablesThatPointElsewhere() {
        Stubs.script(bin, "dump-env", "env");

        TaskResult result = run("dump-env");

        List<String> variables = result.stdout().lines().toList();
        assertThat(variables).contains("PROTOSTAR_TEST_MARKER=kept");
        assertThat(variables).anyMatch(line -> line.startsWith("HOME="));
        assertThat(variables).noneMatch(line -> line.startsWith("VIRTUAL_ENV=") || line.startsWith("PYTHONHOME=")
                || line.startsWith("GIT_DIR=") || line.startsWith("GIT_WORK_TREE=")
                || line.startsWith("GIT_INDEX_FILE="));
        assertThat(runner.environment()).doesNotContainKeys(
                "VIRTUAL_ENV", "PYTHONHOME", "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE");
        assertThat(environment).containsKey("VIRTUAL_ENV"); // the caller's map is left alone
    }

    @Test
    void runsInTheWorkspaceFolderWithNoInput() throws Exception {
        Stubs.script(bin, "where-and-read", "pwd\nif read line; then echo \"read:$line\"; else echo end-of-input; fi");

        TaskResult result = run("where-and-read");

        List<String> lines = result.stdout().lines().toList();
        assertThat(Path.of(lines.get(0)).toRealPath()).isEqualTo(folder.toRealPath());
        assertThat(lines.get(1)).isEqualTo("end-of-input");
    }

    @Test
    void capturesBothStreamsWholeAndStreamsEachLineInOrderOnTheCallingThread() {
        Stubs.script(bin, "chatty", String.join("\n",
                "echo out1",
                "echo err1 >&2",
                "printf 'out2 h\\303\\251llo \\342\\234\\223\\r\\n'",
                "echo err2 >&2",
                "echo",
                "printf 'err3' >&2",
                "printf 'out4'"));
        RecordingListener listener = new RecordingListener();

        TaskResult result = run(listener, "chatty");

        assertThat(result.stdout()).isEqualTo("out1\nout2 héllo ✓\r\n\nout4");
        assertThat(result.stderr()).isEqualTo("err1\nerr2\nerr3");
        assertThat(listener.texts(STDOUT)).containsExactly("out1", "out2 héllo ✓", "", "out4");
        assertThat(listener.texts(STDERR)).containsExactly("err1", "err2", "err3");
        assertThat(listener.lines).allMatch(line -> line.thread() == Thread.currentThread());
    }

    @Test
    void nonZeroExitIsReturnedNotThrown() {
        TaskResult result = run("sh", "-c", "echo failing >&2; exit 3");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.timedOut()).isFalse();
        assertThat(result.stderr()).isEqualTo("failing\n");
    }

    @Test
    void programNotOnThePathGives127NamingTheProgramAndThePath() {
        RecordingListener listener = new RecordingListener();

        TaskResult result = run(listener, "protostar-no-such-program", "--version");

        assertThat(result.exitCode()).isEqualTo(127);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).contains("protostar-no-such-program").contains(bin.toString()).endsWith("\n");
        assertThat(listener.texts(STDERR)).containsExactly(result.stderr().strip());
    }

    @Test
    void programWithASlashIsTakenRelativeToTheWorkspace() {
        Stubs.script(folder.resolve("scripts"), "hello", "echo hello from the workspace");

        assertThat(run("scripts/hello").stdout()).isEqualTo("hello from the workspace\n");

        TaskResult missing = run("scripts/missing");
        assertThat(missing.exitCode()).isEqualTo(127);
        assertThat(missing.stderr()).contains(folder.resolve("scripts/missing").toString());
    }

    @Test
    void absoluteProgramPathsAreRunAsGiven() {
        assertThat(run("/bin/sh", "-c", "echo absolute").stdout()).isEqualTo("absolute\n");
    }

    @Test
    void programThatCannotBeStartedGives127WithTheReason() throws Exception {
        Path broken = bin.resolve("broken");
        Files.writeString(broken, "#!/protostar/no/such/interpreter\n");
        Files.setPosixFilePermissions(broken, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        RecordingListener listener = new RecordingListener();

        TaskResult result = run(listener, "broken");

        assertThat(result.exitCode()).isEqualTo(127);
        assertThat(result.timedOut()).isFalse();
        assertThat(result.stderr()).startsWith("protostar: cannot start " + broken).endsWith("\n");
        assertThat(listener.texts(STDERR)).containsExactly(result.stderr().strip());
    }

    @Test
    void stubUvOnACustomPathIsFoundAndRun() {
        Path uv = Stubs.script(bin, "uv", "echo \"uv stub: $*\"");
        Map<String, String> onlyStubs = new HashMap<>(System.getenv());
        onlyStubs.put("PATH", bin.toString());
        CommonsExecProcessRunner stubbed = CommonsExecProcessRunner.withEnvironment(onlyStubs);

        assertThat(stubbed.binaryLocator().isAvailable("uv")).isTrue();
        assertThat(stubbed.binaryLocator().resolve("uv")).contains(uv);
        assertThat(stubbed.binaryLocator().isAvailable("git")).isFalse();

        TaskResult result = stubbed.run(SystemTask.command("uv", "add", "--dev", "ruff").build(), workspace,
                ProtostarListener.none());

        assertThat(result.stdout()).isEqualTo("uv stub: add --dev ruff\n");
        TaskResult git = stubbed.run(SystemTask.command("git", "init").build(), workspace, ProtostarListener.none());
        assertThat(git.exitCode()).isEqualTo(127);
        assertThat(git.stderr()).contains("git").contains(bin.toString());
    }

    @Test
    void timeoutStopsTheWholeTreeAndReturnsPromptlyEvenWhenAGrandchildHoldsThePipes() throws Exception {
        Path pidFile = folder.resolve("grandchild.pid");
        Stubs.script(bin, "hang", "echo started\nsh -c 'echo $$ > \"$1\"; exec sleep 30' sh \"$1\"\necho never");
        SystemTask task = SystemTask.command("hang", pidFile.toString()).timeout(Duration.ofSeconds(1)).build();
        long grandchild = -1;
        try {
            long start = System.nanoTime();
            TaskResult result = runner.run(task, workspace, ProtostarListener.none());
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            grandchild = Stubs.awaitPid(pidFile);

            assertThat(result.timedOut()).isTrue();
            assertThat(result.succeeded()).isFalse();
            assertThat(result.stdout()).isEqualTo("started\n");
            assertThat(elapsed).isLessThan(Duration.ofSeconds(5));
            assertThat(Stubs.awaitDeath(grandchild)).as("grandchild %d stopped", grandchild).isTrue();
        } finally {
            if (grandchild > 0) {
                Stubs.killQuietly(grandchild);
            }
        }
    }

    @Test
    void aBackgroundProcessLeftBehindDoesNotHoldUpTheResult() throws Exception {
        // Once the child has exited, an orphan that keeps the pipes open is not waited for: the
        // result (exit 0, not timed out) comes back long before the 30 s timeout. (The orphan is
        // stopped with the task's process group; LeftoverProcessesTest checks that.)
        Path pidFile = folder.resolve("background.pid");
        Stubs.script(bin, "leave-behind", "sh -c 'echo $$ > \"$1\"; exec sleep 30' sh \"$1\" &\n"
                + "until [ -s \"$1\" ]; do sleep 0.05; done\necho left a process behind");
        SystemTask task = SystemTask.command("leave-behind", pidFile.toString()).timeout(Duration.ofSeconds(30)).build();
        long background = -1;
        try {
            long start = System.nanoTime();
            TaskResult result = runner.run(task, workspace, ProtostarListener.none());
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            background = Stubs.awaitPid(pidFile);

            assertThat(result.exitCode()).isZero();
            assertThat(result.timedOut()).isFalse();
            assertThat(result.stdout()).isEqualTo("left a process behind\n");
            assertThat(elapsed).isLessThan(Duration.ofSeconds(10));
        } finally {
            if (background > 0) {
                Stubs.killQuietly(background);
            }
        }
    }

    @Test
    void interruptStopsTheTreeRestoresTheFlagAndThrows() throws Exception {
        Path pidFile = folder.resolve("interrupted.pid");
        Stubs.script(bin, "wait-forever", "sh -c 'echo $$ > \"$1\"; echo ready; exec sleep 30' sh \"$1\"");
        CountDownLatch ready = new CountDownLatch(1);
        RecordingListener listener = new RecordingListener(line -> {
            if (line.equals("ready")) {
                ready.countDown();
            }
        });
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean flagRestored = new AtomicBoolean();
        SystemTask task = SystemTask.command("wait-forever", pidFile.toString()).timeout(Duration.ofMinutes(1)).build();
        Thread worker = new Thread(() -> {
            try {
                runner.run(task, workspace, listener);
            } catch (Throwable t) {
                thrown.set(t);
                flagRestored.set(Thread.currentThread().isInterrupted());
            }
        }, "interrupt test worker");
        long grandchild = -1;
        try {
            worker.start();
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("stub printed ready").isTrue();
            grandchild = Stubs.awaitPid(pidFile);
            worker.interrupt();
            worker.join(TimeUnit.SECONDS.toMillis(30));

            assertThat(worker.isAlive()).isFalse();
            assertThat(thrown.get()).isInstanceOf(RunInterruptedException.class)
                    .hasMessageContaining("wait-forever " + pidFile);
            assertThat(((RunInterruptedException) thrown.get()).exitCode()).isEqualTo(130);
            assertThat(flagRestored).isTrue();
            assertThat(Stubs.awaitDeath(grandchild)).as("grandchild %d stopped", grandchild).isTrue();
        } finally {
            worker.interrupt();
            if (grandchild > 0) {
                Stubs.killQuietly(grandchild);
            }
        }
    }

    @Test
    void alreadyInterruptedThreadStartsNothing() {
        Stubs.script(bin, "touch-marker", "echo ran > marker");
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> run("touch-marker")).isInstanceOf(RunInterruptedException.class)
                    .hasMessageContaining("touch-marker");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(folder.resolve("marker")).doesNotExist();
    }

    @Test
    void listenerFailureStopsTheProcessTreeAndPropagates() throws Exception {
        Path pidFile = folder.resolve("listener.pid");
        Stubs.script(bin, "talk-then-wait", "sh -c 'echo $$ > \"$1\"; echo hello; exec sleep 30' sh \"$1\"");
        RecordingListener listener = new RecordingListener(line -> {
            throw new IllegalStateException("listener refused " + line);
        });
        long grandchild = -1;
        try {
            assertThatThrownBy(() -> run(listener, "talk-then-wait", pidFile.toString()))
                    .isInstanceOf(IllegalStateException.class).hasMessage("listener refused hello");
            grandchild = Stubs.awaitPid(pidFile);
            assertThat(Stubs.awaitDeath(grandchild)).isTrue();
        } finally {
            if (grandchild > 0) {
                Stubs.killQuietly(grandchild);
            }
        }
    }

    @Test
    void inMemoryWorkspaceIsRefusedWithAHint() {
        SystemTask task = SystemTask.command("git", "init").build();

        assertThatThrownBy(() -> runner.run(task, Workspace.inMemory(), ProtostarListener.none()))
                .isInstanceOfSatisfying(WorkspaceException.class, e -> {
                    assertThat(e.getMessage()).contains("git init").contains("local file system");
                    assertThat(e.hint()).hasValueSatisfying(hint -> assertThat(hint).contains("SimulatedProcessRunner"));
                });
    }

    @Test
    void workspaceOnAnotherFileSystemIsRefused() throws Exception {
        try (FileSystem jimfs = Jimfs.newFileSystem(Configuration.unix())) {
            Path root = Files.createDirectories(jimfs.getPath("/work/project"));
            SystemTask task = SystemTask.command("git", "init").build();

            assertThatThrownBy(() -> runner.run(task, Workspace.at(root), ProtostarListener.none()))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("local file system");
        }
    }

    @Test
    void defaultRunnerUsesTheProcessEnvironment() {
        CommonsExecProcessRunner system = CommonsExecProcessRunner.create();

        assertThat(system.isSimulated()).isFalse();
        assertThat(system.binaryLocator().searchPath()).isEqualTo(System.getenv().getOrDefault("PATH", ""));
        assertThat(system.environment().keySet()).doesNotContainAnyElementsOf(CommonsExecProcessRunner.STRIPPED_VARIABLES);
        assertThat(system.run(SystemTask.command("sh", "-c", "echo $HOME").build(), workspace, ProtostarListener.none())
                .stdout()).isEqualTo(System.getenv().getOrDefault("HOME", "") + "\n");
    }

    @Test
    void emptyArgumentListsAndLongOutputAreHandled() {
        Stubs.script(bin, "many-lines", "i=0\nwhile [ $i -lt 20000 ]; do echo \"line $i\"; i=$((i+1)); done");
        RecordingListener listener = new RecordingListener();

        TaskResult result = run(listener, "many-lines");

        assertThat(listener.texts(STDOUT)).hasSize(20000).startsWith("line 0").endsWith("line 19999");
        assertThat(result.stdout().lines()).hasSize(20000);
        assertThat(Arrays.asList(result.stdout().split("\n", -1))).last().isEqualTo("");
    }
}
