package dev.protostar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.protostar.api.Resolution;
import dev.protostar.core.format.jsonc.GeneratedJsonc;
import dev.protostar.core.format.toml.GeneratedToml;
import dev.protostar.core.format.yaml.PreCommitGeneratedConfig;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** {@link Merge} over generated texts: merging a second time gives the same text and reports no change. */
class MergePropertiesTest {

    private static final long SEED = 20_261_206L;
    private static final int EXAMPLES = 150;

    private static Gen<Resolution> resolutions() {
        return Generate.pick(List.of(Resolution.MERGE, Resolution.OVERWRITE));
    }

    @Test
    void tomlMergedTwiceGivesTheSameText() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(GeneratedToml.documents(), GeneratedToml.documents(), resolutions())
                .checkAssert((current, payload, mode) -> {
                    MergeResult once = Merge.toml(current.text(), payload.text(), mode);
                    MergeResult twice = Merge.toml(once.text(), payload.text(), mode);

                    assertThat(twice.text()).isEqualTo(once.text());
                    assertThat(twice.changed()).isFalse();
                });
    }

    @Test
    void jsoncMergedTwiceGivesTheSameText() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(GeneratedJsonc.documents(false), GeneratedJsonc.payloads(), resolutions())
                .checkAssert((current, payload, mode) -> {
                    MergeResult once = Merge.jsonc(current, payload, mode);
                    MergeResult twice = Merge.jsonc(once.text(), payload, mode);

                    assertThat(twice.text()).isEqualTo(once.text());
                    assertThat(twice.changed()).isFalse();
                });
    }

    @Test
    void preCommitMergedTwiceGivesTheSameText() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(PreCommitGeneratedConfig.configs(), PreCommitGeneratedConfig.declarations(), resolutions())
                .checkAssert((current, repos, mode) -> {
                    MergeResult once = Merge.preCommit(current.text(), repos, mode);
                    MergeResult twice = Merge.preCommit(once.text(), repos, mode);

                    assertThat(twice.text()).isEqualTo(once.text());
                    assertThat(twice.changed()).isFalse();
                });
    }

    private static final List<String> IGNORE_LINES = List.of(
            ".env", ".envrc", ".venv/", "__pycache__/", "*.py[cod]", "!keep.me", "# comment", "", "  dist/  ");

    private static Gen<String> ignoreFiles() {
        Gen<List<String>> lines = SourceDSL.lists().of(Generate.pick(IGNORE_LINES)).ofSizeBetween(0, 8);
        return lines.zip(Generate.booleans(), Generate.booleans(), (ls, crlf, finalNewline) -> {
            String newline = crlf ? "\r\n" : "\n";
            String text = String.join(newline, ls);
            return finalNewline && !ls.isEmpty() ? text + newline : text;
        });
    }

    @Test
    void ignoreLinesMergedTwiceGiveTheSameText() {
        Gen<List<String>> entries = SourceDSL.lists()
                .of(Generate.pick(List.of(".env", ".venv/", "dist/", "*.log", "!keep.me"))).ofSizeBetween(0, 5);
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(ignoreFiles(), entries).checkAssert((current, add) -> {
            MergeResult once = Merge.ignoreLines(current, add);
            MergeResult twice = Merge.ignoreLines(once.text(), add);

            assertThat(twice.text()).isEqualTo(once.text());
            assertThat(twice.changed()).isFalse();
        });
    }
}
