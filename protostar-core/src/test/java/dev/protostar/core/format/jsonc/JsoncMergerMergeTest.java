package dev.protostar.core.format.jsonc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.Resolution;
import dev.protostar.api.WorkspacePath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MERGE: add what is missing, keep (and report) what the user has, never lose a comment. */
class JsoncMergerMergeTest {

    private static final WorkspacePath SETTINGS = WorkspacePath.of(".vscode/settings.json");

    private static JsonMergeResult merge(String existing, String payload) {
        return JsoncMerger.merge(SETTINGS, existing, payload, Resolution.MERGE);
    }

    @Test
    void existingValueIsKeptAndReportedOnlyWhenItDiffers() {
        String existing = """
                {
                    "editor.rulers": [100],
                    "editor.tabSize": 4,
                    "[python]": {"editor.formatOnSave": false}
                }
                """;

        JsonMergeResult result = merge(existing, """
                {"editor.rulers": [88], "editor.tabSize": 4, "[python]": {"editor.formatOnSave": true}}
                """);

        assertThat(result.text()).isSameAs(existing);
        assertThat(result.changed()).isFalse();
        assertThat(result.keptKeys()).containsExactly("editor.rulers", "[python].editor.formatOnSave");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void valuesAreComparedAsJsonDataNotAsText() {
        String existing = "{\"n\": 1.0, \"e\": 1e2, \"s\": \"caf\\u00e9\", \"o\": {\"b\": 2, \"a\": 1}}";

        JsonMergeResult result = merge(existing, "{\"n\": 1, \"e\": 100, \"s\": \"café\", \"o\": {\"a\": 1, \"b\": 2}}");

        assertThat(result.changed()).isFalse();
        assertThat(result.keptKeys()).isEmpty();
    }

    @Test
    void arraysAreValuesNeverMergedElementByElement() {
        JsonMergeResult result = merge("{\"a\": [\"x\"]}", "{\"a\": [\"y\"]}");

        assertThat(result.text()).isEqualTo("{\"a\": [\"x\"]}");
        assertThat(result.keptKeys()).containsExactly("a");
    }

    @Test
    void typeClashIsAWarningNamingFileAndKeyAndTheUserValueStays() {
        String existing = "{\n    \"a\": {\"b\": \"text\"},\n    \"c\": [1]\n}\n";

        JsonMergeResult result = merge(existing, "{\"a\": {\"b\": {\"deep\": 1}}, \"c\": {\"x\": 1}}");

        assertThat(result.text()).isEqualTo(existing);
        assertThat(result.changed()).isFalse();
        assertThat(result.warnings()).containsExactly(
                ".vscode/settings.json: a.b is a string in the file but an object in Protostar's settings;"
                        + " left it as it is. Rename or remove it to let Protostar add its own.",
                ".vscode/settings.json: c is an array in the file but an object in Protostar's settings;"
                        + " left it as it is. Rename or remove it to let Protostar add its own.");
        assertThat(result.keptKeys()).isEmpty();
    }

    @Test
    void userObjectWhereThePayloadHasAScalarIsAlsoAClash() {
        JsonMergeResult result = merge("{\"a\": {\"b\": 1}}", "{\"a\": true}");

        assertThat(result.changed()).isFalse();
        assertThat(result.warnings()).singleElement().asString()
                .startsWith(".vscode/settings.json: a is an object in the file but a boolean in Protostar's settings;");
    }

    @Test
    void mergingTwiceGivesIdenticalBytes() {
        String existing = JsoncMergerLayoutTest.resource("vscode-settings.jsonc");
        String payload = JsoncMergerLayoutTest.resource("vscode-settings.payload.json");

        JsonMergeResult once = merge(existing, payload);
        JsonMergeResult twice = merge(once.text(), payload);

        assertThat(once.changed()).isTrue();
        assertThat(twice.text()).isEqualTo(once.text());
        assertThat(twice.changed()).isFalse();
        assertThat(twice.keptKeys()).isEqualTo(once.keptKeys());
    }

    @Test
    void keysWrittenWithEscapesAreTheKeysTheyMean() {
        String existing = "{\"editor.tab\\u0053ize\": 2}";

        JsonMergeResult result = merge(existing, "{\"editor.tabSize\": 4}");

        assertThat(result.text()).isEqualTo(existing);
        assertThat(result.keptKeys()).containsExactly("editor.tabSize");
    }

    /**
     * The Python original read settings.json with {@code json.loads}, which rejects comments, and
     * then wrote the payload over the file. Here every comment survives in order, and MERGE only
     * inserts characters.
     */
    @Test
    void settingsWithCommentsAreNeverDroppedOrRewrittenWholesale() {
        String existing = JsoncMergerLayoutTest.resource("vscode-settings.jsonc");

        String merged = merge(existing, JsoncMergerLayoutTest.resource("vscode-settings.payload.json")).text();

        assertThat(merged).startsWith("// Workspace settings for orbital-sim.\n"
                + "// Kept in version control; personal tweaks go in your user settings.\n{\n");
        int from = 0;
        for (String comment : List.of("/* ---- Editor ---- */", "// PEP 8 plus a hard limit", "// Files the explorer hides",
                "// mypy", "/* team decision, see #12 */", "/* \"editor.wordWrap\": \"on\", */",
                "/* filled by direnv */", "// one line on purpose")) {
            int at = merged.indexOf(comment, from);
            assertThat(at).as(comment).isGreaterThanOrEqualTo(from);
            from = at + comment.length();
        }
        assertThat(TextChecks.onlyInserted(existing, merged)).isTrue();
        assertThat(merged.length()).isGreaterThan(existing.length());
    }

    @Test
    void everyLineOfACommentedFileSurvivesInOrderWhenNoEmptyObjectIsFilled() {
        String existing = """
                // header
                {
                    "a": 1, // one
                    /* block */
                    "b": {
                        "c": [1, 2] // list
                    }
                    // footer inside
                }
                """;

        String merged = merge(existing, "{\"b\": {\"d\": 1}, \"e\": 2}").text();

        assertThat(TextChecks.firstLineMissing(existing, merged)).isEqualTo(-1);
        assertThat(TextChecks.lines(merged)).hasSize(TextChecks.lines(existing).size() + 2);
    }

    @Test
    void emptyPayloadChangesNothing() {
        String existing = "// c\n{\"a\": 1,}";

        JsonMergeResult result = merge(existing, "{}");

        assertThat(result.text()).isSameAs(existing);
        assertThat(result.changed()).isFalse();
        assertThat(merge("", "{}").text()).isEmpty();
        assertThat(merge("", "{}").changed()).isFalse();
    }

    @Test
    void abortIsRefused() {
        assertThatThrownBy(() -> JsoncMerger.merge(SETTINGS, "{}", "{}", Resolution.ABORT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(".vscode/settings.json")
                .hasMessageContaining("ABORT");
    }

    @Test
    void brokenPayloadIsAProgrammingErrorNamingTheTargetAndThePlace() {
        assertThatThrownBy(() -> merge("{}", "{\"a\": 1,\n \"b\" 2}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The JSON payload for .vscode/settings.json is invalid at line 2, column 6: ");
    }

    @Test
    void payloadMustBeOnePlainJsonObject() {
        assertThatThrownBy(() -> merge("{}", "[1]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("root value is an array");
        assertThatThrownBy(() -> merge("{}", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is empty");
        assertThatThrownBy(() -> merge("{}", "{\"a\": 1, // no comments in payloads\n}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> merge("{}", "{\"a\": 1, \"a\": 2}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate key \"a\"");
    }
}
