package dev.protostar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class WorkspacePathTest {

    private static final long SEED = 0x5EED_2024L;

    @ParameterizedTest
    @ValueSource(strings = {"a", "a/b/c", ".gitignore", ".venv/bin/python", "...", "a b/c d", "ünï/文件.txt"})
    void acceptsRelativePosixPaths(String text) {
        WorkspacePath path = WorkspacePath.of(text);

        assertThat(path.toString()).isEqualTo(text);
        assertThat(path.segments()).containsExactly(text.split("/"));
        assertThat(path.isRoot()).isFalse();
    }

    static List<Arguments> rejected() {
        String empty = "it is empty; name a file or folder inside the workspace";
        String absolute = "it is absolute; use a path relative to the workspace root";
        String dotDot = "'..' would leave the workspace root";
        String dot = "'.' segments are not allowed; write the path without them";
        String emptySegment = "it has an empty segment (a doubled or trailing '/')";
        String backslash = "it contains a backslash; separate folders with '/'";
        return List.of(
                Arguments.of("", empty),
                Arguments.of("/abs", absolute),
                Arguments.of("C:/x", absolute),
                Arguments.of("..", dotDot),
                Arguments.of("a/../b", dotDot),
                Arguments.of("a/..", dotDot),
                Arguments.of("./a", dot),
                Arguments.of("a/./b", dot),
                Arguments.of("a//b", emptySegment),
                Arguments.of("a/", emptySegment),
                Arguments.of("a\\b", backslash),
                Arguments.of("C:\\x", backslash),
                Arguments.of("a\0b", "it contains a NUL character"));
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void rejectsWithAMessageThatQuotesThePathAndSaysWhy(String text, String reason) {
        assertThatThrownBy(() -> WorkspacePath.of(text))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid workspace path \"" + text + "\": " + reason);
    }

    @Test
    void rejectsNullAsEmpty() {
        assertThatThrownBy(() -> WorkspacePath.of(null))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid workspace path \"null\": it is empty");
    }

    @Test
    void rootHasNoParentNoFileNameAndPrintsAsDot() {
        WorkspacePath root = WorkspacePath.root();

        assertThat(root.isRoot()).isTrue();
        assertThat(root.parent()).isEmpty();
        assertThat(root.fileName()).isEmpty();
        assertThat(root.segments()).isEmpty();
        assertThat(root).hasToString(".");
        assertThat(root).isSameAs(WorkspacePath.root());
    }

    @Test
    void resolveAppendsValidatedSegments() {
        assertThat(WorkspacePath.root().resolve("a/b")).isEqualTo(WorkspacePath.of("a/b"));
        assertThat(WorkspacePath.of("a").resolve("b/c")).isEqualTo(WorkspacePath.of("a/b/c"));
        assertThat(WorkspacePath.of("a").resolve("b/c")).hasToString("a/b/c");

        assertThatThrownBy(() -> WorkspacePath.of("a").resolve("../x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"../x\"");
        assertThatThrownBy(() -> WorkspacePath.of("a").resolve("/x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"/x\"");
        assertThatThrownBy(() -> WorkspacePath.of("a").resolve(""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parentWalksUpToTheRoot() {
        WorkspacePath path = WorkspacePath.of("a/b/c");

        assertThat(path.parent()).contains(WorkspacePath.of("a/b"));
        assertThat(path.parent().flatMap(WorkspacePath::parent)).contains(WorkspacePath.of("a"));
        assertThat(WorkspacePath.of("a").parent()).contains(WorkspacePath.root());
        assertThat(WorkspacePath.of("a").parent().flatMap(WorkspacePath::parent)).isEmpty();
    }

    @Test
    void fileNameIsTheLastSegment() {
        assertThat(WorkspacePath.of("a/b/c.txt").fileName()).isEqualTo("c.txt");
        assertThat(WorkspacePath.of(".gitignore").fileName()).isEqualTo(".gitignore");
    }

    @Test
    void startsWithComparesWholeSegments() {
        WorkspacePath ab = WorkspacePath.of("a/b");

        assertThat(ab.startsWith(WorkspacePath.of("a"))).isTrue();
        assertThat(ab.startsWith(ab)).isTrue();
        assertThat(ab.startsWith(WorkspacePath.root())).isTrue();
        assertThat(WorkspacePath.root().startsWith(WorkspacePath.root())).isTrue();
        assertThat(WorkspacePath.of("ab").startsWith(WorkspacePath.of("a"))).isFalse();
        assertThat(WorkspacePath.of("a").startsWith(ab)).isFalse();
        assertThat(WorkspacePath.root().startsWith(WorkspacePath.of("a"))).isFalse();
        assertThat(WorkspacePath.of("b/a").startsWith(WorkspacePath.of("a"))).isFalse();
    }

    @Test
    void sortsSegmentBySegmentWithParentsFirst() {
        List<WorkspacePath> paths = new ArrayList<>(List.of(
                WorkspacePath.of("b"),
                WorkspacePath.of("a-b"),
                WorkspacePath.of("a/b"),
                WorkspacePath.of("a"),
                WorkspacePath.root(),
                WorkspacePath.of("B"),
                WorkspacePath.of("a/b/c")));

        paths.sort(null);

        // "a/b" sorts before "a-b" although '-' < '/' as characters: comparison is per segment.
        assertThat(paths).extracting(WorkspacePath::toString)
                .containsExactly(".", "B", "a", "a/b", "a/b/c", "a-b", "b");
        assertThat(WorkspacePath.of("a/b").compareTo(WorkspacePath.of("a/b"))).isZero();
    }

    @Test
    void equalityIsBySegments() {
        WorkspacePath direct = WorkspacePath.of("a/b");
        WorkspacePath resolved = WorkspacePath.of("a").resolve("b");

        assertThat(direct).isEqualTo(resolved).hasSameHashCodeAs(resolved);
        assertThat(direct).isNotEqualTo(WorkspacePath.of("a/b/c"));
        assertThat(direct).isNotEqualTo(WorkspacePath.of("A/b"));
        assertThat((Object) direct).isNotEqualTo("a/b");
        assertThat(direct).isNotEqualTo(null);
    }

    @Test
    void segmentsCannotBeModified() {
        WorkspacePath path = WorkspacePath.of("a/b");

        assertThatThrownBy(() -> path.segments().add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(path).hasToString("a/b");
    }

    // ---------------------------------------------------------------- properties

    /** Strings over an alphabet rich in the characters the validation cares about. */
    private static Gen<String> trickyStrings() {
        List<String> alphabet = List.of("a", "b", "Z", ".", ".", "/", "/", "\\", "\0", ":", "C", " ", "é", "-");
        return lists().of(Generate.pick(alphabet)).ofSizeBetween(0, 12).map(parts -> String.join("", parts));
    }

    @Test
    void anythingAcceptedIsCanonicalAndRoundTrips() {
        qt().withFixedSeed(SEED).withExamples(20_000).forAll(trickyStrings()).checkAssert(text -> {
            Optional<WorkspacePath> parsed;
            try {
                parsed = Optional.of(WorkspacePath.of(text));
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).startsWith("Invalid workspace path \"" + text + "\": ");
                parsed = Optional.empty();
            }
            parsed.ifPresent(path -> {
                assertThat(path.segments()).isNotEmpty().noneMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."));
                assertThat(path.segments()).noneMatch(s -> s.contains("/") || s.contains("\\") || s.contains("\0"));
                assertThat(WorkspacePath.of(path.toString())).isEqualTo(path);
                assertThat(path.toString()).isEqualTo(text);
            });
        });
    }

    /** Well-formed segments: never empty, never '.' or '..'. */
    private static Gen<String> segments() {
        List<String> alphabet = List.of("a", "b", ".", "_", "-", "ü", " ");
        return lists().of(Generate.pick(alphabet)).ofSizeBetween(1, 5)
                .map(parts -> String.join("", parts))
                .assuming(s -> !s.equals(".") && !s.equals(".."));
    }

    private static Gen<List<String>> segmentLists() {
        return lists().of(segments()).ofSizeBetween(1, 5);
    }

    @Test
    void wellFormedPathsAreAcceptedSegmentForSegment() {
        qt().withFixedSeed(SEED).withExamples(5_000).forAll(segmentLists()).checkAssert(parts -> {
            WorkspacePath path = WorkspacePath.of(String.join("/", parts));
            assertThat(path.segments()).isEqualTo(parts);
            assertThat(path.fileName()).isEqualTo(parts.get(parts.size() - 1));
            assertThat(path.parent().orElseThrow().resolve(path.fileName())).isEqualTo(path);
            assertThat(path.startsWith(path.parent().orElseThrow())).isTrue();
        });
    }

    @Test
    void orderIsATotalOrderConsistentWithEquals() {
        qt().withFixedSeed(SEED).withExamples(5_000).forAll(segmentLists(), segmentLists()).checkAssert((x, y) -> {
            WorkspacePath a = WorkspacePath.of(String.join("/", x));
            WorkspacePath b = WorkspacePath.of(String.join("/", y));
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
            assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
            if (b.startsWith(a) && !a.equals(b)) {
                assertThat(a.compareTo(b)).as("an ancestor sorts before its descendants").isNegative();
            }
        });
    }
}
