package dev.protostar.core.format.toml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.protostar.api.Resolution;
import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Utf8Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tomlj.MutableTomlTable;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlVersion;

/**
 * The second-parser check of merged text: it says "holds" only for valid TOML 1.0 with exactly the
 * intended data, declines on the texts Jackson wrongly accepts, and still says "holds" often enough
 * to matter.
 */
class IndependentCheckTest {

    private static final WorkspacePath PYPROJECT = WorkspacePath.of("pyproject.toml");
    private static final long SEED = 20_261_201L;
    private static final int EXAMPLES = Integer.getInteger("protostar.examples", 300);

    /** Jackson reads floats as BigDecimals, which have no -0.0: a zero text must not pass for the other zero. */
    @Test
    void aNegativeZeroIsNotTakenForAPositiveOne() {
        assertThat(IndependentCheck.holds("a = -0.0\n", "a = 0\n", Toml.parse("a = 0.0\n"))).isFalse();
        assertThat(IndependentCheck.holds("a = 0.0\n", "a = 0\n", Toml.parse("a = -0.0\n"))).isFalse();
    }

    @Test
    void aMergedTextHoldsItsEditedDocument() {
        String original = "[project]\nname = \"demo\"  # the name\nversion = 0x10\n\n[build-system]\nrequires = []\n";
        TomlParseResult document = Toml.parse(original, TomlVersion.V1_0_0);
        document.getOrCreateTable(List.of("tool", "ruff")).set(List.of("line-length"), 88L);
        document.getTable(List.of("tool", "ruff")).set(List.of("when"), java.time.LocalDate.of(2026, 12, 1));
        document.getTable(List.of("tool", "ruff")).set(List.of("ratio"), 0.25);
        String text = document.toToml();

        assertThat(IndependentCheck.holds(text, original, document)).isTrue();
    }

    @Test
    void aTextWhoseDataDiffersDoesNotHold() {
        String original = "[tool.ruff]\nline-length = 88\n";
        TomlParseResult intended = Toml.parse(original);
        for (String text : List.of("[tool.ruff]\nline-length = 89\n", "[tool.ruff]\nline-length = \"88\"\n",
                "[tool.ruff]\nline-length = 88.0\n", "[tool.ruff]\nline-length = 88\nextra = true\n",
                "[tool.ruff]\n", "[tool.ruf]\nline-length = 88\n", "[tool.ruff]\nline-length = [88]\n")) {
            assertThat(IndependentCheck.holds(text, original, intended)).as(text).isFalse();
        }
        assertThat(IndependentCheck.holds("[tool.ruff]\nline-length = 88\n", original, intended)).isTrue();
    }

    @Test
    void signedZerosAndNotANumberCompareAsTomlValues() {
        TomlParseResult nan = Toml.parse("a = nan\n");
        assertThat(IndependentCheck.holds("a = -nan\n", "", nan)).isTrue();
        TomlParseResult negativeZero = Toml.parse("a = -0.0\n");
        assertThat(IndependentCheck.holds("a = 0.0\n", "", negativeZero)).isFalse();
    }

    @Test
    void invalidTextNeverHolds() {
        MutableTomlTable empty = MutableTomlTable.create();
        for (String text : List.of("a = \n", "[a]\n[a]\n", "a = 1\na = 1\n", "a = \"\\uD801\"\n", "[a.b]\nc = 1\n[a]\nb.d = 2\n")) {
            assertThat(IndependentCheck.holds(text, "", empty)).as(text).isFalse();
        }
    }

    @Test
    void surrogateEscapesAreFoundInEitherForm() {
        assertThat(IndependentCheck.hasSurrogateEscape("a = \"\\uD801\"")).isTrue();
        assertThat(IndependentCheck.hasSurrogateEscape("a = \"\\udfff\"")).isTrue();
        assertThat(IndependentCheck.hasSurrogateEscape("a = \"\\U0000DC00\"")).isTrue();
        assertThat(IndependentCheck.hasSurrogateEscape("a = \"\\u00e9 \\U0001F600 \\\\uD801\"")).isTrue();
        assertThat(IndependentCheck.hasSurrogateEscape("a = \"\\u00e9 \\U0001F600 \\uE000 \\uD7FF\"")).isFalse();
        assertThat(IndependentCheck.hasSurrogateEscape("a = \"\\uD8\"")).isFalse();
    }

