package dev.protostar.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.FileContent;
import dev.protostar.api.WorkspacePath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Known outputs. Each expectation is what GNU diffutils 3.8 prints for {@code diff -u --label
 * a/f.txt --label b/f.txt} on the same two texts (checked when the test was written; the test does
 * not run diff).
 */
class UnifiedDiffTest {

    private static final String TEN = lines(1, 10);
    private static final String TWENTY = lines(1, 20);

    private static String lines(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
    }

    /** {@code text} with its 1-based line {@code number} replaced by {@code replacement}. */
    private static String replace(String text, int number, String replacement) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        lines.set(number - 1, replacement);
        return String.join("\n", lines);
    }

    private static String diff(String before, String after) {
        return UnifiedDiff.of("a/f.txt", "b/f.txt", before, after);
    }

    @Test
    void oneChangedLineGetsThreeLinesOfContextOnEachSide() {
        assertThat(diff(TEN, replace(TEN, 5, "line five"))).isEqualTo("""
                --- a/f.txt
                +++ b/f.txt
                @@ -2,7 +2,7 @@
                 line 2
                 line 3
                 line 4
                -line 5
                +line five
                 line 6
                 line 7
                 line 8
                """);
    }

    @Test
    void changesSevenLinesApartMakeTwoHunks() {
        assertThat(diff(TWENTY, replace(replace(TWENTY, 3, "three"), 11, "eleven"))).isEqualTo("""
                --- a/f.txt
                +++ b/f.txt
                @@ -1,6 +1,6 @@
                 line 1
                 line 2
                -line 3
                +three
                 line 4
                 line 5
                 line 6
                @@ -8,7 +8,7 @@
                 line 8
                 line 9
                 line 10
                -line 11
                +eleven
                 line 12
                 line 13
                 line 14
                """);
    }

    @Test
    void changesSixLinesApartShareOneHunk() {
        assertThat(diff(TWENTY, replace(replace(TWENTY, 3, "three"), 10, "ten"))).isEqualTo("""
                --- a/f.txt
                +++ b/f.txt
                @@ -1,13 +1,13 @@
                 line 1
                 line 2
                -line 3
                +three
                 line 4
                 line 5
                 line 6
                 line 7
                 line 8
                 line 9
                -line 10
                +ten
                 line 11
                 line 12
                 line 13
                """);
    }

    @Test
    void insertionsAtTheStartAndInTheMiddle() {
        assertThat(diff(TEN, "new first\n" + TEN)).isEqualTo("""
                --- a/f.txt
                +++ b/f.txt
                @@ -1,3 +1,4 @@
                +new first
                 line 1
                 line 2
                 line 3
                """);
        assertThat(diff(TEN, TEN.replace("line 6\n", "line 6\nextra 1\nextra 2\n"))).isEqualTo("""
                --- a/f.txt
                +++ b/f.txt
                @@ -4,6 +4,8 @@
                 line 4
                 line 5
                 line 6
                +extra 1
                +extra 2
                 line 7
                 line 8
                 line 9
                """);
    }

    @Test
    void deletionAtTheEnd() {
        assertThat(diff(TEN, lines(1, 8))).isEqualTo("""
                --- a/f.txt
                +++ b/f.txt
                @@ -6,5 +6,3 @@
                 line 6
                 line 7
                 line 8
                -line 9
                -line 10
                """);
    }

    @Test
    void anEmptySideStartsAtLineZero() {
        assertThat(diff("", "a\nb\nc\n")).isEqualTo("""
                --- a/f.txt
                +++ b/f.txt
                @@ -0,0 +1,3 @@
                +a
                +b
                +c
                """);
        assertThat(diff("a\nb\n", "")).isEqualTo("""
                --- a/f.txt
                +++ b/f.txt
                @@ -1,2 +0,0 @@
                -a
                -b
                """);
    }

    @Test
    void aHunkOfOneLineLeavesOutTheCount() {
        assertThat(diff("x\n", "y\n")).isEqualTo("""
                --- a/f.txt
                +++ b/f.txt
                @@ -1 +1 @@
                -x
                +y
                """);
    }

    @Test
    void aMissingFinalNewlineIsMarkedOnTheSideThatLacksIt() {
        assertThat(diff("a\nb", "a\nb\n")).isEqualTo("""
                --- a/f.txt
                +++ b/f.txt
                @@ -1,2 +1,2 @@
                 a
                -b
                \\ No newline at end of file
                +b
                """);
        assertThat(diff("a\nb\n", "a\nb")).isEqualTo("""
                --- a/f.txt
                +++ b/f.txt
                @@ -1,2 +1,2 @@
                 a
                -b
                +b
                \\ No newline at end of file
                """);
    }

    @Test
    void aLastContextLineWithoutNewlineIsMarkedToo() {
        assertThat(diff("a\nb\nc", "x\nb\nc")).isEqualTo("""
                --- a/f.txt
                +++ b/f.txt
                @@ -1,3 +1,3 @@
                -a
                +x
                 b
                 c
                \\ No newline at end of file
                """);
    }

    @Test
    void crlfLinesKeepTheirCarriageReturns() {
        assertThat(diff("a\r\nb\r\nc\r\n", "a\r\nB\r\nc\r\n")).isEqualTo(
                "--- a/f.txt\n+++ b/f.txt\n@@ -1,3 +1,3 @@\n a\r\n-b\r\n+B\r\n c\r\n");
    }

    @Test
    void contextCanBeNarrowed() {
        String after = replace(replace(TWENTY, 3, "three"), 6, "six");
        assertThat(UnifiedDiff.of("a/f.txt", "b/f.txt", TWENTY, after, 0)).isEqualTo("""
                --- a/f.txt
                +++ b/f.txt
                @@ -3 +3 @@
                -line 3
                +three
                @@ -6 +6 @@
                -line 6
                +six
                """);
        assertThat(UnifiedDiff.of("a/f.txt", "b/f.txt", TWENTY, after, 1)).isEqualTo("""
                --- a/f.txt
                +++ b/f.txt
                @@ -2,6 +2,6 @@
                 line 2
                -line 3
                +three
                 line 4
                 line 5
                -line 6
                +six
                 line 7
                """);
        assertThatThrownBy(() -> UnifiedDiff.of("a", "b", "x", "y", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalTextsHaveAnEmptyDiff() {
        assertThat(diff(TEN, TEN)).isEmpty();
        assertThat(diff("", "")).isEmpty();
    }

    @Test
    void aFileDiffUsesDevNullForAMissingSide() {
        WorkspacePath path = WorkspacePath.of("src/app.py");

        assertThat(UnifiedDiff.ofFile(path, Optional.empty(), Optional.of(FileContent.ofUtf8("print(1)\n")))).isEqualTo("""
                --- /dev/null
                +++ b/src/app.py
                @@ -0,0 +1 @@
                +print(1)
                """);
        assertThat(UnifiedDiff.ofFile(path, Optional.of(FileContent.ofUtf8("print(1)\n")), Optional.empty())).isEqualTo("""
                --- a/src/app.py
                +++ /dev/null
                @@ -1 +0,0 @@
                -print(1)
                """);
        assertThat(UnifiedDiff.ofFile(path, Optional.of(FileContent.ofUtf8("x\n")), Optional.of(FileContent.ofUtf8("y\n"))))
                .startsWith("--- a/src/app.py\n+++ b/src/app.py\n");
    }

    @Test
    void anEmptyFileCreatedHasHeadersOnly() {
        assertThat(UnifiedDiff.ofFile(WorkspacePath.of("pkg/__init__.py"), Optional.empty(),
                Optional.of(FileContent.ofUtf8("")))).isEqualTo("--- /dev/null\n+++ b/pkg/__init__.py\n");
    }

    @Test
    void binaryOrNonUtf8ContentIsSummarised() {
        WorkspacePath path = WorkspacePath.of("logo.png");
        FileContent png = new FileContent(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        FileContent latin1 = new FileContent(new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});

        assertThat(UnifiedDiff.ofFile(path, Optional.empty(), Optional.of(png)))
                .isEqualTo("Binary files /dev/null and b/logo.png differ\n");
        assertThat(UnifiedDiff.ofFile(path, Optional.of(latin1), Optional.of(FileContent.ofUtf8("café\n"))))
                .isEqualTo("Binary files a/logo.png and b/logo.png differ\n");
        assertThat(UnifiedDiff.ofFile(path, Optional.of(png), Optional.of(png))).isEmpty();
    }

    @Test
    void aByteOrderMarkIsPartOfTheFirstLine() {
        assertThat(UnifiedDiff.ofFile(WorkspacePath.of("f.txt"), Optional.of(FileContent.ofUtf8("a\n")),
                Optional.of(FileContent.ofUtf8("\uFEFFa\n")))).isEqualTo("""
                --- a/f.txt
                +++ b/f.txt
                @@ -1 +1 @@
                -a
                +\uFEFFa
                """);
    }
}
