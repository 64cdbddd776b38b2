package dev.protostar.core.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts each task in a session (and so a process group) of its own with the util-linux {@code
 * setsid} program, so that everything the task starts can be stopped as one group when the task
 * ends, times out or is interrupted, even processes that left the task's process tree.
 *
 * <p>Java starts a child in the JVM's own process group, so the child is never a group leader and
 * {@code setsid} calls {@code setsid(2)} and then executes the command itself, without forking: the
 * task's pid is its session id and group id. {@code --wait} is passed anyway (util-linux only), so
 * that, should {@code setsid} ever fork, the task's exit status still comes back.
 *
 * <p>{@code setsid} is looked for at {@code /usr/bin/setsid} and {@code /bin/setsid} only, never on
 * the task's {@code PATH}, which a project or a test may control. Without it (macOS, a minimal
 * image) or without {@code /bin/sh} to signal groups, tasks start as direct children and are stopped
 * by walking their process tree, which cannot reach a process that left the tree.
 */
record SessionLauncher(Optional<Path> setsid, boolean waitFlag) {

    private static final List<Path> LOCATIONS = List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));

    /** The system's {@code setsid}, when it has one and a shell to signal groups with. */
    static SessionLauncher detect() {
        if (!Files.isExecutable(ProcessGroup.SHELL)) {
            return none();
        }
        for (Path candidate : LOCATIONS) {
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return new SessionLauncher(Optional.of(candidate), !isBusybox(candidate));
            }
        }
        return none();
    }

    /** Tasks start as direct children, without a session of their own. */
    static SessionLauncher none() {
        return new SessionLauncher(Optional.empty(), false);
    }

    private static boolean isBusybox(Path setsid) {
        try {
            return setsid.toRealPath().getFileName().toString().contains("busybox");
        } catch (IOException | RuntimeException e) {
            return true; // unknown: leave out the util-linux-only flag
        }
    }

    /** Whether tasks get a session of their own. */
    boolean isAvailable() {
        return setsid.isPresent();
    }

    /** The command that starts {@code program} with {@code arguments} in a new session. */
    List<String> wrap(Path program, List<String> arguments) {
        List<String> command = new ArrayList<>();
        setsid.ifPresent(path -> {
            command.add(path.toString());
            if (waitFlag) {
                command.add("--wait");
            }
        });
        command.add(program.toString());
        command.addAll(arguments);
        return command;
    }

    /**
     * The first line {@code setsid} writes to standard error when it cannot execute the program
     * starts with this ({@code "setsid: "}, untranslated; the rest may be in the user's language).
     */
    String failurePrefix() {
        return "setsid: ";
    }
}