    @Test
    void dottedKeysAreTellingApartFromQuotedDotsAndValues() {
        assertThat(IndependentCheck.isDottedKey("b.c.t = 1")).isTrue();
        assertThat(IndependentCheck.isDottedKey("  a . b=1")).isTrue();
        assertThat(IndependentCheck.isDottedKey("'a'.\"b\" = 1")).isTrue();
        assertThat(IndependentCheck.isDottedKey("\"a.b\" = 1")).isFalse();
        assertThat(IndependentCheck.isDottedKey("version = \"1.2.3\"")).isFalse();
        assertThat(IndependentCheck.isDottedKey("[tool.ruff]")).isFalse();
        assertThat(IndependentCheck.isDottedKey("# a.b = 1")).isFalse();
        assertThat(IndependentCheck.isDottedKey("x = { a.b = 1 }")).isFalse();
        assertThat(IndependentCheck.isDottedKey("  \"src.pkg\",")).isFalse();
    }

    @Test
    void addedDottedKeysAndHeadersNextToDottedKeysAreDeclined() {
        String plain = "[tool.a]\nx = 1\n";
        assertThat(IndependentCheck.addedLinesAreSafe(plain + "y = 2\n\n[tool.b]\nz = 3\n", plain)).isTrue();
        assertThat(IndependentCheck.addedLinesAreSafe(plain + "b.y = 2\n", plain)).isFalse();
        String dotted = "[tool]\na.x = 1\n";
        assertThat(IndependentCheck.addedLinesAreSafe(dotted + "b = 2\n", dotted)).isTrue();
        assertThat(IndependentCheck.addedLinesAreSafe("[tool.a.c]\nq = 1\n\n" + dotted, dotted)).isFalse();
        assertThat(IndependentCheck.addedLinesAreSafe(dotted + dotted, dotted))
                .as("a second copy of a line is a new line").isFalse();
    }

    /**
     * The validity check on Jackson alone accepts no invalid toml-test 1.0 case, and every valid case
     * it accepts is one tomlj parses as TOML 1.0 without errors.
     */
    @Test
    void certainlyValidAcceptsNoInvalidCaseAndOnlyWhatTomljParses() throws IOException {
        Path tests = TomlTestSuite.root();
        int accepted = 0;
        for (String path : TomlTestSuite.cases(tests, "1.0.0")) {
            Optional<String> decoded = utf8(tests.resolve(path));
            if (decoded.isEmpty() || !path.endsWith(".toml")) {
                continue;
            }
            String text = TomlFraming.bodyOf(decoded.get());
            boolean valid = IndependentCheck.certainlyValid(text);
            if (path.startsWith("invalid/")) {
                assertThat(valid).as(path).isFalse();
            } else if (valid) {
                accepted++;
                assertThat(Toml.parse(text, TomlVersion.V1_0_0).errors()).as(path).isEmpty();
            }
        }
        assertThat(accepted).as("valid cases the check vouches for").isGreaterThan(100);
    }

