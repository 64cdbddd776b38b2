package dev.protostar.core.process;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.protostar.api.OutputStreamKind;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.SystemTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Stub programs and a recording listener for the process runner tests. */
final class Stubs {

    private Stubs() {}

    static void assumePosixShell() {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")),
                "these tests start stub programs written for a POSIX shell at /bin/sh, which this system lacks");
    }

    /** Writes an executable /bin/sh script called {@code name} into {@code directory}. */
    static Path script(Path directory, String name, String body) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(name);
            Files.writeString(file, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code pid} is a live process (a zombie waiting for its parent counts as dead). */
    static boolean isRunning(long pid) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String text = Files.readString(stat);
            char state = text.charAt(text.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException e) {
            return handle.get().isAlive();
        }
    }

    /** Waits (up to 10 s, polling) until {@code pid} is no longer running; returns whether it stopped. */
    static boolean awaitDeath(long pid) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (isRunning(pid)) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** Reads a pid a stub wrote, waiting (up to 10 s) for the file to be complete. */
    static long awaitPid(Path file) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() - deadline < 0) {
            if (Files.exists(file)) {
                String text = Files.readString(file);
                if (text.endsWith("\n")) {
                    return Long.parseLong(text.strip());
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the stub never wrote its pid to " + file);
    }

    static void killQuietly(long pid) {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }

    /** One line a listener received, with the thread it arrived on. */
    record Line(OutputStreamKind stream, String text, Thread thread) {}

    /** Records the output lines it receives; can react to each one. */
    static final class RecordingListener implements ProtostarListener {
        final List<Line> lines = new ArrayList<>();
        private final Consumer<String> onLine;

        RecordingListener() {
            this(line -> {});
        }

        RecordingListener(Consumer<String> onLine) {
            this.onLine = onLine;
        }

        @Override
        public synchronized void taskOutput(SystemTask task, OutputStreamKind stream, String line) {
            lines.add(new Line(stream, line, Thread.currentThread()));
            onLine.accept(line);
        }

        synchronized List<String> texts(OutputStreamKind stream) {
            return lines.stream().filter(l -> l.stream() == stream).map(Line::text).toList();
        }
    }
}
