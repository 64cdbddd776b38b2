package dev.protostar.core.format.jsonc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.TypedValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSONC slot editor on realistic VS Code settings files, byte for byte. */
class JsoncSlotEditorTest {

    private static final WorkspacePath SETTINGS = WorkspacePath.of(".vscode/settings.json");
    private static final JsoncSlotEditor EDITOR = new JsoncSlotEditor();

    /** A settings file as people write them: comments of both kinds, dotted keys, a language block, arrays. */
    private static final String SETTINGS_FILE = """
            {
                // Python
                "python.analysis.typeCheckingMode": "basic", // strict once typed
                "python.testing.pytestArgs": ["tests", "-q"],
                /* Per-language settings */
                "[python]": {
                    "editor.formatOnSave": true,
                    "editor.defaultFormatter": "charliermarsh.ruff"
                },
                "editor.rulers": [88, 100],
                "files.exclude": {
                    "**/__pycache__": true
                }
            }
            """;

    private static TypedValue.Str str(String value) {
        return new TypedValue.Str(value);
    }

    private static TypedValue.Int integer(long value) {
        return new TypedValue.Int(value);
    }

    private static List<String> path(String... keys) {
        return List.of(keys);
    }


    @Test
    void objectsAreWalkedIntoArraysGiveOneSlotPerDistinctMemberAndScalarsKeySlots() {
        Map<Slot, TypedValue> expected = new LinkedHashMap<>();
        expected.put(Slot.key(path("python.analysis.typeCheckingMode")), str("basic"));
        expected.put(Slot.member(path("python.testing.pytestArgs"), str("tests")), str("tests"));
        expected.put(Slot.member(path("python.testing.pytestArgs"), str("-q")), str("-q"));
        expected.put(Slot.key(path("[python]", "editor.formatOnSave")), new TypedValue.Bool(true));
        expected.put(Slot.key(path("[python]", "editor.defaultFormatter")), str("charliermarsh.ruff"));
        expected.put(Slot.member(path("editor.rulers"), integer(88)), integer(88));
        expected.put(Slot.member(path("editor.rulers"), integer(100)), integer(100));
        expected.put(Slot.key(path("files.exclude", "**/__pycache__")), new TypedValue.Bool(true));

        Map<Slot, TypedValue> slots = EDITOR.slots(SETTINGS, SETTINGS_FILE);

        assertThat(slots).isEqualTo(expected);
        assertThat(List.copyOf(slots.keySet())).isEqualTo(List.copyOf(expected.keySet())); // document order
    }

    @Test
    void numbersAreTypedByTheirSpellingAndEscapedKeysAreUnescaped() {
        String text = """
                {
                    "int": 42, "negative": -7, "zero": -0,
                    "fraction": 1.0, "exponent": 1e3, "negativeZero": -0.0,
                    "huge": 18446744073709551616,
                    "nothing": null, "off": false,
                    "tab\\u0053ize": 4,
                    "empty": {}, "none": [],
                    "mixed": [1, 1.0, "1", 1, null]
                }
                """;

        Map<Slot, TypedValue> slots = EDITOR.slots(SETTINGS, text);

        assertThat(slots.get(Slot.key(path("int")))).isEqualTo(integer(42));
        assertThat(slots.get(Slot.key(path("negative")))).isEqualTo(integer(-7));
        assertThat(slots.get(Slot.key(path("zero")))).isEqualTo(integer(0));
        assertThat(slots.get(Slot.key(path("fraction")))).isEqualTo(new TypedValue.Flt(1.0));
        assertThat(slots.get(Slot.key(path("exponent")))).isEqualTo(new TypedValue.Flt(1000.0));
        assertThat(slots.get(Slot.key(path("negativeZero")))).isEqualTo(new TypedValue.Flt(-0.0));
        assertThat(slots.get(Slot.key(path("huge")))).isEqualTo(new TypedValue.Flt(1.8446744073709552E19));
        assertThat(slots.get(Slot.key(path("nothing")))).isEqualTo(new TypedValue.Null());
        assertThat(slots.get(Slot.key(path("off")))).isEqualTo(new TypedValue.Bool(false));
        assertThat(slots.get(Slot.key(path("tabSize")))).isEqualTo(integer(4));
        assertThat(slots.keySet()).noneMatch(slot -> slot.keyPath().get(0).equals("empty"));
        assertThat(slots.get(Slot.key(path("none")))).isEqualTo(new TypedValue.Arr(List.of()));
        assertThat(slots.entrySet().stream().filter(e -> e.getKey().keyPath().equals(path("mixed")))
                .map(Map.Entry::getValue).toList())
                .containsExactly(integer(1), new TypedValue.Flt(1.0), str("1"), new TypedValue.Null());
    }

