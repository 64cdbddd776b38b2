package dev.protostar.core.process;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The bounded channel from the threads around a running process to the thread that called {@link
 * CommonsExecProcessRunner#run}. A sender waits while the channel is full, so a program that writes
 * faster than the listener reads is slowed down instead of filling the heap; once the receiver has
 * {@linkplain #close() closed} the channel, senders drop their events instead of waiting for ever.
 */
final class RunEvents {

    /** At most this many events wait; with lines of at most 16 KiB, a few MiB at worst. */
    static final int CAPACITY = 256;
    private static final long OFFER_SLICE_MILLIS = 50;

    private final BlockingQueue<RunEvent> queue = new ArrayBlockingQueue<>(CAPACITY);
    private volatile boolean closed;

    /** Queues {@code event}, waiting while the channel is full; drops it once the channel is closed. */
    void send(RunEvent event) {
        boolean interrupted = false;
        try {
            while (!closed) {
                try {
                    if (queue.offer(event, OFFER_SLICE_MILLIS, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    interrupted = true; // deliver first; the sender's interrupt status is restored below
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The next event, waiting at most {@code nanos}; {@code null} when none came. */
    RunEvent poll(long nanos) throws InterruptedException {
        return queue.poll(nanos, TimeUnit.NANOSECONDS);
    }

    /** The receiver stops listening: from now on events are dropped. */
    void close() {
        closed = true;
        queue.clear();
    }
}
