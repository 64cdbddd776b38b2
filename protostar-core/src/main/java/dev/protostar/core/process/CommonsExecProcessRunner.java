package dev.protostar.core.process;

import dev.protostar.api.OutputStreamKind;
import dev.protostar.api.ProcessRunner;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.RunInterruptedException;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TaskResult;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspaceException;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.ExecuteException;
import org.apache.commons.exec.ExecuteResultHandler;

/**
 * Runs {@link SystemTask}s as real processes with Apache commons-exec, in the workspace's
 * {@linkplain Workspace#localDirectory() local directory}.
 *
 * <p>What it promises:
 * <ul>
 *   <li>The arguments reach the program verbatim: no shell, no quoting, no variable expansion.
 *   <li>The program is looked up on the {@code PATH} of this runner's environment (not the JVM's);
 *       a name containing {@code '/'} is taken relative to the workspace folder. A program that
 *       cannot be found or started gives exit code 127 and a message on standard error; nothing
 *       is thrown.
 *   <li>The child inherits this runner's environment without {@code VIRTUAL_ENV},
 *       {@code PYTHONHOME}, {@code GIT_DIR}, {@code GIT_WORK_TREE} and {@code GIT_INDEX_FILE}, which
 *       would point {@code uv} or {@code git} somewhere else than the workspace. Its standard input
 *       is empty, so a program that prompts reads end-of-file instead of hanging.
 *   <li>Standard output and error are kept whole (decoded as UTF-8) and every line is passed to the
 *       listener, on the calling thread, as it arrives. A non-zero exit is returned, not thrown.
 *   <li>When the task's timeout expires, the whole process tree is stopped (descendants first) and
 *       the result, marked {@linkplain TaskResult#timedOut() timed out}, comes back within about a
 *       second, even when a grandchild holds the output pipes open.
 *   <li>Once the program itself has exited, a background process it left behind is not waited for:
 *       output stops being collected after half a second of silence. Such an orphan has left the
 *       process tree and is not stopped.
 *   <li>When the calling thread is interrupted, the process tree is stopped, the interrupt status
 *       is restored and a {@link RunInterruptedException} naming the command is thrown.
 * </ul>
 *
 * <p>Instances are immutable and may run tasks from several threads at once; each run uses its own
 * few threads (the executor's, two output readers and the timeout watchdog), never a pool.
 */
public final class CommonsExecProcessRunner implements ProcessRunner {

    /** Variables that would redirect Python and git tools away from the workspace. */
    static final Set<String> STRIPPED_VARIABLES =
            Set.of("VIRTUAL_ENV", "PYTHONHOME", "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE");

    /** Exit code for a program that cannot be found or started, as in POSIX shells. */
    static final int NOT_FOUND_EXIT_CODE = 127;

    /** Longer timeouts are treated as this one, so deadlines stay representable. */
    private static final Duration LONGEST_TIMEOUT = Duration.ofDays(365L * 100);
    /** How long after the deadline the watchdog gets to end the run before this thread steps in. */
    private static final long WATCHDOG_SLACK_NANOS = TimeUnit.MILLISECONDS.toNanos(400);
    /** How long the output readers may go on after a kill before the executor stops waiting for them. */
    private static final long DRAIN_AFTER_KILL_MILLIS = 200;
    /** How long to wait for the executor to return after a kill before leaving it behind. */
    private static final long RETURN_AFTER_KILL_NANOS = TimeUnit.MILLISECONDS.toNanos(400);

    private final Map<String, String> environment;
    private final PathBinaryLocator locator;

    private CommonsExecProcessRunner(Map<String, String> environment) {
        Map<String, String> child = new LinkedHashMap<>(environment);
        STRIPPED_VARIABLES.forEach(child::remove);
        this.environment = Collections.unmodifiableMap(child);
        this.locator = PathBinaryLocator.fromEnvironment(this.environment);
    }

