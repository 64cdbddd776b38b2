package dev.protostar.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A program Protostar runs in the workspace root, such as {@code git init} or {@code uv add ruff}.
 *
 * <p>The command is an argument list that reaches the program verbatim, never a shell string.
 *
 * @param command the program and its arguments
 * @param timeout how long the program may run before its whole process tree is stopped
 * @param description a short human description for progress output
 * @param owns the files and folders the program creates or rewrites
 * @param onFailure whether a failure stops the run or becomes a warning
 * @param stdoutTo a file that receives the program's standard output when it succeeds
 */
public record SystemTask(
        List<String> command,
        Duration timeout,
        String description,
        Set<WorkspacePath> owns,
        FailurePolicy onFailure,
        Optional<WorkspacePath> stdoutTo) {

    /** The timeout used when none is set. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

    /** What a failed task means for the run. */
    public enum FailurePolicy {
        /** The run stops and the workspace is restored. */
        FAIL,
        /** The run goes on; the failure becomes a warning and the run ends {@link RunStatus#PARTIAL_SUCCESS}. */
        WARN
    }

    /** Validates and copies the fields. */
    public SystemTask {
        command = List.copyOf(command);
        if (command.isEmpty() || command.get(0).isBlank()) {
            throw new IllegalArgumentException("A system task needs a program name");
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("A system task's timeout must be positive, got " + timeout);
        }
        Objects.requireNonNull(description, "description");
        owns = Collections.unmodifiableSet(new LinkedHashSet<>(owns));
        Objects.requireNonNull(onFailure, "onFailure");
        Objects.requireNonNull(stdoutTo, "stdoutTo");
    }

    /** Starts a builder for the program {@code program} with {@code arguments}. */
    public static Builder command(String program, String... arguments) {
        List<String> all = new ArrayList<>();
        all.add(program);
        all.addAll(List.of(arguments));
        return new Builder(all);
    }

    /** Starts a builder for an argument list whose first element is the program. */
    public static Builder command(List<String> commandLine) {
        return new Builder(new ArrayList<>(commandLine));
    }

    /** The program name, the first element of {@link #command()}. */
    public String program() {
        return command.get(0);
    }

    /** The command as one line for humans (not for a shell). */
    public String commandLine() {
        return String.join(" ", command);
    }

    /** Builds a {@link SystemTask}; defaults: {@link #DEFAULT_TIMEOUT}, failure stops the run. */
    public static final class Builder {
        private final List<String> command;
        private Duration timeout = DEFAULT_TIMEOUT;
        private String description;
        private final Set<WorkspacePath> owns = new LinkedHashSet<>();
        private FailurePolicy onFailure = FailurePolicy.FAIL;
        private WorkspacePath stdoutTo;

        private Builder(List<String> command) {
            this.command = command;
        }

        /** How long the program may run. */
        public Builder timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        /** A short human description; defaults to the command line. */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** Files and folders the program creates or rewrites. */
        public Builder owns(String... paths) {
            for (String p : paths) {
                owns.add(WorkspacePath.of(p));
            }
            return this;
        }

        /** A failure becomes a warning instead of stopping the run. */
        public Builder warnOnFailure() {
            this.onFailure = FailurePolicy.WARN;
            return this;
        }

        /** On success, the program's standard output is written to {@code path}. */
        public Builder stdoutTo(WorkspacePath path) {
            this.stdoutTo = path;
            return this;
        }

        /** The task. */
        public SystemTask build() {
            return new SystemTask(command, timeout, description != null ? description : String.join(" ", command),
                    owns, onFailure, Optional.ofNullable(stdoutTo));
        }
    }
}