    /**
     * Pairing off the shared start and end of the two texts by characters gives the same answer as
     * counting every line (the check as it was, kept below as {@link #addedLinesAreSafeByCounting}),
     * on texts drawn from a small pool of lines, line breaks (LF, CRLF, a lone CR) and edits.
     */
    @Test
    void addedLinesCheckAgreesWithCountingEveryLine() {
        List<String> pool = List.of("[tool.a]", "x = 1", "a.b = 2", "", "# c.d = 1", "  [tool.b]", "\"q.r\" = 3", "y.z=4");
        List<String> breaks = List.of("\n", "\r\n", "\r");
        int[] unsafe = new int[1];
        qt().withFixedSeed(SEED).withExamples(3000)
                .forAll(lists().of(integers().between(0, pool.size() * breaks.size() - 1)).ofSizeBetween(0, 8),
                        lists().of(integers().between(0, pool.size() * breaks.size() - 1)).ofSizeBetween(0, 4),
                        integers().between(0, 8), integers().between(0, 3))
                .checkAssert((base, inserted, at, removed) -> {
                    String original = joined(base, pool, breaks);
                    List<Integer> edited = new ArrayList<>(base);
                    int position = Math.min(at, edited.size());
                    edited.subList(position, Math.min(edited.size(), position + removed)).clear();
                    edited.addAll(position, inserted);
                    String text = joined(edited, pool, breaks);
                    boolean expected = addedLinesAreSafeByCounting(text, original);
                    unsafe[0] += expected ? 0 : 1;
                    assertThat(IndependentCheck.addedLinesAreSafe(text, original))
                            .as("text %s original %s", text.replace("\r", "\\r").replace("\n", "\\n"),
                                    original.replace("\r", "\\r").replace("\n", "\\n"))
                            .isEqualTo(expected);
                });
        assertThat(unsafe[0]).as("pairs declined").isBetween(300, 2700);
    }

    private static String joined(List<Integer> picks, List<String> pool, List<String> breaks) {
        StringBuilder text = new StringBuilder();
        for (int pick : picks) {
            text.append(pool.get(pick % pool.size())).append(breaks.get(pick / pool.size()));
        }
        return text.toString();
    }

