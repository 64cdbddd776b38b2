package dev.protostar.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Properties over generated texts: the edit script is as short as the longest common subsequence
 * allows, and applying the unified diff to the old text gives the new text, whatever the context.
 */
class UnifiedDiffPropertiesTest {

    private static final long SEED = 20_240_611L;
    private static final int EXAMPLES = 1_000;

    /** Few distinct lines, so that texts share many lines and alignments are ambiguous. */
    private static final List<String> LINES = List.of("a", "b", "c", "", "  indented", "x = 1", "x = 2", "end\r");

    private static Gen<String> texts() {
        Gen<List<String>> lines = SourceDSL.lists().of(Generate.pick(LINES)).ofSizeBetween(0, 30);
        return lines.zip(Generate.booleans(), (ls, finalNewline) -> {
            String text = String.join("\n", ls);
            return finalNewline && !ls.isEmpty() ? text + "\n" : text;
        });
    }

    @Test
    void theEditScriptIsMinimal() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(texts(), texts()).checkAssert((before, after) -> {
            List<String> a = UnifiedDiff.lines(before);
            List<String> b = UnifiedDiff.lines(after);

            assertThat(LineDiff.between(a, b).editCount()).isEqualTo(a.size() + b.size() - 2 * lcsLength(a, b));
        });
    }

    @Test
    void applyingTheDiffGivesTheNewText() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(texts(), texts(), SourceDSL.integers().between(0, 4))
                .checkAssert((before, after, context) -> {
                    String diff = UnifiedDiff.of("a/f", "b/f", before, after, context);

                    assertThat(diff.isEmpty()).isEqualTo(before.equals(after));
                    assertThat(apply(before, diff)).isEqualTo(after);
                });
    }

    @Test
    void largeFilesThatDifferEverywhereStillGiveACorrectDiff() {
        String before = "header\n" + numbered("old", 6_000) + "footer\n";
        String after = "header\n" + numbered("new", 6_000) + "footer\n";

        String diff = UnifiedDiff.of("a/f", "b/f", before, after);

        assertThat(apply(before, diff)).isEqualTo(after);
        assertThat(diff).startsWith("--- a/f\n+++ b/f\n@@ -1,6002 +1,6002 @@\n header\n-old 0\n");
    }

    @Test
    void scatteredChangesInALargeFileStayMinimal() {
        List<String> before = UnifiedDiff.lines(numbered("line", 20_000));
        List<String> after = new ArrayList<>(before);
        for (int i = 0; i < 20_000; i += 997) {
            after.set(i, "changed " + i + "\n");
        }

        LineDiff diff = LineDiff.between(before, after);

        assertThat(diff.editCount()).isEqualTo(2 * 21);
        assertThat(apply(String.join("", before), UnifiedDiff.of("a/f", "b/f", String.join("", before),
                String.join("", after)))).isEqualTo(String.join("", after));
    }

    private static String numbered(String prefix, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(prefix).append(' ').append(i).append('\n');
        }
        return text.toString();
    }

    private static int lcsLength(List<String> a, List<String> b) {
        int[][] lengths = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lengths[i][j] = a.get(i).equals(b.get(j))
                        ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
            }
        }
        return lengths[0][0];
    }

    private static final Pattern HUNK = Pattern.compile("@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");

    /** A strict patch: every context and deleted line must match, every count must add up. */
    private static String apply(String before, String diff) {
        if (diff.isEmpty()) {
            return before;
        }
        List<String> old = UnifiedDiff.lines(before);
        List<String> rows = new ArrayList<>(List.of(diff.split("\n", -1)));
        rows.remove(rows.size() - 1); // the diff ends with a newline
        assertThat(rows.get(0)).isEqualTo("--- a/f");
        assertThat(rows.get(1)).isEqualTo("+++ b/f");
        StringBuilder result = new StringBuilder();
        int next = 0; // index of the next old line not yet copied
        int row = 2;
        int newLinesWritten = 0;
        while (row < rows.size()) {
            Matcher hunk = HUNK.matcher(rows.get(row++));
            assertThat(hunk.matches()).as("hunk header").isTrue();
            int oldStart = Integer.parseInt(hunk.group(1));
            int oldCount = hunk.group(2) == null ? 1 : Integer.parseInt(hunk.group(2));
            int newStart = Integer.parseInt(hunk.group(3));
            int newCount = hunk.group(4) == null ? 1 : Integer.parseInt(hunk.group(4));
            int firstOld = oldCount == 0 ? oldStart : oldStart - 1;
            assertThat(firstOld).as("hunks in order").isGreaterThanOrEqualTo(next);
            for (; next < firstOld; next++) {
                result.append(old.get(next));
                newLinesWritten++;
            }
            assertThat(newCount == 0 ? newStart : newStart - 1).as("new start").isEqualTo(newLinesWritten);
            int oldSeen = 0;
            int newSeen = 0;
            while (row < rows.size() && !rows.get(row).startsWith("@@")) {
                String body = rows.get(row++);
                boolean noNewline = row < rows.size() && rows.get(row).equals("\\ No newline at end of file");
                if (noNewline) {
                    row++;
                }
                String line = body.substring(1) + (noNewline ? "" : "\n");
                switch (body.charAt(0)) {
                    case ' ' -> {
                        assertThat(line).isEqualTo(old.get(next++));
                        result.append(line);
                        oldSeen++;
                        newSeen++;
                        newLinesWritten++;
                    }
                    case '-' -> {
                        assertThat(line).isEqualTo(old.get(next++));
                        oldSeen++;
                    }
                    case '+' -> {
                        result.append(line);
                        newSeen++;
                        newLinesWritten++;
                    }
                    default -> throw new AssertionError("unexpected diff line: " + body);
                }
            }
            assertThat(oldSeen).as("old count").isEqualTo(oldCount);
            assertThat(newSeen).as("new count").isEqualTo(newCount);
        }
        for (; next < old.size(); next++) {
            result.append(old.get(next));
        }
        return result.toString();
    }
}
