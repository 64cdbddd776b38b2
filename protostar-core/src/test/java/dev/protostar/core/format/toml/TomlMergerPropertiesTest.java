package dev.protostar.core.format.toml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.protostar.api.Resolution;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.testing.FramedText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;
import org.tomlj.TomlVersion;

/** Properties of the TOML merge over generated, commented documents and payloads. */
class TomlMergerPropertiesTest {

    private static final WorkspacePath FILE = WorkspacePath.of("generated.toml");
    private static final long SEED = 20_240_501L;
    private static final int EXAMPLES = Integer.getInteger("protostar.examples", 300);

    /** A base document in one of the file framings we must keep: LF or CRLF, BOM or not, final newline or not. */
    private record Base(GeneratedToml document, boolean crlf, boolean bom, boolean finalNewline) {

        String text() {
            return FramedText.of(document.text(), crlf, bom, finalNewline);
        }

        @Override
        public String toString() {
            return FramedText.describe(document.text(), crlf, bom, finalNewline);
        }
    }

    private static Gen<Base> bases() {
        Gen<Boolean> often = Generate.range(0, 3).map(i -> i != 0);
        return GeneratedToml.documents().zip(Generate.booleans(), Generate.booleans(), often, Base::new);
    }

    private static Gen<Resolution> resolutions() {
        return Generate.pick(List.of(Resolution.MERGE, Resolution.OVERWRITE));
    }

    /** tomlj's own equality, an oracle independent of the merger's. */
    private static boolean sameData(Object a, Object b) {
        if (a instanceof TomlTable ta && b instanceof TomlTable tb) {
            return Toml.equals(ta, tb);
        }
        if (a instanceof TomlArray aa && b instanceof TomlArray ab) {
            return Toml.equals(aa, ab);
        }
        return java.util.Objects.equals(a, b);
    }

    private static List<String> linesOf(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return body.isEmpty() ? List.of() : List.of(body.split("\r?\n", -1));
    }

    @Test
    void mergingNothingReturnsTheInputUnchanged() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(bases(), resolutions()).checkAssert((base, mode) -> {
            TomlMergeResult result = TomlMerger.merge(FILE, base.text(), "", mode);

            assertThat(result.text()).isEqualTo(base.text());
            assertThat(result.changed()).isFalse();
        });
    }

    @Test
    void mergingADocumentIntoItselfChangesNothing() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(bases(), resolutions()).checkAssert((base, mode) -> {
            TomlMergeResult result = TomlMerger.merge(FILE, base.text(), base.document().text(), mode);

            assertThat(result.text()).isEqualTo(base.text());
            assertThat(result.changed()).isFalse();
            assertThat(result.keptKeys()).isEmpty();
            assertThat(result.warnings()).isEmpty();
        });
    }

    @Test
    void mergeIsIdempotent() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(bases(), GeneratedToml.documents(), resolutions())
                .checkAssert((base, payload, mode) -> {
                    TomlMergeResult once = TomlMerger.merge(FILE, base.text(), payload.text(), mode);
                    TomlMergeResult twice = TomlMerger.merge(FILE, once.text(), payload.text(), mode);

                    assertThat(twice.text()).isEqualTo(once.text());
                    assertThat(twice.changed()).isFalse();
                    assertThat(once.changed()).isEqualTo(!once.text().equals(base.text()));
                });
    }

    @Test
    void resultAlwaysParsesAsTomlOneAndKeepsTheFraming() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(bases(), GeneratedToml.documents(), resolutions())
                .checkAssert((base, payload, mode) -> {
                    String text = TomlMerger.merge(FILE, base.text(), payload.text(), mode).text();

                    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
                    assertThat(Toml.parse(body, TomlVersion.V1_0_0).errors()).isEmpty();
                    assertThat(text.startsWith("\uFEFF")).isEqualTo(base.bom());
                    if (!base.document().lines().isEmpty()) {
                        assertThat(text.endsWith("\n")).isEqualTo(base.finalNewline());
                    }
                    if (base.text().contains("\r\n")) {
                        assertThat(body.replace("\r\n", "")).doesNotContain("\n");
                    } else {
                        assertThat(body).doesNotContain("\r\n");
                    }
                });
    }

    @Test
    void mergeKeepsEveryLineOfTheFileInOrder() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(bases(), GeneratedToml.documents())
                .checkAssert((base, payload) -> {
                    String text = TomlMerger.merge(FILE, base.text(), payload.text(), Resolution.MERGE).text();

                    if (!base.document().lines().isEmpty()) { // AssertJ refuses an empty subsequence
                        assertThat(linesOf(text)).containsSubsequence(linesOf(base.text()));
                    }
                });
    }

    @Test
    void overwriteKeepsEveryLineOfSectionsThePayloadDoesNotName() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(bases(), GeneratedToml.documents())
                .checkAssert((base, payload) -> {
                    TomlParseResult payloadData = Toml.parse(payload.text());
                    List<String> untouched = new ArrayList<>();
                    List<String> lines = base.document().lines();
                    for (int i = 0; i < lines.size(); i++) {
                        List<String> owner = base.document().owners().get(i);
                        if (!owner.isEmpty() && !payloadData.contains(owner)) {
                            untouched.add(lines.get(i));
                        }
                    }

                    String text = TomlMerger.merge(FILE, base.text(), payload.text(), Resolution.OVERWRITE).text();

                    if (!untouched.isEmpty()) { // AssertJ refuses an empty subsequence
                        assertThat(linesOf(text)).containsSubsequence(untouched);
                    }
                });
    }

    @Test
    void mergeKeepsEveryUserValueAndAddsEveryPayloadValue() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(bases(), GeneratedToml.documents())
                .checkAssert((base, payload) -> {
                    TomlMergeResult result = TomlMerger.merge(FILE, base.text(), payload.text(), Resolution.MERGE);
                    TomlParseResult before = Toml.parse(base.document().text());
                    TomlParseResult after = Toml.parse(result.text().replace("\uFEFF", ""));
                    TomlParseResult wanted = Toml.parse(payload.text());

                    for (List<String> path : before.keyPathSet(false)) {
                        Object value = before.get(path);
                        if (ValueShape.of(value) != ValueShape.TABLE_ARRAY) {
                            assertThat(sameData(after.get(path), value)).as("%s kept", path).isTrue();
                        }
                    }
                    if (result.warnings().isEmpty()) {
                        for (List<String> path : wanted.keyPathSet(false)) {
                            assertThat(after.contains(path)).as("%s added", path).isTrue();
                        }
                    }
                });
    }

    @Test
    void overwriteLeavesEveryPayloadValueInTheFile() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(bases(), GeneratedToml.documents())
                .checkAssert((base, payload) -> {
                    TomlMergeResult result = TomlMerger.merge(FILE, base.text(), payload.text(), Resolution.OVERWRITE);
                    TomlParseResult after = Toml.parse(result.text().replace("\uFEFF", ""));
                    TomlParseResult wanted = Toml.parse(payload.text());

                    if (result.warnings().isEmpty()) {
                        for (List<String> path : wanted.keyPathSet(false)) {
                            assertThat(sameData(after.get(path), wanted.get(path)))
                                    .as("%s overwritten", path).isTrue();
                        }
                    }
                });
    }
}
