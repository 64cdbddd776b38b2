package dev.protostar.core.format.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.protostar.api.TextBlock;
import dev.protostar.api.WorkspacePath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Properties of {@link LegacyInjectionMarkers#convert} over generated {@code .envrc} files mixing user
 * lines with blocks in the Python original's spelling (LF or CRLF, with or without final newline).
 */
class LegacyInjectionMarkersPropertiesTest {

    private static final long SEED = 20_261_208L;
    private static final int EXAMPLES = 300;
    private static final WorkspacePath ENVRC = WorkspacePath.of(".envrc");
    private static final List<String> NAMES = List.of("57494455", "Python Venv", "module:environment", "a.b");
    private static final List<String> LINES = List.of(
            "", "  ", "export A=1", "# a comment", "echo '--- Protostar Injection: x ---'", "PATH_add bin");

    private static Gen<String> files() {
        Gen<List<Pair<String, List<String>>>> chunks = SourceDSL.lists().of(Generate.oneOf(
                Generate.pick(LINES).map(line -> Pair.of((String) null, List.of(line))),
                Generate.pick(NAMES).zip(SourceDSL.lists().of(Generate.pick(LINES)).ofSizeBetween(0, 3), Pair::of)))
                .ofSizeBetween(0, 8);
        return chunks.zip(Generate.range(0, 3), (cs, flags) -> {
            List<String> lines = new ArrayList<>();
            Set<String> used = new HashSet<>();
            for (Pair<String, List<String>> c : cs) {
                boolean block = c._1 != null && used.add(LegacyInjectionMarkers.tagOf(c._1));
                if (block) {
                    lines.add("# --- Protostar Injection: " + c._1 + " ---");
                }
                lines.addAll(c._2);
                if (block) {
                    lines.add("# --- End Protostar Injection ---");
                }
            }
            String newline = (flags & 1) != 0 ? "\r\n" : "\n";
            return String.join(newline, lines) + ((flags & 2) != 0 && !lines.isEmpty() ? newline : "");
        });
    }

    @Test
    void onlyTheMarkerLinesChange() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(files()).checkAssert(text -> {
            String[] before = text.split("\n", -1);
            String[] after = LegacyInjectionMarkers.convert(ENVRC, text, CommentSyntax.HASH).text().split("\n", -1);

            assertThat(after).hasSameSizeAs(before);
            for (int i = 0; i < before.length; i++) {
                if (before[i].startsWith("# --- ")) {
                    assertThat(after[i]).matches("# (end)?region: protostar [a-z0-9-]+" + (before[i].endsWith("\r") ? "\r" : ""));
                } else {
                    assertThat(after[i]).isEqualTo(before[i]);
                }
            }
        });
    }

    @Test
    void convertingTwiceIsConvertingOnceAndTheResultIsValid() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(files()).checkAssert(text -> {
            String once = LegacyInjectionMarkers.convert(ENVRC, text, CommentSyntax.HASH).text();

            assertThat(LegacyInjectionMarkers.convert(ENVRC, once, CommentSyntax.HASH).text()).isSameAs(once);
            TextRegions.validate(ENVRC, once);
        });
    }

    @Test
    void applyingTheBlocksOfEveryConvertedTagAddsNoRegion() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(files()).checkAssert(text -> {
            LegacyInjectionMarkers.Converted converted = LegacyInjectionMarkers.convert(ENVRC, text, CommentSyntax.HASH);
            List<TextBlock> blocks = converted.tags().stream().map(tag -> new TextBlock(ENVRC, tag, "new\n")).toList();

            String applied = TextRegions.apply(ENVRC, text, blocks);

            RegionEditor editor = new RegionEditor(ENVRC);
            assertThat(editor.slots(ENVRC, applied == null ? "" : applied).keySet())
                    .hasSize(converted.tags().size());
        });
    }
}
