package dev.protostar.core.format.jsonc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One edit of a text: the characters from {@code start} (inclusive) to {@code end} (exclusive)
 * become {@code text}. An insertion has {@code start == end}.
 *
 * @param start first offset replaced
 * @param end offset after the last replaced character
 * @param text the new characters
 */
record Splice(int start, int end, String text) {

    Splice {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad splice range " + start + ".." + end);
        }
    }

    /** Inserts {@code text} at {@code offset}. */
    static Splice insert(int offset, String text) {
        return new Splice(offset, offset, text);
    }

    /**
     * {@code original} with every splice applied. Splices must not overlap; insertions at the same
     * offset land in list order.
     *
     * @throws IllegalStateException when two splices overlap (an internal error)
     */
    static String apply(String original, List<Splice> splices) {
        List<Splice> ordered = new ArrayList<>(splices);
        ordered.sort(Comparator.comparingInt(Splice::start)); // stable: keeps list order on ties
        StringBuilder out = new StringBuilder(original.length() + 64 * ordered.size());
        int copied = 0;
        for (Splice splice : ordered) {
            if (splice.start() < copied) {
                throw new IllegalStateException("Internal error: overlapping JSON edits at offset " + splice.start());
            }
            out.append(original, copied, splice.start()).append(splice.text());
            copied = splice.end();
        }
        return out.append(original, copied, original.length()).toString();
    }
}
