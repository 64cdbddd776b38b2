package dev.protostar.core.format.toml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.Resolution;
import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/**
 * {@link TomlDocuments} parses a text once for all its readers in a run, never hands out a parse of
 * other text, and a merge that starts from its parses gives exactly the bytes of one that does not.
 */
class TomlDocumentsTest {

    private static final WorkspacePath PYPROJECT = WorkspacePath.of("pyproject.toml");
    private static final String TEXT = "[project]\nname = \"orbital-sim\"\nrequires-python = \">=3.12\"\n";
    private static final List<String> PAYLOADS = List.of(
            "[tool.ruff]\nline-length = 88\n", "[tool.mypy]\nstrict = true\n", "[tool.pytest.ini_options]\naddopts = \"-q\"\n");

    @Test
    void readsTheSameTextOnce() {
        TomlDocuments documents = new TomlDocuments();
        TomlParseResult first = documents.read(PYPROJECT, TEXT).orElseThrow();
        assertThat(documents.read(PYPROJECT, TEXT)).containsSame(first);
        assertThat(documents.read(PYPROJECT, "\uFEFF" + TEXT)).as("the byte order mark is not TOML").containsSame(first);
        assertThat(first.getString("project.requires-python")).isEqualTo(">=3.12");
    }

    @Test
    void parsesChangedTextAndOtherFilesAfresh() {
        TomlDocuments documents = new TomlDocuments();
        TomlParseResult first = documents.read(PYPROJECT, TEXT).orElseThrow();
        TomlParseResult changed = documents.read(PYPROJECT, TEXT.replace("3.12", "3.13")).orElseThrow();
        assertThat(changed).isNotSameAs(first);
        assertThat(changed.getString("project.requires-python")).isEqualTo(">=3.13");
        assertThat(documents.read(WorkspacePath.of("other.toml"), TEXT).orElseThrow()).isNotSameAs(changed);
    }

    @Test
    void answersAsTheReaderDoesForBrokenAndNewerToml() {
        TomlDocuments documents = new TomlDocuments();
        assertThat(documents.read(PYPROJECT, "[project\nname = 1\n")).isEmpty();
        String newer = "a = { b = 1,\n  c = 2 }\n"; // TOML 1.1 only
        assertThat(documents.read(PYPROJECT, newer).map(d -> d.getLong("a.c"))).isEqualTo(Optional.of(2L));
        assertThat(TomlReader.read(newer).map(d -> d.getLong("a.c"))).isEqualTo(Optional.of(2L));
    }

    @Test
    void validationNamesTheFileAndLine() {
        TomlDocuments documents = new TomlDocuments();
        assertThatThrownBy(() -> TomlMerger.validate(PYPROJECT, "a = 1\n[project\n", documents))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> {
                    ValidationException error = (ValidationException) e;
                    assertThat(error.path()).isEqualTo(PYPROJECT);
                    assertThat(error.line()).isEqualTo(2);
                });
    }

    /**
     * A text that replaced one the run read (as after {@code uv add}) is validated by the independent
     * parser alone when it can tell, and is still read and edited correctly afterwards; a rewrite it
     * cannot vouch for (Jackson accepts this dotted key, TOML 1.0 does not) or that is broken is
     * parsed and named with its line, as before.
     */
    @Test
    void aRewrittenFileIsValidatedAndStillReadAndEditedAsItsText() {
        TomlDocuments documents = new TomlDocuments();
        documents.read(PYPROJECT, TEXT).orElseThrow();
        String rewritten = TEXT + "\n[dependency-groups]\ndev = [\"ruff>=0.5\"]\n";
        TomlMerger.validate(PYPROJECT, rewritten, documents);
        TomlMerger.validate(PYPROJECT, rewritten, documents);
        assertThat(documents.read(PYPROJECT, rewritten).orElseThrow().getArray("dependency-groups.dev").getString(0))
                .isEqualTo("ruff>=0.5");
        assertThat(TomlMerger.mergeAll(PYPROJECT, rewritten, PAYLOADS, Resolution.MERGE, documents).text())
                .isEqualTo(TomlMerger.mergeAll(PYPROJECT, rewritten, PAYLOADS, Resolution.MERGE).text());

        String laxlyAccepted = TEXT + "\n[a.b.c]\nz = 9\n\n[a]\nb.c.t = 1\n";
        assertThat(IndependentCheck.readByJackson(laxlyAccepted)).as("Jackson's laxity").isTrue();
        assertThatThrownBy(() -> TomlMerger.validate(PYPROJECT, laxlyAccepted, documents))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.line()).isEqualTo(9));
        assertThatThrownBy(() -> TomlMerger.validate(PYPROJECT, TEXT + "[broken\n", documents))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.line()).isEqualTo(4));
    }

    @Test
    void theMergeStartsFromTheValidatedParseAndLeavesItsResultForTheNextReader() throws IOException {
        for (String existing : List.of(TEXT, resource("commented-pyproject.toml"))) {
            for (Resolution resolution : List.of(Resolution.MERGE, Resolution.OVERWRITE)) {
                TomlDocuments documents = new TomlDocuments();
                TomlParseResult validated = documents.read(PYPROJECT, existing).orElseThrow();
                TomlMerger.validate(PYPROJECT, existing, documents);
                TomlMergeResult shared = TomlMerger.mergeAll(PYPROJECT, existing, PAYLOADS, resolution, documents);
                TomlMergeResult alone = TomlMerger.mergeAll(PYPROJECT, existing, PAYLOADS, resolution);
                assertThat(shared).isEqualTo(alone);
                assertThat(validated.isModified()).as("the merge edited the validated parse").isTrue();

                String body = TomlFraming.bodyOf(shared.text());
                TomlParseResult next = documents.read(PYPROJECT, shared.text()).orElseThrow();
                assertThat(TomlData.same(next, Toml.parse(body))).as("the reader sees the merged data").isTrue();
                Optional<TomlParseResult> forEditor = documents.takeForEditing(PYPROJECT, shared.text());
                assertThat(forEditor.map(parse -> !parse.isModified() && parse.toToml().equals(body)).orElse(true))
                        .as("an editor gets a parse of the text itself or none, never the edited document").isTrue();
                assertThat(documents.read(PYPROJECT, existing).orElseThrow())
                        .as("the original text is parsed afresh, not the edited document").isNotSameAs(validated);
            }
        }
    }

    @Test
    void anUnchangedMergeKeepsItsParseForTheNextReader() {
        TomlDocuments documents = new TomlDocuments();
        String merged = TomlMerger.mergeAll(PYPROJECT, TEXT, PAYLOADS, Resolution.MERGE).text();
        TomlMergeResult again = TomlMerger.mergeAll(PYPROJECT, merged, PAYLOADS, Resolution.MERGE, documents);
        assertThat(again.changed()).isFalse();
        TomlParseResult kept = documents.read(PYPROJECT, merged).orElseThrow();
        assertThat(kept.isModified()).isFalse();
        assertThat(kept.toToml()).isEqualTo(merged);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TomlDocumentsTest.class.getResourceAsStream(name)) {
            assertThat(in).as("test resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
