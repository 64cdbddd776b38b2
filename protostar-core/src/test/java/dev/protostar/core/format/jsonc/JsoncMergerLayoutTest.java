package dev.protostar.core.format.jsonc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.Resolution;
import dev.protostar.api.WorkspacePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Where new members go and what they look like; everything else stays byte for byte. */
class JsoncMergerLayoutTest {

    private static final WorkspacePath SETTINGS = WorkspacePath.of(".vscode/settings.json");

    private static final String INTERPRETER = """
            {"python.defaultInterpreterPath": "${workspaceFolder}/.venv/bin/python",
             "python.terminal.activateEnvironment": true}
            """;

    static String resource(String name) {
        try (InputStream in = JsoncMergerLayoutTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String merge(String existing, String payload) {
        return JsoncMerger.merge(SETTINGS, existing, payload, Resolution.MERGE).text();
    }

    @Test
    void commentedSettingsGainTheInterpreterAfterTheirLastPropertyWithItsIndentation() {
        String existing = """
                {
                    // Editor
                    "editor.formatOnSave": true, /* always */
                    "files.exclude": {
                        "**/__pycache__": true
                    },
                    "editor.rulers": [88] // black's width
                }
                """;

        assertThat(merge(existing, INTERPRETER)).isEqualTo("""
                {
                    // Editor
                    "editor.formatOnSave": true, /* always */
                    "files.exclude": {
                        "**/__pycache__": true
                    },
                    "editor.rulers": [88], // black's width
                    "python.defaultInterpreterPath": "${workspaceFolder}/.venv/bin/python",
                    "python.terminal.activateEnvironment": true
                }
                """);
    }

    @Test
    void objectThatUsesATrailingCommaKeepsThatConvention() {
        String existing = """
                {
                    "editor.formatOnSave": true,
                    "editor.rulers": [88], // black's width
                }
                """;

        assertThat(merge(existing, INTERPRETER)).isEqualTo("""
                {
                    "editor.formatOnSave": true,
                    "editor.rulers": [88], // black's width
                    "python.defaultInterpreterPath": "${workspaceFolder}/.venv/bin/python",
                    "python.terminal.activateEnvironment": true,
                }
                """);
    }

    @Test
    void commentedVsCodeSettingsMergeIntoTheGoldenFile() {
        String existing = resource("vscode-settings.jsonc");

        JsonMergeResult result = JsoncMerger.merge(SETTINGS, existing, resource("vscode-settings.payload.json"),
                Resolution.MERGE);

        assertThat(result.text()).isEqualTo(resource("vscode-settings.merged.jsonc"));
        assertThat(result.keptKeys()).containsExactly("editor.rulers", "[python].editor.tabSize");
        assertThat(result.warnings()).containsExactly(".vscode/settings.json: editor.formatOnSave is a boolean in"
                + " the file but an object in Protostar's settings; left it as it is. Rename or remove it to let"
                + " Protostar add its own.");
    }

    @Test
    void commentedVsCodeSettingsOverwriteIntoTheGoldenFile() {
        String existing = resource("vscode-settings.jsonc");

        JsonMergeResult result = JsoncMerger.merge(SETTINGS, existing, resource("vscode-settings.payload.json"),
                Resolution.OVERWRITE);

        assertThat(result.text()).isEqualTo(resource("vscode-settings.overwritten.jsonc"));
        assertThat(result.keptKeys()).isEmpty();
        assertThat(result.warnings()).hasSize(1);
    }

    @Test
    void tabIndentedFileGetsTabs() {
        String existing = "{\n\t\"a\": {\n\t\t\"b\": 1\n\t}\n}\n";

        String merged = merge(existing, """
                {"a": {"c": [1, 2]}, "d": {"e": true}}
                """);

        assertThat(merged).isEqualTo(
                "{\n\t\"a\": {\n\t\t\"b\": 1,\n\t\t\"c\": [\n\t\t\t1,\n\t\t\t2\n\t\t]\n\t},\n"
                        + "\t\"d\": {\n\t\t\"e\": true\n\t}\n}\n");
    }

    @Test
    void twoSpaceFileGetsTwoSpacesAlsoInsideAnEmptyObject() {
        String existing = """
                {
                  "a": 1,
                  "nested": {}
                }
                """;

        String merged = merge(existing, """
                {"nested": {"x": {"y": [true]}}, "z": null}
                """);

        assertThat(merged).isEqualTo("""
                {
                  "a": 1,
                  "nested": {
                    "x": {
                      "y": [
                        true
                      ]
                    }
                  },
                  "z": null
                }
                """);
    }

    @Test
    void crlfFileKeepsCrlfForEveryAddedLine() {
        String existing = "{\r\n    \"a\": 1, // one\r\n    \"b\": {\r\n    }\r\n}\r\n";

        String merged = merge(existing, "{\"b\": {\"c\": [1]}, \"d\": 2}");

        assertThat(merged).isEqualTo("{\r\n    \"a\": 1, // one\r\n    \"b\": {\r\n        \"c\": [\r\n"
                + "            1\r\n        ]\r\n    },\r\n    \"d\": 2\r\n}\r\n");
    }

    @Test
    void byteOrderMarkIsKept() {
        String existing = "\uFEFF{\n    \"a\": 1\n}\n";

        assertThat(merge(existing, "{\"b\": 2}")).isEqualTo("\uFEFF{\n    \"a\": 1,\n    \"b\": 2\n}\n");
    }

    @Test
    void missingFinalNewlineStaysMissing() {
        assertThat(merge("{\n    \"a\": 1\n}", "{\"b\": 2}")).isEqualTo("{\n    \"a\": 1,\n    \"b\": 2\n}");
    }

    @Test
    void emptyAndWhitespaceOnlyFilesBecomeThePayloadDocument() {
        String document = "{\n    \"a\": 1,\n    \"b\": {\n        \"c\": []\n    }\n}\n";

        assertThat(merge("", "{\"a\": 1, \"b\": {\"c\": []}}")).isEqualTo(document);
        assertThat(merge("  \n\t\n", "{\"a\": 1, \"b\": {\"c\": []}}")).isEqualTo(document);
    }

    @Test
    void commentOnlyFileKeepsItsCommentsAboveThePayloadDocument() {
        assertThat(merge("// my settings\r\n\r\n", "{\"a\": 1}"))
                .isEqualTo("// my settings\r\n{\r\n    \"a\": 1\r\n}\r\n");
    }

    @Test
    void absentFileIsThePayloadPrettyPrintedWithFourSpaces() {
        JsonMergeResult result = JsoncMerger.merge(SETTINGS, null, "{\"a\":{\"b\":[1,\"x\"]},\"c\":{}}",
                Resolution.MERGE);

        assertThat(result.text()).isEqualTo("""
                {
                    "a": {
                        "b": [
                            1,
                            "x"
                        ]
                    },
                    "c": {}
                }
                """);
        assertThat(result.changed()).isTrue();
    }

    @Test
    void emptyRootObjectOpensOntoLines() {
        assertThat(merge("{}\n", "{\"a\": 1, \"b\": 2}")).isEqualTo("{\n    \"a\": 1,\n    \"b\": 2\n}\n");
        assertThat(merge("{\n}\n", "{\"a\": 1}")).isEqualTo("{\n    \"a\": 1\n}\n");
        assertThat(merge("{}", "{\"a\": 1}")).isEqualTo("{\n    \"a\": 1\n}");
    }

    /** MERGE only inserts: the space (or comment) inside {@code { }} stays where it was, at the end of its line. */
    @Test
    void emptyObjectWithASpaceOrACommentKeepsItAndOnlyGainsLines() {
        String existing = "{\n    \"x\": { },\n    \"y\": { /* none */ }\n}\n";

        assertThat(merge(existing, "{\"x\": {\"a\": 1}, \"y\": {\"b\": 2}}")).isEqualTo(
                "{\n    \"x\": { \n        \"a\": 1\n    },\n    \"y\": { /* none */ \n        \"b\": 2\n    }\n}\n");
    }

    @Test
    void commentsInsideAnEmptyObjectStayAboveTheNewMembers() {
        String existing = """
                {
                    "x": {
                        // nothing yet
                    }
                }
                """;

        assertThat(merge(existing, "{\"x\": {\"a\": 1}}")).isEqualTo("""
                {
                    "x": {
                        // nothing yet
                        "a": 1
                    }
                }
                """);
    }

    @Test
    void emptyNestedObjectOnOneLineOpensAtTheIndentationOfItsLine() {
        String existing = """
                {
                    "x": {}, // filled later
                    "y": 1
                }
                """;

        assertThat(merge(existing, "{\"x\": {\"a\": 1}}")).isEqualTo("""
                {
                    "x": {
                        "a": 1
                    }, // filled later
                    "y": 1
                }
                """);
    }

    @Test
    void nestedObjectGainsAKeyAfterItsLastMember() {
        String existing = """
                {
                    "[python]": {
                        "editor.defaultFormatter": "charliermarsh.ruff" // ruff formats
                        // "editor.tabSize": 4
                    },
                    "z": 0
                }
                """;

        assertThat(merge(existing, "{\"[python]\": {\"editor.formatOnSave\": true}}")).isEqualTo("""
                {
                    "[python]": {
                        "editor.defaultFormatter": "charliermarsh.ruff", // ruff formats
                        "editor.formatOnSave": true
                        // "editor.tabSize": 4
                    },
                    "z": 0
                }
                """);
    }

    @Test
    void objectWrittenOnOneLineGrowsOnThatLine() {
        String existing = """
                {
                    "search.exclude": {"**/.venv": true},
                    "files.watcherExclude": {"**/.git": true,}
                }
                """;

        assertThat(merge(existing, """
                {"search.exclude": {"**/node_modules": true, "**/x": [1, 2]},
                 "files.watcherExclude": {"**/.venv": true}}
                """)).isEqualTo("""
                {
                    "search.exclude": {"**/.venv": true, "**/node_modules": true, "**/x": [1, 2]},
                    "files.watcherExclude": {"**/.git": true, "**/.venv": true,}
                }
                """);
    }

    @Test
    void oneLineObjectWhoseLastMemberHasALineCommentGrowsOnNewLines() {
        String existing = "{\"a\": 1 // keep me\n}\n";

        assertThat(merge(existing, "{\"b\": 2}")).isEqualTo("{\"a\": 1, // keep me\n    \"b\": 2\n}\n");
    }

    @Test
    void commaGoesRightAfterTheValueAndBeforeABlockComment() {
        String existing = """
                {
                    "a": 1 /* one */ // and more
                }
                """;

        assertThat(merge(existing, "{\"b\": 2}")).isEqualTo("""
                {
                    "a": 1, /* one */ // and more
                    "b": 2
                }
                """);
    }

    /** Found by the property tests: a comment before the key does not make the object a one-line object. */
    @Test
    void memberWithACommentBeforeItsKeyStillCountsAsOnItsOwnLine() {
        String existing = """
                {
                    /* k */ "b": 1
                }
                """;

        assertThat(merge(existing, "{\"c\": 2}")).isEqualTo("""
                {
                    /* k */ "b": 1,
                    "c": 2
                }
                """);
    }

    @Test
    void trailingSpacesStayOnTheirLine() {
        assertThat(merge("{\n    \"a\": 1   \n}\n", "{\"b\": 2}")).isEqualTo("{\n    \"a\": 1,   \n    \"b\": 2\n}\n");
    }

    @Test
    void newKeysAndStringsAreEscapedByJackson() {
        String merged = merge("{\n    \"a\": 1\n}\n", "{\"quo\\\"te\": \"tab\\there \\u00e9\", \"n\": 1.50}");

        assertThat(merged).isEqualTo("{\n    \"a\": 1,\n    \"quo\\\"te\": \"tab\\there é\",\n    \"n\": 1.50\n}\n");
    }

    @Test
    void stringEscapesAndNumberSpellingsOfTheFileAreKept() {
        String existing = "{\n    \"s\": \"caf\\u00e9 \\/ \\\"q\\\"\",\n    \"n\": 1.0e+2,\n    \"m\": -0\n}\n";

        String merged = merge(existing, "{\"s\": \"café / \\\"q\\\"\", \"n\": 100, \"m\": 0, \"new\": 1}");

        assertThat(merged).isEqualTo(
                "{\n    \"s\": \"caf\\u00e9 \\/ \\\"q\\\"\",\n    \"n\": 1.0e+2,\n    \"m\": -0,\n    \"new\": 1\n}\n");
    }
}
