package dev.protostar.core.format.ignore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Line-exact, append-only merging of ignore files. */
class IgnoreFileTest {

    @Test
    void missingEntriesAreAppendedInTheGivenOrder() {
        String existing = """
                # Python
                __pycache__/
                """;

        assertThat(IgnoreFile.merge(existing, List.of(".venv/", "__pycache__/", "dist/"))).isEqualTo("""
                # Python
                __pycache__/
                .venv/
                dist/
                """);
    }

    @Test
    void aLongerLineDoesNotCountAsTheEntry() {
        String existing = ".envrc\n*.env.bak\n";

        assertThat(IgnoreFile.merge(existing, List.of(".env"))).isEqualTo(".envrc\n*.env.bak\n.env\n");
    }

    @Test
    void aLineWithSurroundingWhitespaceCountsAsTheEntry() {
        String existing = "  .venv/\t\n";

        assertThat(IgnoreFile.merge(existing, List.of(".venv/"))).isSameAs(existing);
    }

    @Test
    void commentedOutEntryIsNotPresent() {
        assertThat(IgnoreFile.merge("# .env\n", List.of(".env"))).isEqualTo("# .env\n.env\n");
    }

    @Test
    void crlfFileGetsCrlfLines() {
        String existing = "# Python\r\n__pycache__/\r\n";

        assertThat(IgnoreFile.merge(existing, List.of(".venv/", "dist/")))
                .isEqualTo("# Python\r\n__pycache__/\r\n.venv/\r\ndist/\r\n");
    }

    @Test
    void missingFinalNewlineIsAddedBeforeAppending() {
        assertThat(IgnoreFile.merge("__pycache__/", List.of(".venv/"))).isEqualTo("__pycache__/\n.venv/\n");
        assertThat(IgnoreFile.merge("a\r\nb", List.of("c"))).isEqualTo("a\r\nb\r\nc\r\n");
    }

    @Test
    void missingFinalNewlineIsLeftAloneWhenNothingIsMissing() {
        assertThat(IgnoreFile.merge("__pycache__/", List.of("__pycache__/"))).isEqualTo("__pycache__/");
    }

    @Test
    void duplicateEntriesCollapse() {
        assertThat(IgnoreFile.merge("", List.of(".venv/", "dist/", ".venv/"))).isEqualTo(".venv/\ndist/\n");
    }

    @Test
    void absentFileBecomesTheEntries() {
        assertThat(IgnoreFile.merge(null, List.of(".venv/", ".env"))).isEqualTo(".venv/\n.env\n");
    }

    @Test
    void nothingToAddReturnsTheInputItself() {
        String existing = ".venv/\n";

        assertThat(IgnoreFile.merge(existing, List.of(".venv/"))).isSameAs(existing);
        assertThat(IgnoreFile.merge(existing, List.of())).isSameAs(existing);
        assertThat(IgnoreFile.merge(null, List.of())).isNull();
        assertThat(IgnoreFile.missingEntries(existing, List.of(".venv/"))).isEmpty();
    }

    @Test
    void missingEntriesNamesWhatWouldBeAppended() {
        assertThat(IgnoreFile.missingEntries(".envrc\n", List.of(".env", ".envrc", ".env")))
                .containsExactly(".env");
        assertThat(IgnoreFile.missingEntries(null, List.of(".env"))).containsExactly(".env");
    }

    @Test
    void aFileHoldingOnlyAByteOrderMarkGetsNoBlankFirstLine() {
        assertThat(IgnoreFile.merge("\uFEFF", List.of(".venv/"))).isEqualTo("\uFEFF.venv/\n");
    }

    @Test
    void byteOrderMarkDoesNotHideTheFirstLine() {
        String existing = "\uFEFF.venv/\n";

        assertThat(IgnoreFile.merge(existing, List.of(".venv/", "dist/"))).isEqualTo("\uFEFF.venv/\ndist/\n");
    }

    @Test
    void entriesThatCouldNeverBeFoundAgainAreRefused() {
        assertThatThrownBy(() -> IgnoreFile.merge("", List.of(" .env")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\" .env\"");
        assertThatThrownBy(() -> IgnoreFile.merge("", List.of("a\nb")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("single line");
        assertThatThrownBy(() -> IgnoreFile.merge("", List.of("")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    }
}
