package dev.protostar.api;

/**
 * A system task exited with an error, ran out of time, its output could not be collected, or it
 * exited with 0 but left a structured file that parsed before it ran (such as {@code pyproject.toml})
 * unparseable.
 */
public final class TaskFailedException extends ProtostarException {

    private static final long serialVersionUID = 1L;

    private final transient SystemTask task;
    private final transient TaskResult result;
    private final transient ValidationException brokenFile;
    /** The exit code the command ended with. */
    private final int exitCode;

    /**
     * @param task the task that failed
     * @param result what it produced
     * @param rollbackNote what happened to the workspace afterwards, or {@code null}
     */
    public TaskFailedException(SystemTask task, TaskResult result, String rollbackNote) {
        this(task, result, null, rollbackNote);
    }

    /**
     * @param task the task that failed
     * @param result what it produced
     * @param brokenFile when the task exited with 0: the structured file it left unparseable (path,
     *     line, column), which makes it count as failed; {@code null} otherwise
     * @param rollbackNote what happened to the workspace afterwards, or {@code null}
     */
    public TaskFailedException(SystemTask task, TaskResult result, ValidationException brokenFile, String rollbackNote) {
        super(describe(task, result, brokenFile) + (rollbackNote == null ? "" : " " + rollbackNote),
                brokenFile != null && result.succeeded()
                        ? "Run `" + String.join(" ", task.command()) + "` yourself in a copy of the workspace to see"
                                + " what it does to " + brokenFile.path() + "."
                        : result.timedOut()
                        ? "The command ran longer than " + task.timeout().toSeconds() + " s. Raise the limit of"
                                + " every task with the task timeout (CLI: --timeout 10m; configuration: [env]"
                                + " task_timeout = \"10m\"), or check your network and run it by hand to see where"
                                + " it stops."
                        : "Run `" + String.join(" ", task.command())
                                + "` yourself in the workspace to see the full error.",
                null);
        this.task = task;
        this.result = result;
        this.brokenFile = brokenFile;
        this.exitCode = result.timedOut() ? 75 : 1;
    }

    private static String describe(SystemTask task, TaskResult result, ValidationException brokenFile) {
        String command = String.join(" ", task.command());
        if (brokenFile != null && result.succeeded()) {
            return "`" + command + "` exited with 0 but left " + brokenFile.path() + " unreadable: "
                    + brokenFile.getMessage() + (brokenFile.getMessage().endsWith(".") ? "" : ".") + " It parsed before the command ran, so the command counts as failed.";
        }
        if (result.timedOut()) {
            return "`" + command + "` timed out after " + task.timeout().toSeconds() + " s (the task timeout;"
                    + " CLI: --timeout, configuration: [env] task_timeout).";
        }
        if (result.outputFailure().isPresent()) {
            return "`" + command + "` exited with code " + result.exitCode() + ", but its output could not be"
                    + " collected: " + result.outputFailure().get();
        }
        String stderr = result.stderr().strip();
        String tail = stderr.isEmpty() ? "" : " Its error output ended with: " + lastLines(stderr, 5);
        return "`" + command + "` failed with exit code " + result.exitCode() + "." + tail;
    }

    private static String lastLines(String text, int count) {
        String[] lines = text.split("\\R");
        int from = Math.max(0, lines.length - count);
        return String.join(System.lineSeparator(), java.util.Arrays.asList(lines).subList(from, lines.length));
    }

    /**
     * 75, {@code EX_TEMPFAIL} in {@code sysexits.h}, when the task timed out (a slow network or
     * index: trying again later may work); 1 when it exited with an error or broke a structured file.
     */
    @Override
    public int exitCode() {
        return exitCode;
    }

    /** The task that failed. */
    public SystemTask task() {
        return task;
    }

    /**
     * The structured file a task that exited with 0 left unparseable (its path, line and column),
     * which made it count as failed; empty when the task failed by its exit code or time.
     */
    public java.util.Optional<ValidationException> brokenFile() {
        return java.util.Optional.ofNullable(brokenFile);
    }

    /** Exit code, captured output and whether the task timed out. */
    public TaskResult result() {
        return result;
    }
}
