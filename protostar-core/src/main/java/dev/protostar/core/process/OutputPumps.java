package dev.protostar.core.process;

import dev.protostar.api.OutputStreamKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import org.apache.commons.exec.ExecuteStreamHandler;

/**
 * The stream handler of one run: gives the process no input, and reads its standard output and
 * error on two daemon threads that keep every byte and report each line as a
 * {@link RunEvent.OutputLine}.
 *
 * <p>The executor calls {@link #stop()} once the direct child has exited; it waits until both
 * streams end. A background process the child left behind may hold a pipe open for much longer, so
 * the wait also ends once the streams have been quiet for {@link #QUIET_AFTER_EXIT_MILLIS}; after a
 * kill, {@link #stopWaitingAfter(long)} bounds it further. Either way the executor can return.
 */
final class OutputPumps implements ExecuteStreamHandler {

    private static final long JOIN_SLICE_MILLIS = 50;
    /** After the child exited, silence this long means only a left-behind process holds the pipes. */
    static final long QUIET_AFTER_EXIT_MILLIS = 500;

    private final BlockingQueue<RunEvent> events;
    private final String program;
    private final List<Pump> pumps = new ArrayList<>(2);
    private Pump stdout;
    private Pump stderr;
    private volatile long giveUpAtNanos;
    private volatile boolean givingUp;

    OutputPumps(BlockingQueue<RunEvent> events, String program) {
        this.events = events;
        this.program = program;
    }

    @Override
    public void setProcessInputStream(OutputStream input) {
        try {
            input.close(); // no input: a program that prompts reads end-of-file instead of waiting
        } catch (IOException e) {
            // The child may already be gone; there is nothing to feed it either way.
        }
    }

    @Override
    public void setProcessOutputStream(InputStream output) {
        stdout = new Pump(output, OutputStreamKind.STDOUT);
        pumps.add(stdout);
    }

    @Override
    public void setProcessErrorStream(InputStream error) {
        stderr = new Pump(error, OutputStreamKind.STDERR);
        pumps.add(stderr);
    }

    @Override
    public void start() {
        pumps.forEach(Thread::start);
    }

    /**
     * Waits for both streams to end, until they have been quiet for {@link #QUIET_AFTER_EXIT_MILLIS},
     * or until the time set by {@link #stopWaitingAfter(long)}.
     */
    @Override
    public void stop() {
        long stopCalled = System.nanoTime();
        long quiet = QUIET_AFTER_EXIT_MILLIS * 1_000_000L;
        for (Pump pump : pumps) {
            try {
                while (pump.isAlive()) {
                    long now = System.nanoTime();
                    if (givingUp && now - giveUpAtNanos >= 0) {
                        return;
                    }
                    if (now - stopCalled >= quiet && quietFor(now) >= quiet) {
                        return;
                    }
                    pump.join(JOIN_SLICE_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** How long no stream has delivered a byte, as of {@code now}. */
    private long quietFor(long now) {
        long quiet = Long.MAX_VALUE;
        for (Pump pump : pumps) {
            quiet = Math.min(quiet, now - pump.lastReadNanos);
        }
        return quiet;
    }

    /** From now on, {@link #stop()} waits at most {@code graceMillis} more for the streams to end. */
    void stopWaitingAfter(long graceMillis) {
        if (!givingUp) {
            giveUpAtNanos = System.nanoTime() + graceMillis * 1_000_000L;
            givingUp = true;
        }
    }

    /** Everything read from standard output so far, decoded as UTF-8. */
    String stdout() {
        return stdout == null ? "" : stdout.text();
    }

    /** Everything read from standard error so far, decoded as UTF-8. */
    String stderr() {
        return stderr == null ? "" : stderr.text();
    }

    /** Copies one stream into memory and splits it into lines as it goes. */
    private final class Pump extends Thread {
        private final InputStream source;
        private final OutputStreamKind kind;
        private final ByteArrayOutputStream all = new ByteArrayOutputStream();
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private volatile long lastReadNanos = System.nanoTime();

        Pump(InputStream source, OutputStreamKind kind) {
            super("protostar " + kind.name().toLowerCase(java.util.Locale.ROOT) + " of " + program);
            this.source = source;
            this.kind = kind;
            setDaemon(true);
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (source) {
                int count;
                while ((count = source.read(buffer)) >= 0) {
                    lastReadNanos = System.nanoTime();
                    synchronized (all) {
                        all.write(buffer, 0, count);
                    }
                    split(buffer, count);
                }
            } catch (IOException e) {
                // The pipe was closed under us (the executor cleans up after a kill); keep what we have.
            }
            if (line.size() > 0) {
                emitLine();
            }
        }

        private void split(byte[] buffer, int count) {
            int start = 0;
            for (int i = 0; i < count; i++) {
                if (buffer[i] == '\n') {
                    line.write(buffer, start, i - start);
                    emitLine();
                    start = i + 1;
                }
            }
            line.write(buffer, start, count - start);
        }

        private void emitLine() {
            byte[] bytes = line.toByteArray();
            line.reset();
            int length = bytes.length;
            if (length > 0 && bytes[length - 1] == '\r') {
                length--;
            }
            events.add(new RunEvent.OutputLine(kind, new String(bytes, 0, length, StandardCharsets.UTF_8)));
        }

        String text() {
            synchronized (all) {
                return all.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
