package dev.protostar.core.format.ignore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Properties of ignore-file merging over generated files and entry lists. */
class IgnoreFilePropertiesTest {

    private static final long SEED = 20_240_501L;
    private static final int EXAMPLES = 500;

    private static final List<String> PATTERNS = List.of(
            ".env", ".envrc", ".env.local", ".venv/", "venv/", "__pycache__/", "*.py[cod]", "dist/", "build/",
            "!keep.me", "/node_modules", "*.log", ".mypy_cache/", ".DS_Store");
    private static final List<String> OTHER_LINES = List.of(
            "", "# Python", "# .env", "   ", "  .venv/  ", "\t*.log", "dist/ # not a comment in git");

    /** Existing file text: null (absent), or lines from the pools, LF or CRLF, with or without final newline. */
    private static Gen<String> files() {
        Gen<List<String>> lines = SourceDSL.lists()
                .of(Generate.oneOf(Generate.pick(PATTERNS), Generate.pick(OTHER_LINES)))
                .ofSizeBetween(0, 12);
        Gen<String> present = lines.zip(Generate.booleans(), Generate.booleans(), (ls, crlf, finalNewline) -> {
            String newline = crlf ? "\r\n" : "\n";
            String text = String.join(newline, ls);
            return finalNewline && !ls.isEmpty() ? text + newline : text;
        });
        return Generate.frequency(
                org.quicktheories.api.Pair.of(1, Generate.constant((String) null)),
                org.quicktheories.api.Pair.of(6, present));
    }

    private static Gen<List<String>> entries() {
        return SourceDSL.lists().of(Generate.pick(PATTERNS)).ofSizeBetween(0, 8);
    }

    private static List<String> linesOf(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (text.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    @Test
    void mergeIsIdempotent() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(files(), entries()).checkAssert((file, entries) -> {
            String once = IgnoreFile.merge(file, entries);

            assertThat(IgnoreFile.merge(once, entries)).isEqualTo(once);
            assertThat(IgnoreFile.missingEntries(once, entries)).isEmpty();
        });
    }

    @Test
    void mergeNeverRemovesOrReordersALine() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(files(), entries()).checkAssert((file, entries) -> {
            List<String> before = linesOf(file);
            List<String> after = linesOf(IgnoreFile.merge(file, entries));

            assertThat(after.subList(0, before.size())).isEqualTo(before);
        });
    }

    @Test
    void everyEntryIsAnExactLineAfterwards() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(files(), entries()).checkAssert((file, entries) -> {
            List<String> trimmed = linesOf(IgnoreFile.merge(file, entries)).stream().map(String::strip).toList();

            assertThat(trimmed).containsAll(entries);
        });
    }

    @Test
    void appendedLinesUseTheFilesLineBreakAndEndWithOne() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(files(), entries()).checkAssert((file, entries) -> {
            String merged = IgnoreFile.merge(file, entries);
            if (merged == null || merged.equals(file)) {
                return;
            }
            String added = file == null ? merged : merged.substring(file.length());
            boolean crlf = file != null && file.contains("\r\n");

            assertThat(merged).endsWith(crlf ? "\r\n" : "\n");
            if (crlf) {
                assertThat(added.replace("\r\n", "")).doesNotContain("\n");
            } else {
                assertThat(added).doesNotContain("\r");
            }
        });
    }
}
