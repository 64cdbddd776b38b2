package dev.protostar.core.format.jsonc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.Resolution;
import dev.protostar.api.WorkspacePath;
import org.junit.jupiter.api.Test;

/** OVERWRITE: the payload's values replace the user's in place; nothing else moves. */
class JsoncMergerOverwriteTest {

    private static final WorkspacePath SETTINGS = WorkspacePath.of(".vscode/settings.json");

    private static JsonMergeResult overwrite(String existing, String payload) {
        return JsoncMerger.merge(SETTINGS, existing, payload, Resolution.OVERWRITE);
    }

    @Test
    void valueIsReplacedInPlaceKeepingItsKeyCommaAndTrailingComment() {
        String existing = """
                {
                    /* rulers */ "editor.rulers" : [88, 120], // PEP 8 plus a hard limit
                    "editor.tabSize": 2 /* two */
                }
                """;

        JsonMergeResult result = overwrite(existing, "{\"editor.rulers\": [100], \"editor.tabSize\": 4}");

        assertThat(result.text()).isEqualTo("""
                {
                    /* rulers */ "editor.rulers" : [100], // PEP 8 plus a hard limit
                    "editor.tabSize": 4 /* two */
                }
                """);
        assertThat(result.keptKeys()).isEmpty();
        assertThat(result.changed()).isTrue();
    }

    @Test
    void objectsRecurseAndKeysThePayloadLacksAreKept() {
        String existing = """
                {
                    "[python]": {
                        "editor.tabSize": 2,
                        "editor.wordWrap": "on" // mine
                    }
                }
                """;

        String text = overwrite(existing, "{\"[python]\": {\"editor.tabSize\": 4, \"editor.formatOnSave\": true}}").text();

        assertThat(text).isEqualTo("""
                {
                    "[python]": {
                        "editor.tabSize": 4,
                        "editor.wordWrap": "on", // mine
                        "editor.formatOnSave": true
                    }
                }
                """);
    }

    @Test
    void valueWrittenOverSeveralLinesIsReplacedPrettyPrintedFromItsKeyLine() {
        String existing = """
                {
                    "a": {
                        "list": [
                            1, // one
                            2
                        ],
                        "z": 0
                    }
                }
                """;

        String text = overwrite(existing, "{\"a\": {\"list\": [\"x\", {\"y\": []}]}}").text();

        assertThat(text).isEqualTo("""
                {
                    "a": {
                        "list": [
                            "x",
                            {
                                "y": []
                            }
                        ],
                        "z": 0
                    }
                }
                """);
    }

    @Test
    void equalDataIsNotRewrittenEvenWhenSpelledDifferently() {
        String existing = "{\"n\": 1.50, \"s\": \"\\u0041\"}";

        JsonMergeResult result = overwrite(existing, "{\"n\": 1.5, \"s\": \"A\"}");

        assertThat(result.text()).isSameAs(existing);
        assertThat(result.changed()).isFalse();
    }

    @Test
    void typeClashStaysAWarningInOverwriteToo() {
        String existing = "{\"a\": 1}";

        JsonMergeResult result = overwrite(existing, "{\"a\": {\"b\": 2}}");

        assertThat(result.text()).isEqualTo(existing);
        assertThat(result.warnings()).singleElement().asString()
                .startsWith(".vscode/settings.json: a is a number in the file but an object in Protostar's settings;");
    }

    @Test
    void overwritingTwiceGivesIdenticalBytes() {
        String existing = JsoncMergerLayoutTest.resource("vscode-settings.jsonc");
        String payload = JsoncMergerLayoutTest.resource("vscode-settings.payload.json");

        JsonMergeResult once = overwrite(existing, payload);
        JsonMergeResult twice = overwrite(once.text(), payload);

        assertThat(twice.text()).isEqualTo(once.text());
        assertThat(twice.changed()).isFalse();
    }
}
