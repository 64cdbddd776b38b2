package dev.protostar.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.OutputStreamKind;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TaskResult;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's output stays bounded whatever a program writes (issue 12, item 4). */
class BoundedOutputTest {

    private static final String LINE = "0123456789abcdef"; // 16 characters, 17 bytes with the newline

    @TempDir
    Path folder;

    private Workspace workspace;
    private CommonsExecProcessRunner runner;

    @BeforeEach
    void setUp() {
        Stubs.assumePosixShell();
        workspace = Workspace.at(folder);
        runner = CommonsExecProcessRunner.create();
    }

    /** Counts lines per stream without keeping them. */
    private static final class CountingListener implements ProtostarListener {
        long stdout;
        long stderr;
        String last;

        @Override
        public void taskOutput(SystemTask task, OutputStreamKind stream, String line) {
            if (stream == OutputStreamKind.STDOUT) {
                stdout++;
            } else {
                stderr++;
            }
            last = line;
        }
    }

    @Test
    void aFloodKeepsTheLastMebibyteSaysWhatWasDroppedAndStreamsEveryLine() {
        CountingListener listener = new CountingListener();
        SystemTask task = SystemTask.command("sh", "-c", "yes " + LINE + " | head -n 1000000; echo oops >&2").build();

        TaskResult result = runner.run(task, workspace, listener);

        assertThat(result.succeeded()).isTrue();
        assertThat(listener.stdout).isEqualTo(1_000_000);
        assertThat(listener.stderr).isEqualTo(1);
        long total = 17_000_000L;
        int kept = CommonsExecProcessRunner.OUTPUT_TAIL_BYTES;
        String header = "[protostar: " + (total - kept) + " earlier bytes of standard output were dropped; the last "
                + kept + " bytes follow]\n";
        assertThat(result.stdout()).startsWith(header).endsWith(LINE + "\n");
        assertThat(result.stdout()).hasSize(header.length() + kept);
        assertThat(result.stdout().substring(header.length())).isEqualTo(
                (LINE + "\n").repeat(61681).substring(17 * 61681 - kept)); // 61681 lines cover 1 MiB
        assertThat(result.stderr()).isEqualTo("oops\n");
    }

    @Test
    void aLineWithoutNewlineIsCutForTheListenerAndTheTailKeepsItsEnd() {
        CountingListener listener = new CountingListener();
        SystemTask task = SystemTask.command("sh", "-c", "head -c 50000000 /dev/zero | tr '\\0' x").build();

        TaskResult result = runner.run(task, workspace, listener);

        assertThat(result.succeeded()).isTrue();
        assertThat(listener.stdout).isEqualTo(1);
        assertThat(listener.last).isEqualTo("x".repeat(16384)
                + " [protostar: line cut after 16384 bytes; " + (50_000_000 - 16384) + " more bytes dropped]");
        assertThat(result.stdout()).endsWith("x".repeat(CommonsExecProcessRunner.OUTPUT_TAIL_BYTES))
                .startsWith("[protostar: " + (50_000_000 - CommonsExecProcessRunner.OUTPUT_TAIL_BYTES) + " earlier");
    }

    @Test
    void standardOutputForAFileIsKeptWholeUpToItsLimit() {
        SystemTask task = SystemTask.command("sh", "-c", "yes " + LINE + " | head -n 300000")
                .stdoutTo(WorkspacePath.of("requirements.txt")).build();

        TaskResult result = runner.run(task, workspace, ProtostarListener.none());

        assertThat(result.succeeded()).isTrue();
        assertThat(result.outputFailure()).isEmpty();
        assertThat(result.stdout()).isEqualTo((LINE + "\n").repeat(300_000)); // 5.1 MB: more than a tail, all of it
    }

    @Test
    void standardOutputForAFileBeyondItsLimitFailsTheTaskNamingTheLimit() {
        SystemTask task = SystemTask.command("sh", "-c", "yes " + LINE + " | head -n 600000")
                .stdoutTo(WorkspacePath.of("requirements.txt")).build();

        TaskResult result = runner.run(task, workspace, ProtostarListener.none());

        assertThat(result.exitCode()).isZero();
        assertThat(result.succeeded()).isFalse();
        assertThat(result.outputFailure()).contains("its standard output, which goes to requirements.txt, was 10200000"
                + " bytes, more than the 8388608 bytes (8 MiB) Protostar takes for a file; nothing was written to"
                + " requirements.txt");
        assertThat(new dev.protostar.api.TaskFailedException(task, result, null).getMessage())
                .contains("exited with code 0, but its output could not be collected").contains("8388608");
    }

    @Test
    void outputIsBoundedUnderASmallHeap() throws Exception {
        // A JVM with a 64 MiB heap runs a child that writes 200 MB; before the bound the reading
        // thread died of OutOfMemoryError and the task still "succeeded".
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx64m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), SmallHeapFlood.class.getName(), folder.toString()));
        Path log = folder.resolve("flood.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the flood finished").isTrue();
        } finally {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);

        int kept = CommonsExecProcessRunner.OUTPUT_TAIL_BYTES;
        String header = "[protostar: " + (200_000_000 - kept) + " earlier bytes of standard output were dropped;"
                + " the last " + kept + " bytes follow]";
        assertThat(output).isEqualTo("exit=0 succeeded=true stdoutLines=4000000 stderrLines=0 kept="
                + (header.length() + 1 + kept) + " first=" + header + " failure=Optional.empty\n");
        assertThat(process.exitValue()).isZero();
    }

    @Test
    void aFailingReaderIsReportedNotSwallowed() throws IOException {
        RunEvents events = new RunEvents();
        OutputPumps pumps = new OutputPumps(events, "test", 1024, 1024, null);
        byte[] rest = new byte[100_000];
        java.io.InputStream failing = new java.io.InputStream() {
            private int calls;
            private int position;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (calls++ == 1) {
                    throw new OutOfMemoryError("Java heap space (simulated)");
                }
                if (position >= rest.length) {
                    return -1;
                }
                int count = Math.min(length, rest.length - position);
                position += count;
                return count;
            }
        };
        pumps.setProcessOutputStream(failing);
        pumps.setProcessErrorStream(java.io.InputStream.nullInputStream());
        pumps.start();
        pumps.stop();
        events.close();

        assertThat(pumps.failure()).contains("the thread reading its standard output failed with"
                + " java.lang.OutOfMemoryError: Java heap space (simulated); its output after that point was discarded");
    }

    @Test
    void aResultWithAnOutputFailureHasNotSucceededWhateverItsExitCode() {
        TaskResult failed = new TaskResult(0, "", "", false, Duration.ZERO,
                java.util.Optional.of("the thread reading its standard output failed with java.lang.OutOfMemoryError"));

        assertThat(failed.succeeded()).isFalse();
        assertThat(new TaskResult(0, "", "", false, Duration.ZERO).succeeded()).isTrue();
    }
}
