package dev.protostar.core.format.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replacements of character ranges of one text, collected first and applied together. Ranges must
 * not overlap; insertions at the same offset keep the order they were added in.
 */
final class TextEdits {

    private record Splice(int start, int end, String text, int order) {
    }

    private final String text;
    private final List<Splice> splices = new ArrayList<>();

    TextEdits(String text) {
        this.text = text;
    }

    void insert(int offset, String inserted) {
        replace(offset, offset, inserted);
    }

    void replace(int start, int end, String replacement) {
        if (start < 0 || end < start || end > text.length()) {
            throw new IllegalArgumentException("Bad range " + start + ".." + end + " of " + text.length());
        }
        splices.add(new Splice(start, end, replacement, splices.size()));
    }

    boolean isEmpty() {
        return splices.isEmpty();
    }

    /** Whether some splice inserts text at {@code offset}. */
    boolean insertsAt(int offset) {
        return splices.stream().anyMatch(splice -> splice.start() == offset && !splice.text().isEmpty());
    }

    /** Whether some splice removes or replaces text up to the end of the text. */
    boolean replacesEnd() {
        return splices.stream().anyMatch(splice -> splice.end() == text.length() && splice.start() < splice.end());
    }

    /** Whether some splice replaces the character at {@code offset}. */
    boolean replaces(int offset) {
        return splices.stream().anyMatch(splice -> splice.start() <= offset && offset < splice.end());
    }

    /** The text with every splice applied. */
    String apply() {
        List<Splice> ordered = new ArrayList<>(splices);
        ordered.sort(Comparator.comparingInt(Splice::start).thenComparingInt(Splice::end)
                .thenComparingInt(Splice::order));
        StringBuilder out = new StringBuilder(text.length() + 256);
        int copied = 0;
        for (Splice splice : ordered) {
            if (splice.start() < copied) {
                throw new IllegalStateException("Overlapping edits at offset " + splice.start());
            }
            out.append(text, copied, splice.start()).append(splice.text());
            copied = splice.end();
        }
        return out.append(text, copied, text.length()).toString();
    }
}
