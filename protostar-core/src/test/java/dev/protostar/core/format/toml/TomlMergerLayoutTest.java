package dev.protostar.core.format.toml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.Resolution;
import dev.protostar.api.WorkspacePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the user wrote stays as they wrote it: golden files, line endings, BOM, final newline. */
class TomlMergerLayoutTest {

    private static final WorkspacePath PYPROJECT = WorkspacePath.of("pyproject.toml");

    private static String resource(String name) {
        try (InputStream in = TomlMergerLayoutTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void commentedPyprojectMergesIntoTheGoldenFile() {
        String existing = resource("commented-pyproject.toml");
        String payload = resource("commented-pyproject.payload.toml");

        TomlMergeResult result = TomlMerger.merge(PYPROJECT, existing, payload, Resolution.MERGE);

        assertThat(existing.lines().count()).isGreaterThanOrEqualTo(40);
        assertThat(result.text()).isEqualTo(resource("commented-pyproject.merged.toml"));
        assertThat(result.keptKeys()).containsExactly("tool.ruff.line-length");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void commentedPyprojectOverwritesIntoTheGoldenFile() {
        String existing = resource("commented-pyproject.toml");
        String payload = resource("commented-pyproject.payload.toml");

        TomlMergeResult result = TomlMerger.merge(PYPROJECT, existing, payload, Resolution.OVERWRITE);

        assertThat(result.text()).isEqualTo(resource("commented-pyproject.overwritten.toml"));
        assertThat(result.keptKeys()).isEmpty();
    }

    @Test
    void everyLineOfTheCommentedPyprojectSurvivesAMergeInOrder() {
        String existing = resource("commented-pyproject.toml");
        String merged = TomlMerger.merge(PYPROJECT, existing, resource("commented-pyproject.payload.toml"),
                Resolution.MERGE).text();

        assertThat(merged.lines().toList()).containsSubsequence(existing.lines().toList());
    }

    @Test
    void unchangedDocumentComesBackIdentical() {
        String existing = resource("commented-pyproject.toml");

        TomlMergeResult result = TomlMerger.merge(PYPROJECT, existing, existing, Resolution.MERGE);

        assertThat(result.text()).isSameAs(existing);
        assertThat(result.changed()).isFalse();
        assertThat(result.keptKeys()).isEmpty();
    }

    @Test
    void crlfFileKeepsItsLineEndingsAndAddedLinesUseThem() {
        String existing = "[tool.ruff]\r\nline-length = 100 # mine\r\n\r\n[tool.black]\r\nx = 1\r\n";
        String payload = """
                [tool.ruff]
                # why
                target-version = "py312"

                [tool.ruff.lint]
                select = [
                    "E",  # errors
                ]

                [tool.mypy]
                strict = true
                """;

        TomlMergeResult result = TomlMerger.merge(PYPROJECT, existing, payload, Resolution.MERGE);

        assertThat(result.text()).isEqualTo("[tool.ruff]\r\n"
                + "line-length = 100 # mine\r\n"
                + "# why\r\n"
                + "target-version = \"py312\"\r\n"
                + "\r\n"
                + "[tool.ruff.lint]\r\n"
                + "select = [\r\n"
                + "    \"E\",  # errors\r\n"
                + "]\r\n"
                + "\r\n"
                + "[tool.black]\r\n"
                + "x = 1\r\n"
                + "\r\n"
                + "[tool.mypy]\r\n"
                + "strict = true\r\n");
    }

    @Test
    void byteOrderMarkIsKept() {
        String existing = "\uFEFF[tool.ruff]\nline-length = 100\n";

        TomlMergeResult result = TomlMerger.merge(PYPROJECT, existing, "[tool.ruff]\nfix = true\n", Resolution.MERGE);

        assertThat(result.text()).isEqualTo("\uFEFF[tool.ruff]\nline-length = 100\nfix = true\n");
    }

    @Test
    void byteOrderMarkFileThatNeedsNothingIsReturnedAsIs() {
        String existing = "\uFEFF[tool.ruff]\nline-length = 100\n";

        TomlMergeResult result = TomlMerger.merge(PYPROJECT, existing, "[tool.ruff]\nline-length = 100\n",
                Resolution.OVERWRITE);

        assertThat(result.text()).isEqualTo(existing);
        assertThat(result.changed()).isFalse();
    }

    @Test
    void missingFinalNewlineStaysMissingWhenAKeyIsAdded() {
        String existing = "[tool.ruff]\nline-length = 100";

        TomlMergeResult result = TomlMerger.merge(PYPROJECT, existing, "[tool.ruff]\nfix = true\n", Resolution.MERGE);

        assertThat(result.text()).isEqualTo("[tool.ruff]\nline-length = 100\nfix = true");
    }

    @Test
    void missingFinalNewlineStaysMissingWhenATableIsAdded() {
        String existing = "[tool.ruff]\r\nline-length = 100";

        TomlMergeResult result = TomlMerger.merge(PYPROJECT, existing, "[tool.mypy]\nstrict = true\n",
                Resolution.MERGE);

        assertThat(result.text()).isEqualTo("[tool.ruff]\r\nline-length = 100\r\n\r\n[tool.mypy]\r\nstrict = true");
    }

    @Test
    void inlineTablesDottedKeysQuotingAndNotationSurviveNearbyEdits() {
        String existing = """
                [tool]
                ruff = { line-length = 100, src = ['src'] }
                black.line-length = 0x64
                "isort" = { profile = "black" }
                """;
        String payload = """
                [tool.ruff]
                fix = true

                [tool.black]
                preview = true
                """;

        TomlMergeResult result = TomlMerger.merge(PYPROJECT, existing, payload, Resolution.MERGE);

        assertThat(result.text()).isEqualTo("""
                [tool]
                ruff = { line-length = 100, src = ['src'], fix = true }
                black.line-length = 0x64
                black.preview = true
                "isort" = { profile = "black" }
                """);
    }

    @Test
    void commentsCannotEnterATomlOneInlineTableSoTheValueGoesInPlain() {
        String existing = """
                [tool]
                ruff = { line-length = 100 }
                """;
        String payload = """
                [tool.ruff]
                # families
                select = [
                    "E",  # errors
                ]
                """;

        TomlMergeResult result = TomlMerger.merge(PYPROJECT, existing, payload, Resolution.MERGE);

        assertThat(result.text()).isEqualTo("""
                [tool]
                ruff = { line-length = 100, select = ["E"] }
                """);
        assertThat(TomlMerger.merge(PYPROJECT, result.text(), payload, Resolution.MERGE).changed()).isFalse();
    }

    @Test
    void arrayOfTablesWrittenInlineGainsAnInlineEntry() {
        String existing = """
                [tool.x]
                item = [ { name = "a" } ]
                """;
        String payload = """
                [[tool.x.item]]
                # why b
                name = "b"
                """;

        TomlMergeResult result = TomlMerger.merge(PYPROJECT, existing, payload, Resolution.MERGE);

        assertThat(result.text()).isEqualTo("""
                [tool.x]
                item = [ { name = "a" }, { name = "b" } ]
                """);
    }
}