    /** The check as it was before it paired off shared lines by characters (commit 632ed86). */
    private static boolean addedLinesAreSafeByCounting(String text, String original) {
        java.util.Map<String, Integer> originalLines = new java.util.HashMap<>();
        boolean originalHasDottedKeys = false;
        for (String line : (Iterable<String>) original.lines()::iterator) {
            originalLines.merge(line, 1, Integer::sum);
            originalHasDottedKeys |= IndependentCheck.isDottedKey(line);
        }
        for (String line : (Iterable<String>) text.lines()::iterator) {
            Integer left = originalLines.get(line);
            if (left != null && left > 0) {
                originalLines.put(line, left - 1);
                continue;
            }
            if (IndependentCheck.isDottedKey(line) || originalHasDottedKeys && line.stripLeading().startsWith("[")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every invalid toml-test 1.0 case is either rejected by Jackson or declined by the guards when
     * all its lines are new: without the guards seven cases (dotted keys extending a table or array
     * of tables defined by a header, and lone surrogate escapes) would be taken for valid.
     */
    @Test
    void noInvalidConformanceCaseGetsPastBothJacksonAndTheGuards() throws IOException {
        Path tests = TomlTestSuite.root();
        List<String> readByJacksonOnly = new ArrayList<>();
        for (String path : TomlTestSuite.cases(tests, "1.0.0")) {
            if (!path.startsWith("invalid/")) {
                continue;
            }
            Optional<String> decoded = utf8(tests.resolve(path));
            if (decoded.isEmpty()) {
                continue; // not UTF-8: the workspace refuses such a file before any TOML is read
            }
            String text = decoded.get();
            if (IndependentCheck.readByJackson(text)) {
                readByJacksonOnly.add(path);
                assertThat(IndependentCheck.withinJacksonsStrictness(text, "")).as(path).isFalse();
            }
        }
        assertThat(readByJacksonOnly).as("the cases the guards exist for").hasSizeGreaterThanOrEqualTo(5);
    }

    /** Valid 1.0 cases merged with a payload mostly pass the check, and each one that passes is right. */
    @Test
    void mergesIntoValidConformanceCasesMostlyHoldAndAreRightWhenTheyDo() throws IOException {
        Path tests = TomlTestSuite.root();
        int merged = 0;
        int held = 0;
        for (String path : TomlTestSuite.cases(tests, "1.0.0")) {
            if (!path.startsWith("valid/")) {
                continue;
            }
            String text = TomlFraming.bodyOf(new String(Files.readAllBytes(tests.resolve(path)), StandardCharsets.UTF_8));
            TomlParseResult document = Toml.parse(text, TomlVersion.V1_0_0);
            if (document.hasErrors() || document.contains("zz-protostar")) {
                continue;
            }
            document.set(List.of("zz-protostar"), MutableTomlTable.create().set(List.of("k"), "v"));
            String rendered = document.toToml();
            merged++;
            if (IndependentCheck.holds(rendered, text, document)) {
                held++;
                TomlParseResult check = Toml.parse(rendered, TomlVersion.V1_0_0);
                assertThat(check.errors()).as(path).isEmpty();
                assertThat(TomlData.same(check, document)).as(path).isTrue();
            }
        }
        assertThat(merged).isGreaterThan(150);
        assertThat(held).as("cases where the check answered without tomlj").isGreaterThan(merged / 2);
    }

    /** Over generated, commented documents: whenever the check says "holds", tomlj agrees. */
    @Test
    void aGeneratedDocumentThatHoldsIsValidTomlWithThatData() {
        int[] held = {0};
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(GeneratedToml.documents(), GeneratedToml.documents())
                .checkAssert((base, payload) -> {
                    TomlParseResult document = Toml.parse(base.text(), TomlVersion.V1_0_0);
                    TomlParseResult added = Toml.parse(payload.text(), TomlVersion.V1_0_0);
                    new TableMerge(PYPROJECT, Resolution.MERGE, RenderCheck.NONE).merge(document, added, List.of());
                    String rendered;
                    try {
                        rendered = document.toToml();
                    } catch (IllegalArgumentException cannotBeWritten) {
                        return; // an inline table that cannot take a comment: the merge's own retry handles it
                    }
                    if (IndependentCheck.holds(rendered, base.text(), document)) {
                        held[0]++;
                        TomlParseResult check = Toml.parse(rendered, TomlVersion.V1_0_0);
                        assertThat(check.errors()).as(rendered).isEmpty();
                        assertThat(TomlData.same(check, document)).as(rendered).isTrue();
                    }
                });
        assertThat(held[0]).as("generated merges the check settled without tomlj").isGreaterThan(EXAMPLES / 3);
    }

    /** Over generated documents: a text whose data differs in one value never holds. */
    @Test
    void aGeneratedDocumentWithOneValueChangedNeverHolds() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(GeneratedToml.documents()).checkAssert(base -> {
            TomlParseResult document = Toml.parse(base.text(), TomlVersion.V1_0_0);
            String text = document.toToml();
            document.set(List.of("zz-changed"), 1L);

            assertThat(IndependentCheck.holds(text, text, document)).as(text).isFalse();
        });
    }

    @Test
    void theMergerGivesTheSameTextWithTheCheckAsWithoutIt() {
        String existing = "# top\n[project]\nname = \"x\"\ndependencies = [\n  \"a\",  # why\n]\n\n[tool.black]\nline-length = 100\n\n[build-system]\nrequires = [\"hatchling\"]\n";
        String payload = "[tool.ruff]\n# ruff\nline-length = 88\n\n[tool.ruff.lint]\nselect = [\"E\"]\n";
        TomlMergeResult result = TomlMerger.merge(PYPROJECT, existing, payload, Resolution.MERGE);

        assertThat(result.text()).isEqualTo("# top\n[project]\nname = \"x\"\ndependencies = [\n  \"a\",  # why\n]\n\n"
                + "[tool.black]\nline-length = 100\n\n[tool.ruff]\n# ruff\nline-length = 88\n\n[tool.ruff.lint]\n"
                + "select = [\"E\"]\n\n[build-system]\nrequires = [\"hatchling\"]\n");
    }

    /** The file's text as the workspace would read it, or empty when it is not UTF-8 (the workspace refuses it). */
    private static Optional<String> utf8(Path file) throws IOException {
        try {
            return Optional.of(Utf8Text.decode(WorkspacePath.of(file.getFileName().toString()), Files.readAllBytes(file)));
        } catch (ValidationException notUtf8) {
            return Optional.empty();
        }
    }
}
