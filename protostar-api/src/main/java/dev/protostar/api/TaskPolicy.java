package dev.protostar.api;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a run treats every system task, whatever the modules declared for it.
 *
 * <ul>
 *   <li>{@code timeout}: when present, the time limit of every task, replacing the task's own limit
 *       whether that was shorter or longer ({@link SystemTask#DEFAULT_TIMEOUT} for most tasks, ten
 *       minutes for dependency installs). Set it from {@code --timeout} or {@code [env] task_timeout}.
 *   <li>{@code strict}: a failed optional task ({@link SystemTask.FailurePolicy#WARN}, such as a
 *       dependency install) stops the run and restores the workspace like a required one, instead
 *       of ending the run {@link RunStatus#PARTIAL_SUCCESS}.
 * </ul>
 *
 * @param timeout the time limit of every task; empty to keep each task's own
 * @param strict whether a failed optional task fails the run
 */
public record TaskPolicy(Optional<Duration> timeout, boolean strict) {

    /** The longest time limit accepted: a day. */
    public static final Duration LONGEST_TIMEOUT = Duration.ofDays(1);

    private static final Pattern DURATION = Pattern.compile("(?:([0-9]{1,5})h)?(?:([0-9]{1,5})m)?(?:([0-9]{1,6})s)?");

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException when the timeout is not positive or longer than {@link #LONGEST_TIMEOUT}
     */
    public TaskPolicy {
        Objects.requireNonNull(timeout, "timeout").ifPresent(limit -> requireUsable(limit, format(limit)));
    }

    /** Each task's own time limit and failure policy. */
    public static TaskPolicy defaults() {
        return new TaskPolicy(Optional.empty(), false);
    }

    /** {@code task} as this policy runs it: its time limit replaced, and a failure made fatal when strict. */
    public SystemTask applyTo(SystemTask task) {
        Duration limit = timeout.orElse(task.timeout());
        SystemTask.FailurePolicy onFailure = strict ? SystemTask.FailurePolicy.FAIL : task.onFailure();
        if (limit.equals(task.timeout()) && onFailure == task.onFailure()) {
            return task;
        }
        return new SystemTask(task.command(), limit, task.description(), task.owns(), onFailure, task.stdoutTo());
    }

    /**
     * Reads a duration written as hours, minutes and seconds, each optional but in this order:
     * {@code 90s}, {@code 10m}, {@code 1h}, {@code 1h30m}.
     *
     * @throws IllegalArgumentException saying what is wrong and what a duration looks like, when
     *     {@code text} is not one, is zero, or is longer than {@link #LONGEST_TIMEOUT}
     */
    public static Duration parseDuration(String text) {
        String value = Objects.requireNonNull(text, "text").strip().toLowerCase(Locale.ROOT);
        Matcher matcher = DURATION.matcher(value);
        if (value.isEmpty() || !matcher.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a duration such as 90s, 10m or 1h30m");
        }
        Duration duration = Duration.ofHours(number(matcher.group(1))).plusMinutes(number(matcher.group(2)))
                .plusSeconds(number(matcher.group(3)));
        requireUsable(duration, "\"" + text + "\"");
        return duration;
    }

    /** A duration as {@link #parseDuration} reads it, such as {@code 10m} or {@code 1h30m}. */
    public static String format(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            return duration.toMillis() + "ms";
        }
        long seconds = duration.toSeconds();
        StringBuilder text = new StringBuilder();
        if (seconds >= 3600) {
            text.append(seconds / 3600).append('h');
        }
        if (seconds % 3600 >= 60) {
            text.append(seconds % 3600 / 60).append('m');
        }
        if (seconds % 60 != 0 || text.length() == 0) {
            text.append(seconds % 60).append('s');
        }
        return text.toString();
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    private static void requireUsable(Duration duration, String written) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(written + " is too short: a task timeout must be longer than 0 s");
        }
        if (duration.compareTo(LONGEST_TIMEOUT) > 0) {
            throw new IllegalArgumentException(written + " is too long: a task timeout is at most a day (24h)");
        }
    }
}
