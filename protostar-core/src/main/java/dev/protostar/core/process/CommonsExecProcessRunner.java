package dev.protostar.core.process;

import dev.protostar.api.ChildEnvironment;
import dev.protostar.api.OutputStreamKind;
import dev.protostar.api.ProcessRunner;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.RunCancelledException;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
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
 *   <li>The child gets this runner's environment as its {@link ChildEnvironment} filters it: by
 *       default every variable except {@code VIRTUAL_ENV}, {@code PYTHONHOME}, {@code GIT_DIR},
 *       {@code GIT_WORK_TREE} and {@code GIT_INDEX_FILE}, which would point {@code uv} or {@code git}
 *       somewhere else than the workspace; {@link ChildEnvironment#clean()} passes on only a short
 *       allow-list, and scrub patterns remove more. Its standard input is empty, so a program that
 *       prompts reads end-of-file instead of hanging.
 *   <li>Each task runs in a session and process group of its own (started through {@code
 *       /usr/bin/setsid}). When the task ends, successfully or not, whatever it left running in its
 *       group (a background {@code sleep}, a double-forked daemon) gets SIGTERM, then SIGKILL after
 *       0.2 s. Without {@code setsid} (macOS, a minimal image) the task is a direct child and only
 *       its process tree can be stopped: a process that left the tree survives. Having no
 *       controlling terminal, a task cannot prompt on {@code /dev/tty} either.
 *   <li>Output is bounded: of each stream the last {@link #OUTPUT_TAIL_BYTES} bytes are kept
 *       (decoded as UTF-8; when earlier bytes were dropped, one first line says how many), and every
 *       line is passed to the listener, on the calling thread, as it arrives; a line longer than 16
 *       KiB reaches it cut, with a note. A task that writes its standard output to a file ({@link
 *       SystemTask#stdoutTo()}) keeps it whole up to {@link #STDOUT_TO_FILE_LIMIT_BYTES}; past that,
 *       the result carries an {@linkplain TaskResult#outputFailure() output failure} naming the
 *       limit. So does a failure of a thread reading the output. A non-zero exit is returned, not
 *       thrown.
 *   <li>When the task's timeout expires, its process group and tree are stopped and the result,
 *       marked {@linkplain TaskResult#timedOut() timed out}, comes back within about a second, even
 *       when a grandchild holds the output pipes open.
 *   <li>Once the program itself has exited, a background process it left behind is not waited for:
 *       it is stopped with the group, or, without {@code setsid}, output stops being collected after
 *       half a second of silence.
 *   <li>When the calling thread is interrupted, the process group and tree are stopped, the
 *       interrupt status is restored and a {@link RunInterruptedException} naming the command is
 *       thrown.
 *   <li>Given a cancellation check ({@link #run(SystemTask, Workspace, ProtostarListener,
 *       BooleanSupplier)}), it asks it on the calling thread before the program starts and every
 *       {@value #CANCEL_POLL_MILLIS} ms while it runs; when it returns {@code true}, the process
 *       group and tree are stopped and a {@link RunCancelledException} naming the command is thrown;
 *       when it throws, they are stopped and its exception comes out unchanged.
 * </ul>
 *
 * <p>Instances are immutable and may run tasks from several threads at once; each run uses its own
 * few threads (the executor's, two output readers and the timeout watchdog), never a pool.
 */
public final class CommonsExecProcessRunner implements ProcessRunner {

    /** Variables that would redirect Python and git tools away from the workspace. */
    static final Set<String> STRIPPED_VARIABLES = ChildEnvironment.ALWAYS_REMOVED;

    /** How many bytes of each output stream a result keeps: the last 1 MiB. */
    public static final int OUTPUT_TAIL_BYTES = 1 << 20;

    /** How many bytes of standard output a task that writes it to a file may produce: 8 MiB. */
    public static final int STDOUT_TO_FILE_LIMIT_BYTES = 8 << 20;

    /** How often a running task asks its cancellation check, in milliseconds. */
    static final long CANCEL_POLL_MILLIS = 50;

    /** Exit codes {@code setsid} gives when it cannot execute the program: not found, cannot run. */
    private static final Set<Integer> SETSID_EXEC_FAILED = Set.of(126, 127);

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

    private final Map<String, String> given;
    private final ChildEnvironment policy;
    private final Map<String, String> environment;
    private final PathBinaryLocator locator;
    private final SessionLauncher sessions;

    private CommonsExecProcessRunner(Map<String, String> given, ChildEnvironment policy, SessionLauncher sessions) {
        this.given = Collections.unmodifiableMap(new LinkedHashMap<>(given));
        this.policy = policy;
        this.environment = policy.applyTo(this.given);
        this.locator = PathBinaryLocator.fromEnvironment(this.environment);
        this.sessions = sessions;
    }

    /** A runner whose children inherit this process's environment (minus the stripped variables). */
    public static CommonsExecProcessRunner create() {
        return withEnvironment(System.getenv());
    }

    /**
     * A runner whose children get {@code environment} (minus the stripped variables) and whose
     * programs are looked up on its {@code PATH}. Pass a complete environment, such as a changed
     * copy of {@link System#getenv()}: it replaces the child's environment, it is not added to it.
     */
    public static CommonsExecProcessRunner withEnvironment(Map<String, String> environment) {
        return withEnvironment(environment, ChildEnvironment.inherited());
    }

    /**
     * A runner whose children get {@code environment} as {@code policy} filters it (for example
     * {@link ChildEnvironment#clean()}), and whose programs are looked up on the filtered {@code PATH}.
     */
    public static CommonsExecProcessRunner withEnvironment(Map<String, String> environment, ChildEnvironment policy) {
        return new CommonsExecProcessRunner(Objects.requireNonNull(environment, "environment"),
                Objects.requireNonNull(policy, "policy"), SessionLauncher.detect());
    }

    /** This runner with its environment filtered by {@code policy} too ({@link ChildEnvironment#and}). */
    public CommonsExecProcessRunner restrictedBy(ChildEnvironment policy) {
        return new CommonsExecProcessRunner(given, this.policy.and(Objects.requireNonNull(policy, "policy")), sessions);
    }

    /** This runner starting tasks as direct children, without a session of their own (the fallback). */
    CommonsExecProcessRunner withoutSessions() {
        return new CommonsExecProcessRunner(given, policy, SessionLauncher.none());
    }

    /** The environment children get: the one given, filtered by the {@link #childEnvironment()}. */
    public Map<String, String> environment() {
        return environment;
    }

    /** Which of the given variables children get. */
    public ChildEnvironment childEnvironment() {
        return policy;
    }

    /** Whether each task gets a session and process group of its own ({@code setsid} was found). */
    public boolean startsTasksInOwnSession() {
        return sessions.isAvailable();
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
        return run(task, workspace, listener, () -> false);
    }

    /**
     * Runs {@code task} in the workspace folder until it exits, its timeout expires, or {@code
     * cancelRequested} asks to stop (see the class comment).
     *
     * @throws WorkspaceException when the workspace has no local directory or its folder cannot be
     *     used as a working directory
     * @throws RunInterruptedException when the calling thread is interrupted; the process tree is
     *     stopped first and the interrupt status stays set
     * @throws RunCancelledException when {@code cancelRequested} returned {@code true}; the process
     *     tree is stopped first
     */
    @Override
    public TaskResult run(SystemTask task, Workspace workspace, ProtostarListener listener,
            BooleanSupplier cancelRequested) {
        Objects.requireNonNull(cancelRequested, "cancelRequested");
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
        if (cancelRequested.getAsBoolean()) {
            throw new RunCancelledException("The run was cancelled before `" + task.commandLine() + "` could start in "
                    + directory + "; nothing was run.", null);
        }
        long started = System.nanoTime();
        Optional<Path> program = resolveProgram(task.program(), directory);
        if (program.isEmpty()) {
            return notStarted(task, listener, notFoundMessage(task.program(), directory), started);
        }
        List<String> command = sessions.wrap(program.get(), task.command().subList(1, task.command().size()));
        CommandLine commandLine = new VerbatimCommandLine(Path.of(command.get(0)), command.subList(1, command.size()));
        return new Execution(task, directory, program.get(), commandLine, listener, started, cancelRequested).await();
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
        private final Path program;
        private final CommandLine commandLine;
        private final ProtostarListener listener;
        private final long started;
        private final long deadline;
        private final RunEvents events = new RunEvents();
        private final TreeKillingWatchdog watchdog;
        private final OutputPumps pumps;
        private final BooleanSupplier cancelRequested;
        private boolean killedAtDeadline;

        Execution(SystemTask task, Path directory, Path program, CommandLine commandLine, ProtostarListener listener,
                long started, BooleanSupplier cancelRequested) {
            this.cancelRequested = cancelRequested;
            Duration timeout = task.timeout().compareTo(LONGEST_TIMEOUT) > 0 ? LONGEST_TIMEOUT : task.timeout();
            this.task = task;
            this.directory = directory;
            this.program = program;
            this.commandLine = commandLine;
            this.listener = listener;
            this.started = started;
            this.deadline = started + timeout.toNanos();
            this.watchdog = new TreeKillingWatchdog(timeout, sessions.isAvailable());
            this.pumps = new OutputPumps(events, task.program(),
                    task.stdoutTo().isPresent() ? STDOUT_TO_FILE_LIMIT_BYTES : OUTPUT_TAIL_BYTES, OUTPUT_TAIL_BYTES,
                    sessions.isAvailable() ? sessions.failurePrefix() : null);
        }

        @Override
        public void onProcessComplete(int exitValue) {
            events.send(new RunEvent.Completed(exitValue, null));
        }

        @Override
        public void onProcessFailed(ExecuteException failure) {
            events.send(new RunEvent.Completed(failure.getExitValue(), failure));
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
                events.close(); // whatever still comes is dropped, so no reader waits for us
                if (!finished) {
                    stopTree(); // the listener threw, or we were interrupted: leave nothing running
                }
            }
        }

        /**
         * Passes output lines to the listener until the executor returns, asking the cancellation
         * check every {@value #CANCEL_POLL_MILLIS} ms; enforces the deadline as a backstop.
         */
        private RunEvent.Completed deliverOutputUntilCompleted() throws InterruptedException {
            long giveUpAt = deadline + WATCHDOG_SLACK_NANOS;
            long pollNanos = TimeUnit.MILLISECONDS.toNanos(CANCEL_POLL_MILLIS);
            long nextCheck = System.nanoTime() + pollNanos;
            while (true) {
                long now = System.nanoTime();
                if (now - nextCheck >= 0) {
                    nextCheck = now + pollNanos;
                    stopIfCancelled();
                }
                RunEvent event = events.poll(Math.max(0, Math.min(giveUpAt - now, nextCheck - now)));
                if (event instanceof RunEvent.OutputLine line) {
                    listener.taskOutput(task, line.stream(), line.text());
                } else if (event instanceof RunEvent.Completed completed) {
                    return completed;
                } else if (System.nanoTime() - giveUpAt < 0) {
                    continue; // time to ask the cancellation check again
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

        /** Throws when the host cancelled; the caller's {@code finally} stops the process tree either way. */
        private void stopIfCancelled() {
            if (cancelRequested.getAsBoolean()) {
                stopTree();
                throw new RunCancelledException("The run was cancelled while `" + task.commandLine() + "` was running in "
                        + directory + "; its process tree was stopped.", null);
            }
        }

        private void stopTree() {
            watchdog.killTree();
            pumps.stopWaitingAfter(DRAIN_AFTER_KILL_MILLIS);
        }

        private TaskResult result(RunEvent.Completed completed) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            Optional<String> startFailure = watchdog.startFailure().map(Exception::getMessage);
            boolean timedOut = killedAtDeadline || watchdog.timedOut();
            int exitCode = completed != null && completed.failure() == null
                    ? completed.exitValue()
                    : watchdog.exitValue().orElse(completed != null ? completed.exitValue() : -1);
            Optional<String> held = pumps.heldStderrLine();
            if (startFailure.isEmpty() && held.isPresent() && !timedOut && SETSID_EXEC_FAILED.contains(exitCode)
                    && pumps.stdoutBytes() == 0) {
                startFailure = Optional.of(setsidReason(held.get()));
            } else {
                held.ifPresent(line -> listener.taskOutput(task, OutputStreamKind.STDERR, line));
            }
            if (startFailure.isPresent()) {
                String message = "protostar: cannot start " + program + ": " + startFailure.get()
                        + ". Check that it is a program this system can run.";
                listener.taskOutput(task, OutputStreamKind.STDERR, message);
                return new TaskResult(NOT_FOUND_EXIT_CODE, "", message + "\n", false, elapsed);
            }
            Optional<String> outputFailure = pumps.failure();
            if (outputFailure.isEmpty() && task.stdoutTo().isPresent() && pumps.stdoutOverflowed()) {
                outputFailure = Optional.of("its standard output, which goes to " + task.stdoutTo().orElseThrow()
                        + ", was " + pumps.stdoutBytes() + " bytes, more than the " + STDOUT_TO_FILE_LIMIT_BYTES
                        + " bytes (8 MiB) Protostar takes for a file; nothing was written to "
                        + task.stdoutTo().orElseThrow());
            }
            return new TaskResult(exitCode, pumps.stdout(), pumps.stderr(), timedOut, elapsed, outputFailure);
        }

        /** The reason in {@code setsid: failed to execute PROGRAM: REASON} (any language), else the whole line. */
        private String setsidReason(String line) {
            String marker = program + ": ";
            int at = line.indexOf(marker);
            return at >= 0 ? line.substring(at + marker.length()) : line.substring(sessions.failurePrefix().length());
        }
    }

    @Override
    public String toString() {
        return "CommonsExecProcessRunner[PATH=" + locator.searchPath() + ", " + policy + ", sessions="
                + sessions.isAvailable() + "]";
    }
}
