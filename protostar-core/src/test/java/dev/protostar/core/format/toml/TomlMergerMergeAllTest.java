package dev.protostar.core.format.toml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.protostar.api.Resolution;
import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.testing.FramedText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link TomlMerger#mergeAll} gives exactly what merging the payloads one after another gives:
 * the same bytes, the same {@code changed}, kept keys and warnings.
 */
class TomlMergerMergeAllTest {

    private static final WorkspacePath FILE = WorkspacePath.of("pyproject.toml");
    private static final long SEED = 20_261_201L;
    private static final int EXAMPLES = Integer.getInteger("protostar.examples", 300);

    private static final String RUFF = """
            [tool.ruff]
            # Ruff settings. Re-runs keep your values.
            line-length = 88 # a common width

            [tool.ruff.lint]
            select = [
                "E",   # pycodestyle
                "F",   # Pyflakes
            ]
            ignore = [] # rule codes to switch off
            """;
    private static final String MYPY = """
            [tool.mypy]
            python_version = "3.13"
            strict = true
            """;
    private static final String PYTEST = """
            [tool.pytest.ini_options]
            minversion = "7.0"
            addopts = "-ra -q"
            testpaths = ["tests"]
            """;
    private static final String ROOT_KEY = """
            requires = "something"

            [tool.extra]
            on = true
            """;

    private static final String UV_INIT = """
            [project]
            name = "orbital-sim"
            version = "0.1.0"
            requires-python = ">=3.13"
            dependencies = []
            """;
    private static final String COMMENTED = """
            # A hand-edited file.
            [project]
            name = "orbital-sim"  # the PyPI name
            dependencies = [
                "numpy>=1.26",  # vectors
            ]

            # Black, kept in sync with the linters.
            [tool.black]
            line-length = 100

            [tool.ruff]
            line-length = 100  # ours, not Protostar's

            [tool.coverage.run]
            branch = true

            [build-system]
            requires = ["hatchling"]
            build-backend = "hatchling.build"

            [dependency-groups]
            dev = ["pytest>=8"]
            """;

    private static TomlMergeResult oneByOne(String existing, List<String> payloads, Resolution resolution) {
        String text = existing;
        List<String> kept = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        boolean changed = false;
        for (String payload : payloads) {
            TomlMergeResult result = TomlMerger.merge(FILE, text, payload, resolution);
            kept.addAll(result.keptKeys());
            warnings.addAll(result.warnings());
            changed |= result.changed();
            text = result.text();
        }
        return new TomlMergeResult(text, existing == null || (changed && !text.equals(existing)), kept, warnings);
    }

    private static void assertSameAsOneByOne(String existing, List<String> payloads, Resolution resolution) {
        TomlMergeResult together = TomlMerger.mergeAll(FILE, existing, payloads, resolution);
        TomlMergeResult expected = oneByOne(existing, payloads, resolution);

        assertThat(together.text()).isEqualTo(expected.text());
        assertThat(together.changed()).isEqualTo(expected.changed());
        assertThat(together.keptKeys()).isEqualTo(expected.keptKeys());
        assertThat(together.warnings()).isEqualTo(expected.warnings());
    }

    @Test
    void toolPayloadsMergeAsTheyWouldOneByOne() {
        List<List<String>> payloadLists = List.of(List.of(RUFF, MYPY), List.of(RUFF, MYPY, PYTEST),
                List.of(PYTEST, RUFF, MYPY), List.of(RUFF, RUFF), List.of(MYPY, ROOT_KEY, PYTEST));
        List<String> bases = new ArrayList<>();
        bases.add(null);
        for (String text : List.of(UV_INIT, COMMENTED, "", "# only a comment\n")) {
            for (boolean crlf : List.of(false, true)) {
                for (boolean bom : List.of(false, true)) {
                    for (boolean finalNewline : List.of(true, false)) {
                        bases.add(FramedText.of(text, crlf, bom, finalNewline));
                    }
                }
            }
        }
        for (String base : bases) {
            for (List<String> payloads : payloadLists) {
                for (Resolution resolution : List.of(Resolution.MERGE, Resolution.OVERWRITE)) {
                    assertSameAsOneByOne(base, payloads, resolution);
                }
            }
        }
    }

    @Test
    void theCommonCaseKeepsTheUsersTextAndAddsEveryTable() {
        TomlMergeResult result = TomlMerger.mergeAll(FILE, COMMENTED, List.of(RUFF, MYPY, PYTEST), Resolution.MERGE);

        assertThat(result.changed()).isTrue();
        assertThat(result.keptKeys()).containsExactly("tool.ruff.line-length");
        assertThat(result.text()).startsWith(COMMENTED.substring(0, COMMENTED.indexOf("[tool.coverage.run]")))
                .contains("\n[tool.ruff.lint]\n", "\n[tool.mypy]\n", "\n[tool.pytest.ini_options]\n");
        assertThat(TomlMerger.mergeAll(FILE, result.text(), List.of(RUFF, MYPY, PYTEST), Resolution.MERGE).changed())
                .isFalse();
    }

    @Test
    void generatedDocumentsAndPayloadsMergeAsTheyWouldOneByOne() {
        Gen<String> bases = GeneratedToml.documents().zip(Generate.booleans(), Generate.booleans(),
                (document, crlf, bom) -> FramedText.of(document.text(), crlf, bom, true));
        Gen<List<String>> payloads = GeneratedToml.documents().zip(GeneratedToml.documents(), GeneratedToml.documents(),
                (a, b, c) -> List.of(a.text(), b.text(), c.text()));
        Gen<Resolution> resolutions = Generate.pick(List.of(Resolution.MERGE, Resolution.OVERWRITE));
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(bases, payloads, resolutions)
                .checkAssert(TomlMergerMergeAllTest::assertSameAsOneByOne);
    }

    @Test
    void anInvalidFileIsReportedWithItsPosition() {
        assertThatThrownBy(() -> TomlMerger.mergeAll(FILE, "[project\n", List.of(RUFF, MYPY), Resolution.MERGE))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("pyproject.toml");
    }
}
