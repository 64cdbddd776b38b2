package dev.protostar.core.lifecycle;

import dev.protostar.core.format.Slot;
import dev.protostar.core.format.TypedValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The comment lines Protostar wrote into a structured file ({@code # Ruff settings, added by
 * Protostar …}), remembered in the lock beside the values, so that retracting a tool also removes
 * its comments and a table it emptied goes with its header. They are recorded as member slots under
 * a key no file can hold by accident (a NUL character), and never reach the three-way kernel: a
 * comment is Protostar's while its line is in the file exactly as written, and is removed only
 * then.
 */
final class OwnComments {

    /** The key path of comment slots: one segment holding a NUL, which no real key holds. */
    static final List<String> KEY = List.of("\u0000comment");

    /** The result of {@link #retract}: the text without the comments no longer wanted, and those still Protostar's. */
    record Kept(String text, List<String> lines) {}

    private OwnComments() {}

    static boolean isCommentSlot(Slot slot) {
        return slot.keyPath().equals(KEY);
    }

    static Slot slot(String line) {
        return Slot.member(KEY, new TypedValue.Str(line));
    }

    /** The comment lines recorded in {@code baseline}. */
    static List<String> of(Map<Slot, TypedValue> baseline) {
        List<String> lines = new ArrayList<>();
        baseline.forEach((slot, value) -> {
            if (isCommentSlot(slot) && value instanceof TypedValue.Str line) {
                lines.add(line.value());
            }
        });
        return lines;
    }

    /** The comment lines a first-time merge wrote: in {@code result} and the request's own text, not in {@code before}. */
    static List<String> written(String before, String result, String desiredText) {
        if (result == null || desiredText == null) {
            return List.of();
        }
        Set<String> had = comments(before);
        Set<String> wanted = comments(desiredText);
        List<String> written = new ArrayList<>();
        for (String line : comments(result)) {
            if (!had.contains(line) && wanted.contains(line)) {
                written.add(line);
            }
        }
        return written;
    }

    /**
     * Removes from {@code text} the first exact occurrence of each of Protostar's comment lines that
     * {@code desiredText} no longer holds; the lines still wanted and still present stay Protostar's.
     */
    static Kept retract(String text, List<String> own, String desiredText) {
        if (text == null || own.isEmpty()) {
            return new Kept(text, List.of());
        }
        Set<String> wanted = comments(desiredText);
        List<String> lines = new ArrayList<>(List.of(text.split("(?<=\\n)", -1)));
        List<String> kept = new ArrayList<>();
        for (String comment : own) {
            int at = indexOf(lines, comment);
            if (at < 0) {
                continue; // the user changed or removed it: theirs now
            }
            if (wanted.contains(comment)) {
                kept.add(comment);
            } else {
                lines.remove(at);
            }
        }
        return new Kept(String.join("", lines), kept);
    }

    private static int indexOf(List<String> lines, String comment) {
        for (int i = 0; i < lines.size(); i++) {
            if (stripEnd(lines.get(i)).equals(comment)) {
                return i;
            }
        }
        return -1;
    }

    /** Every whole-line comment ({@code #} or {@code //}) of {@code text}, as written but without its line break. */
    private static Set<String> comments(String text) {
        Set<String> comments = new LinkedHashSet<>();
        if (text == null) {
            return comments;
        }
        for (String line : text.split("\\n", -1)) {
            String bare = stripEnd(line);
            String trimmed = bare.strip();
            if (trimmed.startsWith("\uFEFF")) {
                trimmed = trimmed.substring(1);
            }
            if (trimmed.startsWith("#") || trimmed.startsWith("//")) {
                comments.add(bare.startsWith("\uFEFF") ? bare.substring(1) : bare);
            }
        }
        return comments;
    }

    private static String stripEnd(String line) {
        String bare = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        return bare.endsWith("\r") ? bare.substring(0, bare.length() - 1) : bare;
    }
}
