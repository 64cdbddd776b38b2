package dev.protostar.core.diff;

import dev.protostar.api.FileContent;
import dev.protostar.api.WorkspacePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Unified diffs as {@code diff -u} prints them: {@code ---}/{@code +++} headers, hunks with {@code
 * @@ -l,s +l,s @@} headers (a count of one is left out; an empty side starts at the line before),
 * {@value #DEFAULT_CONTEXT} lines of context by default, hunks closer than twice the context
 * merged, deletions before insertions within a change, and {@code \ No newline at end of file}
 * after a last line that has no newline.
 *
 * <p>Lines end at {@code \n}; a {@code \r} before it belongs to the line, so CRLF files diff line
 * by line and a changed line ending is a changed line. The edit script is a shortest one (Myers),
 * so the diff is minimal, although where several minimal diffs exist it may pick another one than
 * GNU diff; only where two texts differ by thousands of lines is a region shown as replaced
 * wholesale, to bound the work. Stateless.
 */
public final class UnifiedDiff {

    /** The number of context lines around each change, as {@code diff -u} uses. */
    public static final int DEFAULT_CONTEXT = 3;

    private static final String DEV_NULL = "/dev/null";
    private static final String NO_NEWLINE = "\\ No newline at end of file\n";

    private UnifiedDiff() {}

    /**
     * The diff of one workspace file as a plan shows it: labelled {@code a/path} and {@code b/path},
     * with {@code /dev/null} for a side that does not exist. When either side is not text (see
     * {@link FileContent#text()}) the result is the one line {@code Binary files a/path and b/path
     * differ}. An empty file created or deleted gets the two header lines alone. Empty when both
     * sides are equal.
     */
    public static String ofFile(WorkspacePath path, Optional<FileContent> before, Optional<FileContent> after) {
        if (before.equals(after)) {
            return "";
        }
        String from = before.isPresent() ? "a/" + path : DEV_NULL;
        String to = after.isPresent() ? "b/" + path : DEV_NULL;
        Optional<String> oldText = before.isPresent() ? before.get().text() : Optional.of("");
        Optional<String> newText = after.isPresent() ? after.get().text() : Optional.of("");
        if (oldText.isEmpty() || newText.isEmpty()) {
            return "Binary files " + from + " and " + to + " differ\n";
        }
        if (oldText.get().equals(newText.get())) {
            return "--- " + from + "\n+++ " + to + "\n"; // an empty file created or deleted
        }
        return of(from, to, oldText.get(), newText.get(), DEFAULT_CONTEXT);
    }

    /** The unified diff from {@code before} to {@code after} with {@value #DEFAULT_CONTEXT} lines of context; empty when equal. */
    public static String of(String fromLabel, String toLabel, String before, String after) {
        return of(fromLabel, toLabel, before, after, DEFAULT_CONTEXT);
    }

    /**
     * The unified diff from {@code before} to {@code after}, labelled {@code --- fromLabel} and
     * {@code +++ toLabel}, with {@code context} lines of context; empty when the texts are equal.
     *
     * @throws IllegalArgumentException when {@code context} is negative
     */
    public static String of(String fromLabel, String toLabel, String before, String after, int context) {
        if (context < 0) {
            throw new IllegalArgumentException("context must not be negative, got " + context);
        }
        if (before.equals(after)) {
            return "";
        }
        List<String> oldLines = lines(before);
        List<String> newLines = lines(after);
        List<Line> script = script(LineDiff.between(oldLines, newLines), oldLines, newLines);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(fromLabel).append('\n');
        out.append("+++ ").append(toLabel).append('\n');
        for (int[] hunk : hunks(script, context)) {
            appendHunk(out, script, hunk[0], hunk[1]);
        }
        return out.toString();
    }

    /** The lines of {@code text}, each with its {@code \n}; the last may lack one. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines;
    }

    private enum Op { KEEP, DELETE, INSERT }

    /** One line of the edit script, with its 0-based positions in the old and new text before it is applied. */
    private record Line(Op op, String text, int oldIndex, int newIndex) {}

    private static List<Line> script(LineDiff diff, List<String> oldLines, List<String> newLines) {
        List<Line> script = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < oldLines.size() || j < newLines.size()) {
            if (i < oldLines.size() && diff.isDeleted(i)) {
                script.add(new Line(Op.DELETE, oldLines.get(i), i, j));
                i++;
            } else if (j < newLines.size() && diff.isInserted(j)) {
                script.add(new Line(Op.INSERT, newLines.get(j), i, j));
                j++;
            } else {
                script.add(new Line(Op.KEEP, oldLines.get(i), i, j));
                i++;
                j++;
            }
        }
        return script;
    }

    /** {@code {first, end}} ranges of the script, each a hunk: changes plus context, merged when close. */
    private static List<int[]> hunks(List<Line> script, int context) {
        List<int[]> hunks = new ArrayList<>();
        int index = 0;
        while (index < script.size()) {
            if (script.get(index).op() == Op.KEEP) {
                index++;
                continue;
            }
            int first = Math.max(0, index - context);
            int lastChange = index;
            int scan = index + 1;
            while (scan < script.size()) {
                if (script.get(scan).op() != Op.KEEP) {
                    lastChange = scan;
                } else if (scan - lastChange > 2 * context) {
                    break;
                }
                scan++;
            }
            int end = Math.min(script.size(), lastChange + context + 1);
            hunks.add(new int[] {first, end});
            index = end;
        }
        return hunks;
    }

    private static void appendHunk(StringBuilder out, List<Line> script, int first, int end) {
        int oldCount = 0;
        int newCount = 0;
        for (int i = first; i < end; i++) {
            Op op = script.get(i).op();
            oldCount += op == Op.INSERT ? 0 : 1;
            newCount += op == Op.DELETE ? 0 : 1;
        }
        Line start = script.get(first);
        out.append("@@ -").append(range(start.oldIndex(), oldCount))
                .append(" +").append(range(start.newIndex(), newCount)).append(" @@\n");
        for (int i = first; i < end; i++) {
            Line line = script.get(i);
            out.append(switch (line.op()) {
                case KEEP -> ' ';
                case DELETE -> '-';
                case INSERT -> '+';
            });
            if (line.text().endsWith("\n")) {
                out.append(line.text());
            } else {
                out.append(line.text()).append('\n').append(NO_NEWLINE);
            }
        }
    }

    /** {@code start,count} as diff prints it: 1-based; {@code start} alone for one line; the line before for none. */
    private static String range(int zeroBasedStart, int count) {
        if (count == 0) {
            return zeroBasedStart + ",0";
        }
        if (count == 1) {
            return String.valueOf(zeroBasedStart + 1);
        }
        return (zeroBasedStart + 1) + "," + count;
    }
}