    /** A runner whose children inherit this process's environment (minus the stripped variables). */
    public static CommonsExecProcessRunner create() {
        return new CommonsExecProcessRunner(System.getenv());
    }

    /**
     * A runner whose children get {@code environment} (minus the stripped variables) and whose
     * programs are looked up on its {@code PATH}. Pass a complete environment, such as a changed
     * copy of {@link System#getenv()}: it replaces the child's environment, it is not added to it.
     */
    public static CommonsExecProcessRunner withEnvironment(Map<String, String> environment) {
        return new CommonsExecProcessRunner(Objects.requireNonNull(environment, "environment"));
    }

    /** The environment children get: the one given, without the stripped variables. */
    public Map<String, String> environment() {
        return environment;
    }

    /** Finds programs on the {@code PATH} of this runner's environment. */
    @Override
    public PathBinaryLocator binaryLocator() {
        return locator;
    }

    /**
     * Runs {@code task} in the workspace folder until it exits or its timeout expires.
     *
     * @throws WorkspaceException when the workspace has no local directory (in memory, Jimfs, a zip
     *     file) or its folder cannot be used as a working directory
     * @throws RunInterruptedException when the calling thread is interrupted; the process tree is
     *     stopped first and the interrupt status stays set
     */
    @Override
    public TaskResult run(SystemTask task, Workspace workspace, ProtostarListener listener) {
        Path directory = workspace.localDirectory().orElseThrow(() -> new WorkspaceException(null,
                "Cannot run `" + task.commandLine() + "` in the " + workspace.describe()
                        + ": real processes need a workspace on the local file system.",
                "Use Workspace.at(<folder on disk>), or run with the SimulatedProcessRunner to preview the effects"
                        + " in memory.",
                null));
        if (Thread.currentThread().isInterrupted()) {
            throw new RunInterruptedException("Interrupted before `" + task.commandLine() + "` could start in "
                    + directory + "; nothing was run.", null);
        }
        long started = System.nanoTime();
        Optional<Path> program = resolveProgram(task.program(), directory);
        if (program.isEmpty()) {
            return notStarted(task, listener, notFoundMessage(task.program(), directory), started);
        }
        CommandLine commandLine = new VerbatimCommandLine(program.get(), task.command().subList(1, task.command().size()));
        return new Execution(task, directory, commandLine, listener, started).await();
    }

