package dev.protostar.core.process;

import java.nio.charset.StandardCharsets;

/**
 * The last bytes of one output stream, up to a capacity, and how many bytes came in all. The buffer
 * starts small and grows up to the capacity, so a quiet program costs little; past the capacity the
 * oldest bytes are overwritten. Thread-safe: the pump appends while the runner may read.
 */
final class OutputTail {

    private static final int INITIAL_BYTES = 8192;

    private final int capacity;
    private byte[] ring;
    private int start;
    private int size;
    private long total;

    OutputTail(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive, got " + capacity);
        }
        this.capacity = capacity;
        this.ring = new byte[Math.min(capacity, INITIAL_BYTES)];
    }

    /** Adds {@code count} bytes of {@code bytes} from {@code offset}. */
    synchronized void append(byte[] bytes, int offset, int count) {
        total += count;
        if (count >= capacity) {
            ring = ring.length == capacity ? ring : new byte[capacity];
            System.arraycopy(bytes, offset + count - capacity, ring, 0, capacity);
            start = 0;
            size = capacity;
            return;
        }
        if (size + count > ring.length && ring.length < capacity) {
            grow(Math.min(capacity, Math.max(ring.length * 2, size + count)));
        }
        int end = (start + size) % ring.length;
        int first = Math.min(count, ring.length - end);
        System.arraycopy(bytes, offset, ring, end, first);
        System.arraycopy(bytes, offset + first, ring, 0, count - first);
        int overflow = size + count - ring.length;
        if (overflow > 0) {
            start = (start + overflow) % ring.length;
            size = ring.length;
        } else {
            size += count;
        }
    }

    private void grow(int length) {
        byte[] larger = new byte[length];
        copyInOrder(larger);
        ring = larger;
        start = 0;
    }

    private void copyInOrder(byte[] target) {
        int first = Math.min(size, ring.length - start);
        System.arraycopy(ring, start, target, 0, first);
        System.arraycopy(ring, 0, target, first, size - first);
    }

    /** How many bytes were appended in all. */
    synchronized long total() {
        return total;
    }

    /** Whether more bytes were appended than the capacity holds. */
    synchronized boolean overflowed() {
        return total > capacity;
    }

    /**
     * The bytes kept, decoded as UTF-8. When earlier bytes were dropped, the text starts with one line
     * saying how many (naming {@code stream}), and a character cut in half at the start is left out.
     */
    synchronized String text(String stream) {
        byte[] kept = new byte[size];
        copyInOrder(kept);
        long dropped = total - size;
        if (dropped == 0) {
            return new String(kept, StandardCharsets.UTF_8);
        }
        int from = 0;
        while (from < kept.length && from < 3 && (kept[from] & 0xC0) == 0x80) {
            from++; // continuation bytes of a character whose first byte was dropped
        }
        return "[protostar: " + (dropped + from) + " earlier bytes of " + stream + " were dropped; the last "
                + (kept.length - from) + " bytes follow]\n"
                + new String(kept, from, kept.length - from, StandardCharsets.UTF_8);
    }
}
