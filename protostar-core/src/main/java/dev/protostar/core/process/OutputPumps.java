package dev.protostar.core.process;

import dev.protostar.api.OutputStreamKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.exec.ExecuteStreamHandler;

/**
 * The stream handler of one run: gives the process no input, and reads its standard output and
 * error on two daemon threads that keep a bounded {@link OutputTail} of each and report each line
 * (cut at {@link #MAX_LINE_BYTES}) as a {@link RunEvent.OutputLine} through the bounded {@link
 * RunEvents}. Memory stays bounded whatever the program writes.
 *
 * <p>A reading thread that fails (an {@link Error} included) records why, then reads on and
 * discards the rest, so the program is not left blocked on a full pipe; {@link #failure()} tells the
 * runner, which fails the task.
 *
 * <p>The executor calls {@link #stop()} once the direct child has exited; it waits until both
 * streams end. A background process the child left behind may hold a pipe open for much longer, so
 * the wait also ends once the streams have been quiet for {@link #QUIET_AFTER_EXIT_MILLIS}; after a
 * kill, {@link #stopWaitingAfter(long)} bounds it further. Either way the executor can return.
 */
final class OutputPumps implements ExecuteStreamHandler {

    /** Longer lines reach the listener cut to this many bytes, with a note. */
    static final int MAX_LINE_BYTES = 16 * 1024;
    private static final long JOIN_SLICE_MILLIS = 50;
    /** After the child exited, silence this long means only a left-behind process holds the pipes. */
    static final long QUIET_AFTER_EXIT_MILLIS = 500;

    private final RunEvents events;
    private final String program;
    private final int stdoutCapacity;
    private final int stderrCapacity;
    private final String heldStderrPrefix;
    private final List<Pump> pumps = new ArrayList<>(2);
    private Pump stdout;
    private Pump stderr;
    private volatile long giveUpAtNanos;
    private volatile boolean givingUp;

    /**
     * @param events where lines go
     * @param program the program's name, for thread names
     * @param stdoutCapacity how many bytes of standard output to keep (the last ones)
     * @param stderrCapacity how many bytes of standard error to keep (the last ones)
     * @param heldStderrPrefix a first line of standard error starting with this is held back, not sent
     *     (see {@link #heldStderrLine()}); {@code null} for none
     */
    OutputPumps(RunEvents events, String program, int stdoutCapacity, int stderrCapacity, String heldStderrPrefix) {
        this.events = events;
        this.program = program;
        this.stdoutCapacity = stdoutCapacity;
        this.stderrCapacity = stderrCapacity;
        this.heldStderrPrefix = heldStderrPrefix;
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
        stdout = new Pump(output, OutputStreamKind.STDOUT, stdoutCapacity, null);
        pumps.add(stdout);
    }

    @Override
    public void setProcessErrorStream(InputStream error) {
        stderr = new Pump(error, OutputStreamKind.STDERR, stderrCapacity, heldStderrPrefix);
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

    /** How long no stream has made progress (read a byte or handed over a line), as of {@code now}. */
    private long quietFor(long now) {
        long quiet = Long.MAX_VALUE;
        for (Pump pump : pumps) {
            quiet = Math.min(quiet, pump.sending ? 0 : now - pump.lastProgressNanos);
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

    /** The standard output kept (see {@link OutputTail#text}). */
    String stdout() {
        return stdout == null ? "" : stdout.tail.text("standard output");
    }

    /** The standard error kept (see {@link OutputTail#text}). */
    String stderr() {
        return stderr == null ? "" : stderr.tail.text("standard error");
    }

    /** Whether the program wrote more to standard output than {@code stdoutCapacity}. */
    boolean stdoutOverflowed() {
        return stdout != null && stdout.tail.overflowed();
    }

    /** How many bytes the program wrote to standard output. */
    long stdoutBytes() {
        return stdout == null ? 0 : stdout.tail.total();
    }

    /** The first line of standard error, when it started with the held prefix and was not sent. */
    Optional<String> heldStderrLine() {
        return stderr == null ? Optional.empty() : Optional.ofNullable(stderr.held);
    }

    /** Why a reading thread failed, naming its stream, when one did. */
    Optional<String> failure() {
        for (Pump pump : pumps) {
            Throwable failure = pump.failure;
            if (failure != null) {
                return Optional.of("the thread reading its " + pump.streamName() + " failed with "
                        + failure.getClass().getName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage())
                        + "; its output after that point was discarded");
            }
        }
        return Optional.empty();
    }

    /** Reads one stream into its tail and its lines. */
    private final class Pump extends Thread {
        private final InputStream source;
        private final OutputStreamKind kind;
        private final OutputTail tail;
        private final OutputLines lines;
        private final String heldPrefix;
        private final byte[] buffer = new byte[8192];
        private volatile long lastProgressNanos = System.nanoTime();
        private volatile boolean sending;
        private volatile Throwable failure;
        private volatile String held;
        private boolean firstLine = true;

        Pump(InputStream source, OutputStreamKind kind, int capacity, String heldPrefix) {
            super("protostar " + kind.name().toLowerCase(Locale.ROOT) + " of " + program);
            this.source = source;
            this.kind = kind;
            this.tail = new OutputTail(capacity);
            this.lines = new OutputLines(MAX_LINE_BYTES, this::send);
            this.heldPrefix = heldPrefix;
            setDaemon(true);
        }

        String streamName() {
            return kind == OutputStreamKind.STDOUT ? "standard output" : "standard error";
        }

        @Override
        public void run() {
            try {
                pump();
            } catch (Throwable t) {
                failure = t; // recorded before anything else can fail: the runner fails the task
                discardRest();
            } finally {
                try {
                    source.close();
                } catch (Throwable ignored) {
                    // Nothing more to read either way.
                }
            }
        }

        private void pump() {
            try {
                int count;
                while ((count = source.read(buffer)) >= 0) {
                    lastProgressNanos = System.nanoTime();
                    tail.append(buffer, 0, count);
                    lines.accept(buffer, count);
                }
            } catch (IOException e) {
                // The pipe was closed under us (the executor cleans up after a kill); keep what we have.
            }
            lines.finish();
        }

        /** Keeps the pipe drained so the program is not blocked on it; allocates nothing. */
        private void discardRest() {
            try {
                while (source.read(buffer) >= 0) {
                    lastProgressNanos = System.nanoTime();
                }
            } catch (Throwable ignored) {
                // The pipe is gone or still failing; the failure is already recorded.
            }
        }

        private void send(String text) {
            if (firstLine) {
                firstLine = false;
                if (heldPrefix != null && text.startsWith(heldPrefix)) {
                    held = text;
                    return;
                }
            }
            if (held != null) {
                deliver(held);
                held = null;
            }
            deliver(text);
        }

        private void deliver(String text) {
            sending = true;
            try {
                events.send(new RunEvent.OutputLine(kind, text));
            } finally {
                sending = false;
                lastProgressNanos = System.nanoTime();
            }
        }
    }
}