    private Optional<Path> resolveProgram(String name, Path directory) {
        if (name.indexOf('/') < 0) {
            return locator.resolve(name);
        }
        try {
            Path candidate = directory.resolve(name).normalize();
            return PathBinaryLocator.isExecutableFile(candidate) ? Optional.of(candidate) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private String notFoundMessage(String name, Path directory) {
        if (name.indexOf('/') >= 0) {
            return "protostar: cannot run " + name + ": " + directory.resolve(name).normalize()
                    + " is not an executable file. Check the path (it is relative to the workspace " + directory + ").";
        }
        String searched = locator.searchPath().isEmpty() ? "(PATH is empty or unset)" : locator.searchPath();
        return "protostar: " + name + ": command not found on PATH " + searched
                + ". Install " + name + " or add its folder to the PATH Protostar runs with.";
    }

    private static TaskResult notStarted(SystemTask task, ProtostarListener listener, String message, long started) {
        listener.taskOutput(task, OutputStreamKind.STDERR, message);
        return new TaskResult(NOT_FOUND_EXIT_CODE, "", message + "\n", false, Duration.ofNanos(System.nanoTime() - started));
    }

    /** One run of one task: the executor works on its own thread, this object waits on the caller's. */
    private final class Execution implements ExecuteResultHandler {
        private final SystemTask task;
        private final Path directory;
        private final CommandLine commandLine;
        private final ProtostarListener listener;
        private final long started;
        private final long deadline;
        private final BlockingQueue<RunEvent> events = new LinkedBlockingQueue<>();
        private final TreeKillingWatchdog watchdog;
        private final OutputPumps pumps;
        private boolean killedAtDeadline;

        Execution(SystemTask task, Path directory, CommandLine commandLine, ProtostarListener listener, long started) {
            Duration timeout = task.timeout().compareTo(LONGEST_TIMEOUT) > 0 ? LONGEST_TIMEOUT : task.timeout();
            this.task = task;
            this.directory = directory;
            this.commandLine = commandLine;
            this.listener = listener;
            this.started = started;
            this.deadline = started + timeout.toNanos();
            this.watchdog = new TreeKillingWatchdog(timeout);
            this.pumps = new OutputPumps(events, task.program());
        }

        @Override
        public void onProcessComplete(int exitValue) {
            events.add(new RunEvent.Completed(exitValue, null));
        }

        @Override
        public void onProcessFailed(ExecuteException failure) {
            events.add(new RunEvent.Completed(failure.getExitValue(), failure));
        }

        TaskResult await() {
            DefaultExecutor executor = DefaultExecutor.builder()
                    .setWorkingDirectory(directory)
                    .setExecuteStreamHandler(pumps)
                    .get();
            executor.setExitValues(null);
            executor.setWatchdog(watchdog);
            try {
                executor.execute(commandLine, environment, this);
            } catch (IOException e) {
                throw new WorkspaceException(null, "Cannot run `" + task.commandLine() + "` in " + directory + ": "
                        + e.getMessage(), "Check that the workspace folder exists and is accessible.", e);
            }
            boolean finished = false;
            try {
                RunEvent.Completed completed = deliverOutputUntilCompleted();
                finished = true;
                return result(completed);
            } catch (InterruptedException e) {
                stopTree();
                Thread.currentThread().interrupt();
                throw new RunInterruptedException("Interrupted while running `" + task.commandLine() + "` in "
                        + directory + "; its process tree was stopped.", e);
            } finally {
                if (!finished) {
                    stopTree(); // the listener threw, or we were interrupted: leave nothing running
                }
            }
        }

        /** Passes output lines to the listener until the executor returns; enforces the deadline as a backstop. */
        private RunEvent.Completed deliverOutputUntilCompleted() throws InterruptedException {
            long giveUpAt = deadline + WATCHDOG_SLACK_NANOS;
            while (true) {
                RunEvent event = events.poll(Math.max(0, giveUpAt - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (event instanceof RunEvent.OutputLine line) {
                    listener.taskOutput(task, line.stream(), line.text());
                } else if (event instanceof RunEvent.Completed completed) {
                    return completed;
                } else if (!killedAtDeadline) {
                    // The direct child may have exited while something it started keeps the pipes open.
                    killedAtDeadline = true;
                    stopTree();
                    giveUpAt = System.nanoTime() + RETURN_AFTER_KILL_NANOS;
                } else {
                    return null; // leave the executor behind; its threads end when the pipes close
                }
            }
        }

        private void stopTree() {
            watchdog.killTree();
            pumps.stopWaitingAfter(DRAIN_AFTER_KILL_MILLIS);
        }

        private TaskResult result(RunEvent.Completed completed) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            Optional<Exception> startFailure = watchdog.startFailure();
            if (startFailure.isPresent()) {
                String message = "protostar: cannot start " + commandLine.getExecutable() + ": "
                        + startFailure.get().getMessage() + ". Check that it is a program this system can run.";
                listener.taskOutput(task, OutputStreamKind.STDERR, message);
                return new TaskResult(NOT_FOUND_EXIT_CODE, "", message + "\n", false, elapsed);
            }
            boolean timedOut = killedAtDeadline || watchdog.timedOut();
            int exitCode = completed != null && completed.failure() == null
                    ? completed.exitValue()
                    : watchdog.exitValue().orElse(completed != null ? completed.exitValue() : -1);
            return new TaskResult(exitCode, pumps.stdout(), pumps.stderr(), timedOut, elapsed);
        }
    }

    @Override
    public String toString() {
        return "CommonsExecProcessRunner[PATH=" + locator.searchPath() + "]";
    }
}
