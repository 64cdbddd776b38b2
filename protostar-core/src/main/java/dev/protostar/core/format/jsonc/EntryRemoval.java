package dev.protostar.core.format.jsonc;

import java.util.ArrayList;
import java.util.List;

/**
 * How one entry (an object's member or an array's element) leaves its container, as splices that
 * only delete:
 *
 * <ul>
 *   <li>An entry that starts its line (only spaces, tabs and comments on one line between the line
 *       break and it) and whose line ends after it, its comma and comments starting on that line,
 *       goes with those whole lines, line break included. Comments on lines of their own stay.
 *   <li>Otherwise only the entry's characters go (its key, the comments between key and value, the
 *       value, and its comma with what lies before the comma), with the spaces that separated it
 *       from the next entry or, when nothing follows it on its line, from the previous one; comments
 *       around it stay.
 *   <li>A last entry without a comma takes the previous entry's comma with it, so a container
 *       without a trailing comma keeps having none; one with a trailing comma keeps it.
 * </ul>
 *
 * A container whose only entry is removed is emptied with the same rules; {@link #cascade} decides
 * whether it stays (it holds a comment, or it is the root) or leaves its own container in turn.
 */
final class EntryRemoval {

    private EntryRemoval() {
    }

    /**
     * One container on the way down to the entry being removed.
     *
     * @param open offset of its <code>'{'</code> or <code>'['</code>
     * @param close offset of its <code>'}'</code> or <code>']'</code>
     * @param entries its entries, in order
     * @param index the entry on the way (the one removed for the deepest level)
     */
    record Level(int open, int close, List<EntrySpan> entries, int index) {

        Level {
            entries = List.copyOf(entries);
        }

        /** The level of {@code object}, going through its member named {@code key}. */
        static Level of(ObjectSpan object, MemberSpan member) {
            List<EntrySpan> entries = new ArrayList<>(object.members().size());
            object.members().forEach(m -> entries.add(EntrySpan.of(m)));
            return new Level(object.open(), object.close(), entries, object.members().indexOf(member));
        }
    }

    /**
     * What removing an entry did.
     *
     * @param splices the deletions
     * @param depth the level whose entry was removed: the deepest, or a shallower one when emptied
     *     containers left their parents too
     * @param emptiedRoot whether level 0's container was emptied (it stays, as <code>{}</code> unless it holds comments)
     */
    record Outcome(List<Splice> splices, int depth, boolean emptiedRoot) {
    }

    /**
     * Removes the entry of the deepest of {@code levels} (root first). A container this empties and
     * that holds no comment afterwards is removed from its own container too, level by level; the
     * root stays, written {@code {}} when nothing but whitespace is left in it.
     */
    static Outcome cascade(String text, List<Level> levels) {
        for (int depth = levels.size() - 1; depth >= 0; depth--) {
            Level level = levels.get(depth);
            List<Splice> splices = splices(text, level.open(), level.close(), level.entries(), level.index());
            if (level.entries().size() > 1) {
                return new Outcome(splices, depth, false);
            }
            int from = level.open() + 1;
            List<Splice> local = new ArrayList<>(splices.size());
            splices.forEach(s -> local.add(new Splice(s.start() - from, s.end() - from, s.text())));
            String interior = Splice.apply(text.substring(from, level.close()), local);
            if (JsoncLexer.endOfLastComment(interior, 0, interior.length()) > 0) {
                return new Outcome(splices, depth, depth == 0);
            }
            if (depth == 0) {
                return new Outcome(List.of(new Splice(from, level.close(), "")), 0, true);
            }
        }
        throw new IllegalArgumentException("No container to remove an entry from");
    }

    /** The deletions that remove entry {@code index} of the container between {@code open} and {@code close}. */
    static List<Splice> splices(String text, int open, int close, List<EntrySpan> entries, int index) {
        EntrySpan entry = entries.get(index);
        EntrySpan previous = index > 0 ? entries.get(index - 1) : null;
        int boundary = previous == null ? open + 1 : previous.comma() + 1;
        int after = entry.hasComma() ? entry.comma() + 1 : entry.end();
        List<Splice> splices = new ArrayList<>(2);
        if (!entry.hasComma() && previous != null) {
            splices.add(new Splice(previous.comma(), previous.comma() + 1, ""));
        }
        int lineStart = lineStart(text, boundary, entry.start());
        MemberInsertion.Tail tail = MemberInsertion.tail(text, after);
        if (lineStart >= 0 && tail.lineBreak() >= 0) {
            splices.add(new Splice(lineStart, afterLineBreak(text, tail.lineBreak()), ""));
        } else if (entry.hasComma()) {
            int next = skipSpaces(text, after);
            boolean lineGoesOn = next < close && !JsoncLexer.isLineBreak(text.charAt(next));
            splices.add(lineGoesOn ? new Splice(entry.start(), next, "")
                    : new Splice(spacesBefore(text, entry.start(), boundary), after, ""));
        } else {
            splices.add(new Splice(spacesBefore(text, entry.start(), boundary), entry.end(), ""));
        }
        return splices;
    }

    /**
     * The offset where the line holding {@code start} begins, when only whitespace and comments
     * confined to that line lie between that line's beginning (a line break after {@code boundary})
     * and {@code start}; otherwise -1.
     */
    private static int lineStart(String text, int boundary, int start) {
        int lineStart = -1;
        boolean multiLineCommentSince = false;
        int i = boundary;
        while (i < start) {
            char c = text.charAt(i);
            if (JsoncLexer.isLineBreak(c)) {
                i++;
                lineStart = i;
                multiLineCommentSince = false;
            } else if (c == ' ' || c == '\t') {
                i++;
            } else {
                int end = JsoncLexer.commentEnd(text, i);
                if (end < 0 || end > start) {
                    throw new IllegalStateException("Internal error: expected only whitespace and comments at offset " + i);
                }
                multiLineCommentSince |= JsoncLexer.containsLineBreak(text, i, end);
                i = end;
            }
        }
        return multiLineCommentSince ? -1 : lineStart;
    }

    private static int afterLineBreak(String text, int lineBreak) {
        return text.charAt(lineBreak) == '\r' && lineBreak + 1 < text.length() && text.charAt(lineBreak + 1) == '\n'
                ? lineBreak + 2 : lineBreak + 1;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int spacesBefore(String text, int pos, int floor) {
        int i = pos;
        while (i > floor && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        return i;
    }
}