    @Test
    void anAbsentFileAndAFileWithOnlyCommentsHaveNoSlots() {
        assertThat(EDITOR.slots(SETTINGS, null)).isEmpty();
        assertThat(EDITOR.slots(SETTINGS, "// nothing yet\n")).isEmpty();
        assertThat(EDITOR.slots(SETTINGS, "")).isEmpty();
    }

    @Test
    void aSyntaxErrorNamesTheFileLineAndColumn() {
        String broken = "{\n    \"a\": 1,\n    \"b\" 2\n}\n";

        assertThatThrownBy(() -> EDITOR.slots(SETTINGS, broken))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.path()).isEqualTo(SETTINGS);
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(9);
                });
    }

    @Test
    void aDuplicateKeyIsRefusedAtItsSecondOccurrence() {
        String twice = "{\n  \"a\": 1,\n  \"a\": 2\n}\n";

        assertThatThrownBy(() -> EDITOR.slots(SETTINGS, twice))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(3);
                    assertThat(e.detail()).contains("duplicate key \"a\"");
                });
    }


    @Test
    void aPresentValueIsReplacedInPlaceKeepingItsComment() {
        String text = EDITOR.put(SETTINGS, SETTINGS_FILE, path("python.analysis.typeCheckingMode"), str("strict"));

        assertThat(text).isEqualTo(SETTINGS_FILE.replace("\"basic\"", "\"strict\""));
    }

    @Test
    void theSameValueLeavesTheTextAsItIsButAnotherTypeIsAnotherValue() {
        String text = "{\"editor.tabSize\": 4, \"ratio\": 1.50}";

        assertThat(EDITOR.put(SETTINGS, text, path("editor.tabSize"), integer(4))).isSameAs(text);
        assertThat(EDITOR.put(SETTINGS, text, path("ratio"), new TypedValue.Flt(1.5))).isSameAs(text);
        assertThat(EDITOR.put(SETTINGS, text, path("editor.tabSize"), new TypedValue.Flt(4.0)))
                .isEqualTo("{\"editor.tabSize\": 4.0, \"ratio\": 1.50}");
        assertThat(EDITOR.put(SETTINGS, text, path("editor.tabSize"), str("4")))
                .isEqualTo("{\"editor.tabSize\": \"4\", \"ratio\": 1.50}");
    }

    @Test
    void anAbsentKeyInALanguageBlockGoesAfterItsLastMemberCreatingTheObjectsOnTheWay() {
        String text = EDITOR.put(SETTINGS, SETTINGS_FILE,
                path("[python]", "editor.codeActionsOnSave", "source.organizeImports"), str("explicit"));

        assertThat(text).isEqualTo("""
                {
                    // Python
                    "python.analysis.typeCheckingMode": "basic", // strict once typed
                    "python.testing.pytestArgs": ["tests", "-q"],
                    /* Per-language settings */
                    "[python]": {
                        "editor.formatOnSave": true,
                        "editor.defaultFormatter": "charliermarsh.ruff",
                        "editor.codeActionsOnSave": {
                            "source.organizeImports": "explicit"
                        }
                    },
                    "editor.rulers": [88, 100],
                    "files.exclude": {
                        "**/__pycache__": true
                    }
                }
                """);
    }

    @Test
    void tabsCrlfAByteOrderMarkAndTrailingCommasAreKept() {
        String existing = "\uFEFF{\r\n\t// mine\r\n\t\"[python]\": {\r\n\t\t\"editor.formatOnSave\": true,\r\n\t},\r\n}";

        String text = EDITOR.put(SETTINGS, existing, path("[python]", "editor.tabSize"), integer(4));

        assertThat(text).isEqualTo("\uFEFF{\r\n\t// mine\r\n\t\"[python]\": {\r\n\t\t\"editor.formatOnSave\": true,\r\n"
                + "\t\t\"editor.tabSize\": 4,\r\n\t},\r\n}");
    }

    @Test
    void aNewMemberOfAOneLineObjectStaysOnItsLine() {
        String existing = "{\n  \"files.exclude\": {\"**/.git\": true},\n  \"x\": 1\n}\n";

        String text = EDITOR.put(SETTINGS, existing, path("files.exclude", "**/__pycache__"), new TypedValue.Bool(true));

        assertThat(text).isEqualTo("{\n  \"files.exclude\": {\"**/.git\": true, \"**/__pycache__\": true},\n  \"x\": 1\n}\n");
    }

    @Test
    void anAbsentFileBecomesTheDocumentTheMergeEngineWrites() {
        String text = EDITOR.put(SETTINGS, null, path("[python]", "editor.formatOnSave"), new TypedValue.Bool(true));

        assertThat(text).isEqualTo("{\n    \"[python]\": {\n        \"editor.formatOnSave\": true\n    }\n}\n");
    }

    @Test
    void aFileWithOnlyCommentsKeepsThemAboveTheNewDocument() {
        String text = EDITOR.put(SETTINGS, "// settings for this project\r\n", path("editor.tabSize"), integer(4));

        assertThat(text).isEqualTo("// settings for this project\r\n{\r\n    \"editor.tabSize\": 4\r\n}\r\n");
    }

    @Test
    void anObjectValueReplacingAMultiLineValueIsLaidOutOnLines() {
        String existing = "{\n  \"files.exclude\": {\n    \"a\": true\n  },\n  \"x\": 1\n}\n";
        Map<String, TypedValue> members = new LinkedHashMap<>();
        members.put("b", new TypedValue.Bool(false));
        members.put("c", new TypedValue.Arr(List.of(integer(1))));

        String text = EDITOR.put(SETTINGS, existing, path("files.exclude"), new TypedValue.Tbl(members));

        assertThat(text).isEqualTo("{\n  \"files.exclude\": {\n    \"b\": false,\n    \"c\": [\n      1\n    ]\n  },\n"
                + "  \"x\": 1\n}\n");
    }

    @Test
    void aPathThroughAValueThatIsNotAnObjectIsRefusedAtThatValue() {
        String existing = "{\n    \"[python]\": \"oops\"\n}\n";

        assertThatThrownBy(() -> EDITOR.put(SETTINGS, existing, path("[python]", "editor.formatOnSave"),
                new TypedValue.Bool(true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.path()).isEqualTo(SETTINGS);
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(17);
                    assertThat(e.detail()).isEqualTo("\"[python]\" is a string, not an object;"
                            + " Protostar needs to write \"[python]\".\"editor.formatOnSave\" there");
                    assertThat(e.hint()).hasValueSatisfying(hint -> assertThat(hint).contains("Rename or remove"));
                });
    }

    @Test
    void valuesJsonCannotHoldAndTheRootAreRefused() {
        assertThatThrownBy(() -> EDITOR.put(SETTINGS, "{}", path("x"), new TypedValue.Flt(Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EDITOR.put(SETTINGS, "{}", path("x"),
                new TypedValue.DateTime("local-date", "2026-01-01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EDITOR.put(SETTINGS, "{}", List.of(), integer(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }


    @Test
    void aMemberGoesWithItsLineAndItsTrailingCommentAndTheCommentAboveItStays() {
        String text = EDITOR.remove(SETTINGS, SETTINGS_FILE, path("python.analysis.typeCheckingMode"));

        assertThat(text).isEqualTo(SETTINGS_FILE.replace(
                "    \"python.analysis.typeCheckingMode\": \"basic\", // strict once typed\n", ""));
    }

    @Test
    void theLastMemberTakesThePreviousCommaWithIt() {
        String text = EDITOR.remove(SETTINGS, SETTINGS_FILE, path("[python]", "editor.defaultFormatter"));

        assertThat(text).isEqualTo(SETTINGS_FILE.replace(
                "\"editor.formatOnSave\": true,\n        \"editor.defaultFormatter\": \"charliermarsh.ruff\"\n",
                "\"editor.formatOnSave\": true\n"));
    }

    @Test
    void aTrailingCommaFileKeepsItsTrailingCommas() {
        String existing = "{\n\t\"a\": 1,\n\t\"b\": 2,\n}\n";

        assertThat(EDITOR.remove(SETTINGS, existing, path("b"))).isEqualTo("{\n\t\"a\": 1,\n}\n");
        assertThat(EDITOR.remove(SETTINGS, existing, path("a"))).isEqualTo("{\n\t\"b\": 2,\n}\n");
    }

    @Test
    void aCommentBetweenKeyAndValueGoesACommentOnItsOwnLineStays() {
        String existing = "{\r\n  \"a\": /* gone */ 1,\r\n  // kept\r\n  \"b\": 2\r\n}\r\n";

        assertThat(EDITOR.remove(SETTINGS, existing, path("a"))).isEqualTo("{\r\n  // kept\r\n  \"b\": 2\r\n}\r\n");
        assertThat(EDITOR.remove(SETTINGS, existing, path("b")))
                .isEqualTo("{\r\n  \"a\": /* gone */ 1\r\n  // kept\r\n}\r\n");
    }

    @Test
    void membersOfAOneLineObjectGoWithTheSpacesThatSeparatedThem() {
        String existing = "{\"a\": 1, \"b\": 2, /* c */ \"c\": 3}";

        assertThat(EDITOR.remove(SETTINGS, existing, path("a"))).isEqualTo("{\"b\": 2, /* c */ \"c\": 3}");
        assertThat(EDITOR.remove(SETTINGS, existing, path("b"))).isEqualTo("{\"a\": 1, /* c */ \"c\": 3}");
        assertThat(EDITOR.remove(SETTINGS, existing, path("c"))).isEqualTo("{\"a\": 1, \"b\": 2 /* c */}");
    }

    @Test
    void anObjectLeftEmptyLeavesItsParentAndSoOnUpwards() {
        String existing = """
                {
                    "editor.tabSize": 4,
                    "outer": {
                        "inner": {
                            "only": true
                        }
                    }
                }
                """;

        assertThat(EDITOR.remove(SETTINGS, existing, path("outer", "inner", "only")))
                .isEqualTo("{\n    \"editor.tabSize\": 4\n}\n");
    }

    @Test
    void anObjectLeftEmptyWithACommentInsideStays() {
        String existing = """
                {
                    "files.exclude": {
                        // add more here
                        "**/__pycache__": true
                    },
                    "x": 1
                }
                """;

        assertThat(EDITOR.remove(SETTINGS, existing, path("files.exclude", "**/__pycache__"))).isEqualTo("""
                {
                    "files.exclude": {
                        // add more here
                    },
                    "x": 1
                }
                """);
    }

    @Test
    void anObjectThatWasAlreadyEmptyIsNotTouched() {
        String existing = "{\n  \"empty\": {},\n  \"a\": 1\n}\n";

        assertThat(EDITOR.remove(SETTINGS, existing, path("a"))).isEqualTo("{\n  \"empty\": {}\n}\n");
    }

    @Test
    void theRootLeftEmptyIsWrittenAsAnEmptyObjectUnlessItHoldsComments() {
        assertThat(EDITOR.remove(SETTINGS, "\uFEFF{\n    \"a\": 1\n}\n", path("a"))).isEqualTo("\uFEFF{}\n");
        assertThat(EDITOR.remove(SETTINGS, "{\n    // mine\n    \"a\": 1\n}", path("a"))).isEqualTo("{\n    // mine\n}");
    }

    @Test
    void somethingAbsentLeavesTheTextAsItIs() {
        assertThat(EDITOR.remove(SETTINGS, SETTINGS_FILE, path("nope"))).isSameAs(SETTINGS_FILE);
        assertThat(EDITOR.remove(SETTINGS, SETTINGS_FILE, path("python.analysis.typeCheckingMode", "deeper")))
                .isSameAs(SETTINGS_FILE);
        assertThat(EDITOR.remove(SETTINGS, "// only a comment\n", path("a"))).isEqualTo("// only a comment\n");
        assertThat(EDITOR.remove(SETTINGS, null, path("a"))).isNull();
    }

    @Test
    void aBrokenFileIsRefused() {
        assertThatThrownBy(() -> EDITOR.remove(SETTINGS, "{\"a\": 1,, }", path("a")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo(9);
                });
    }


    @Test
    void aMemberSpanningLinesGoesWithAllItsLines() {
        String existing = "{\n  \"a\": 1,\n  \"o\": {\n    \"x\": 1, // x\n    \"y\": [\n      1\n    ]\n  },\n  \"b\": 2\n}\n";

        assertThat(EDITOR.remove(SETTINGS, existing, path("o"))).isEqualTo("{\n  \"a\": 1,\n  \"b\": 2\n}\n");
    }

    @Test
    void aCommentBeforeTheKeyOnItsLineGoesWithItButABlockCommentFromTheLineAboveStays() {
        assertThat(EDITOR.remove(SETTINGS, "{\n  /* k */ \"a\": 1,\n  \"b\": 2\n}\n", path("a")))
                .isEqualTo("{\n  \"b\": 2\n}\n");
        assertThat(EDITOR.remove(SETTINGS, "{\n  \"x\": 0,\n  /* spans\n  lines */ \"a\": 1,\n  \"b\": 2\n}", path("a")))
                .isEqualTo("{\n  \"x\": 0,\n  /* spans\n  lines */\n  \"b\": 2\n}");
    }

    @Test
    void aOneLineObjectLeftEmptyLeavesItsParentUnlessItHoldsAComment() {
        assertThat(EDITOR.remove(SETTINGS, "{\"a\": {\"b\": 1}, \"c\": 2}", path("a", "b"))).isEqualTo("{\"c\": 2}");
        assertThat(EDITOR.remove(SETTINGS, "{\"a\": {\"b\": 1 /* why */}, \"c\": 2}", path("a", "b")))
                .isEqualTo("{\"a\": { /* why */}, \"c\": 2}");
    }

    @Test
    void aCommaFirstFileLosesTheCommaOfTheRemovedMember() {
        assertThat(EDITOR.remove(SETTINGS, "{\n  \"x\": 1\n  , \"a\": 2\n  , \"b\": 3\n}", path("a")))
                .isEqualTo("{\n  \"x\": 1\n  , \"b\": 3\n}");
    }

    @Test
    void aOneLineArrayGrowsOnItsLine() {
        String text = EDITOR.addMember(SETTINGS, SETTINGS_FILE, path("python.testing.pytestArgs"), str("-x"));

        assertThat(text).isEqualTo(SETTINGS_FILE.replace("[\"tests\", \"-q\"]", "[\"tests\", \"-q\", \"-x\"]"));
    }

    @Test
    void aOneLineArrayWithATrailingCommaKeepsIt() {
        assertThat(EDITOR.addMember(SETTINGS, "{\"r\": [88,]}", path("r"), integer(100)))
                .isEqualTo("{\"r\": [88, 100,]}");
    }

    @Test
    void aOnePerLineArrayGetsANewLineAndItsCommentsStay() {
        String existing = """
                {
                  "python.testing.pytestArgs": [
                    "tests", // where they are
                    "-q" // quiet
                  ]
                }
                """;

        assertThat(EDITOR.addMember(SETTINGS, existing, path("python.testing.pytestArgs"), str("-x"))).isEqualTo("""
                {
                  "python.testing.pytestArgs": [
                    "tests", // where they are
                    "-q", // quiet
                    "-x"
                  ]
                }
                """);
    }

    @Test
    void aOneLineArrayEndingInALineCommentContinuesOnANewLine() {
        String existing = "{\n  \"r\": [88, // black\n  ]\n}\n";

        assertThat(EDITOR.addMember(SETTINGS, existing, path("r"), integer(100)))
                .isEqualTo("{\n  \"r\": [88, // black\n    100,\n  ]\n}\n");
    }

    @Test
    void anEmptyArrayTakesItsFirstMemberOnItsLine() {
        assertThat(EDITOR.addMember(SETTINGS, "{\"r\": [ ]}", path("r"), integer(88))).isEqualTo("{\"r\": [88]}");
    }

    @Test
    void anAbsentArrayIsCreatedLikeTheMergeEngineWritesArrays() {
        String text = EDITOR.addMember(SETTINGS, "{\n\t\"a\": 1\n}\n", path("[python]", "cSpell.words"), str("pytest"));

        assertThat(text).isEqualTo("{\n\t\"a\": 1,\n\t\"[python]\": {\n\t\t\"cSpell.words\": [\n\t\t\t\"pytest\"\n\t\t]\n\t}\n}\n");
    }

    @Test
    void aMemberAlreadyPresentLeavesTheTextAsItIs() {
        assertThat(EDITOR.addMember(SETTINGS, SETTINGS_FILE, path("editor.rulers"), integer(88))).isSameAs(SETTINGS_FILE);
        assertThat(EDITOR.addMember(SETTINGS, SETTINGS_FILE, path("editor.rulers"), new TypedValue.Flt(88.0)))
                .isEqualTo(SETTINGS_FILE.replace("[88, 100]", "[88, 100, 88.0]"));
    }

    @Test
    void aValueThatIsNotAnArrayIsRefused() {
        assertThatThrownBy(() -> EDITOR.addMember(SETTINGS, SETTINGS_FILE, path("python.analysis.typeCheckingMode"),
                str("x")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(41);
                    assertThat(e.detail()).startsWith("\"python.analysis.typeCheckingMode\" is a string, not an array");
                });
    }

    @Test
    void aNewElementOfAnArrayOfOneLineObjectsIsWrittenOnOneLineAndAfterAMultiLineOneItIsPrettyPrinted() {
        TypedValue.Tbl task = new TypedValue.Tbl(Map.of("label", str("b")));

        assertThat(EDITOR.addMember(SETTINGS, "{\n  \"tasks\": [\n    {\"label\": \"a\"}\n  ]\n}\n", path("tasks"), task))
                .isEqualTo("{\n  \"tasks\": [\n    {\"label\": \"a\"},\n    {\"label\": \"b\"}\n  ]\n}\n");
        assertThat(EDITOR.addMember(SETTINGS, "{\n  \"tasks\": [\n    {\n      \"label\": \"a\"\n    }\n  ]\n}\n",
                path("tasks"), task))
                .isEqualTo("{\n  \"tasks\": [\n    {\n      \"label\": \"a\"\n    },\n    {\n      \"label\": \"b\"\n    }\n  ]\n}\n");
    }

    @Test
    void aOnePerLineArrayLeftEmptyGoesWithItsLines() {
        assertThat(EDITOR.removeMember(SETTINGS, "{\n  \"a\": 1,\n  \"w\": [\n    \"x\"\n  ]\n}\n", path("w"), str("x")))
                .isEqualTo("{\n  \"a\": 1\n}\n");
    }

    @Test
    void everyOccurrenceOfAMemberIsRemoved() {
        assertThat(EDITOR.removeMember(SETTINGS, "{\"r\": [1, 2, 1, 3, 1]}", path("r"), integer(1)))
                .isEqualTo("{\"r\": [2, 3]}");
    }

    @Test
    void aMemberOnItsOwnLineGoesWithItsLineAndTheLastTakesThePreviousComma() {
        String existing = """
                {
                  "python.testing.pytestArgs": [
                    // flags
                    "tests", // where they are
                    "-q" // quiet
                  ]
                }
                """;

        assertThat(EDITOR.removeMember(SETTINGS, existing, path("python.testing.pytestArgs"), str("-q"))).isEqualTo("""
                {
                  "python.testing.pytestArgs": [
                    // flags
                    "tests" // where they are
                  ]
                }
                """);
        assertThat(EDITOR.removeMember(SETTINGS, existing, path("python.testing.pytestArgs"), str("tests"))).isEqualTo("""
                {
                  "python.testing.pytestArgs": [
                    // flags
                    "-q" // quiet
                  ]
                }
                """);
    }

    @Test
    void anArrayLeftEmptyIsRemovedAsByRemoveAndItsEmptiedObjectToo() {
        String existing = "{\n    \"a\": 1,\n    \"[python]\": {\n        \"words\": [\"pytest\"]\n    }\n}\n";

        assertThat(EDITOR.removeMember(SETTINGS, existing, path("[python]", "words"), str("pytest")))
                .isEqualTo("{\n    \"a\": 1\n}\n");
    }

    @Test
    void anArrayLeftEmptyWithACommentInsideStays() {
        String existing = "{\n    \"words\": [\n        // project words\n        \"pytest\"\n    ]\n}\n";

        assertThat(EDITOR.removeMember(SETTINGS, existing, path("words"), str("pytest")))
                .isEqualTo("{\n    \"words\": [\n        // project words\n    ]\n}\n");
    }

    @Test
    void anAbsentMemberOrArrayLeavesTheTextAsItIs() {
        assertThat(EDITOR.removeMember(SETTINGS, SETTINGS_FILE, path("editor.rulers"), integer(120))).isSameAs(SETTINGS_FILE);
        assertThat(EDITOR.removeMember(SETTINGS, SETTINGS_FILE, path("editor.rulers"), new TypedValue.Flt(88.0)))
                .isSameAs(SETTINGS_FILE);
        assertThat(EDITOR.removeMember(SETTINGS, SETTINGS_FILE, path("nope"), integer(1))).isSameAs(SETTINGS_FILE);
        assertThat(EDITOR.removeMember(SETTINGS, SETTINGS_FILE, path("python.analysis.typeCheckingMode"), str("basic")))
                .isSameAs(SETTINGS_FILE);
        assertThat(EDITOR.removeMember(SETTINGS, null, path("r"), integer(1))).isNull();
    }

    @Test
    void objectMembersOfArraysAreMatchedByMeaning() {
        String existing = "{\"tasks\": [{\"label\": \"test\", \"group\": \"test\"}, {\"label\": \"lint\"}]}";
        Map<String, TypedValue> test = new LinkedHashMap<>();
        test.put("group", str("test")); // another key order: same object
        test.put("label", str("test"));

        assertThat(EDITOR.removeMember(SETTINGS, existing, path("tasks"), new TypedValue.Tbl(test)))
                .isEqualTo("{\"tasks\": [{\"label\": \"lint\"}]}");
    }
}
