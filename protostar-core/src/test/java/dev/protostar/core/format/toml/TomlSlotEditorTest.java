package dev.protostar.core.format.toml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.TypedValue;
import dev.protostar.core.format.TypedValue.Arr;
import dev.protostar.core.format.TypedValue.Bool;
import dev.protostar.core.format.TypedValue.DateTime;
import dev.protostar.core.format.TypedValue.Flt;
import dev.protostar.core.format.TypedValue.Int;
import dev.protostar.core.format.TypedValue.Str;
import dev.protostar.core.format.TypedValue.Tbl;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link TomlSlotEditor}, byte for byte, on realistic {@code pyproject.toml} texts. */
class TomlSlotEditorTest {

    private static final WorkspacePath PYPROJECT = WorkspacePath.of("pyproject.toml");
    private static final TomlSlotEditor EDITOR = TomlSlotEditor.INSTANCE;

    /** A commented pyproject with ruff, mypy (and its overrides) and pytest sections. */
    private static final String PYPROJECT_TEXT = """
            # Orbital simulation
            [project]
            name = "orbital-sim"  # the distribution name
            version = "0.1.0"
            dependencies = ["numpy>=2", "scipy"]

            [tool.ruff]
            line-length = 100 # wide screens

            [tool.ruff.lint]
            # rules we care about
            select = [
                "E",
                "F",  # pyflakes
                "I",
            ]
            ignore = ["E501"]

            [tool.mypy]
            strict = true

            [[tool.mypy.overrides]]
            module = "numpy.*"
            ignore_missing_imports = true

            [[tool.mypy.overrides]]
            module = "scipy.*"
            ignore_missing_imports = true

            # pytest runs from the repository root
            [tool.pytest.ini_options]
            addopts = "-q"
            """;

    private static List<String> path(String... keys) {
        return List.of(keys);
    }

    private static Tbl table(Object... keysAndValues) {
        Map<String, TypedValue> members = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            members.put((String) keysAndValues[i], (TypedValue) keysAndValues[i + 1]);
        }
        return new Tbl(members);
    }

    @Nested
    class Slots {

        @Test
        void everyValueIsAKeySlotAndEveryArrayMemberAMemberSlot() {
            Map<Slot, TypedValue> slots = EDITOR.slots(PYPROJECT, PYPROJECT_TEXT);

            assertThat(slots).containsExactly(
                    entry(Slot.key(path("project", "name")), new Str("orbital-sim")),
                    entry(Slot.key(path("project", "version")), new Str("0.1.0")),
                    entry(Slot.member(path("project", "dependencies"), new Str("numpy>=2")), new Str("numpy>=2")),
                    entry(Slot.member(path("project", "dependencies"), new Str("scipy")), new Str("scipy")),
                    entry(Slot.key(path("tool", "ruff", "line-length")), new Int(100)),
                    entry(Slot.member(path("tool", "ruff", "lint", "select"), new Str("E")), new Str("E")),
                    entry(Slot.member(path("tool", "ruff", "lint", "select"), new Str("F")), new Str("F")),
                    entry(Slot.member(path("tool", "ruff", "lint", "select"), new Str("I")), new Str("I")),
                    entry(Slot.member(path("tool", "ruff", "lint", "ignore"), new Str("E501")), new Str("E501")),
                    entry(Slot.key(path("tool", "mypy", "strict")), new Bool(true)),
                    entry(Slot.member(path("tool", "mypy", "overrides"),
                            table("module", new Str("numpy.*"), "ignore_missing_imports", new Bool(true))),
                            table("module", new Str("numpy.*"), "ignore_missing_imports", new Bool(true))),
                    entry(Slot.member(path("tool", "mypy", "overrides"),
                            table("module", new Str("scipy.*"), "ignore_missing_imports", new Bool(true))),
                            table("module", new Str("scipy.*"), "ignore_missing_imports", new Bool(true))),
                    entry(Slot.key(path("tool", "pytest", "ini_options", "addopts")), new Str("-q")));
        }

        @Test
        void dottedKeysInlineTablesQuotedKeysAndEveryScalarType() {
            String text = """
                    a.b.c = 1
                    "a.b" = 2.5
                    inline = { x = "y", deep = { z = false } }
                    when = 1979-05-27T07:32:00-07:00
                    local = 1979-05-27 07:32:00.500
                    day = 1979-05-27
                    time = 07:32:00
                    utc = 1979-05-27T07:32:00+00:00
                    nan = nan
                    repeated = [1, 1, 2]
                    empty = []
                    """;

            Map<Slot, TypedValue> slots = EDITOR.slots(PYPROJECT, text);

            assertThat(slots).containsExactly(
                    entry(Slot.key(path("a", "b", "c")), new Int(1)),
                    entry(Slot.key(path("a.b")), new Flt(2.5)),
                    entry(Slot.key(path("inline", "x")), new Str("y")),
                    entry(Slot.key(path("inline", "deep", "z")), new Bool(false)),
                    entry(Slot.key(path("when")), new DateTime("offset-date-time", "1979-05-27T07:32:00-07:00")),
                    entry(Slot.key(path("local")), new DateTime("local-date-time", "1979-05-27T07:32:00.5")),
                    entry(Slot.key(path("day")), new DateTime("local-date", "1979-05-27")),
                    entry(Slot.key(path("time")), new DateTime("local-time", "07:32:00")),
                    entry(Slot.key(path("utc")), new DateTime("offset-date-time", "1979-05-27T07:32:00Z")),
                    entry(Slot.key(path("nan")), new Flt(Double.NaN)),
                    entry(Slot.member(path("repeated"), new Int(1)), new Int(1)),
                    entry(Slot.member(path("repeated"), new Int(2)), new Int(2)),
                    entry(Slot.key(path("empty")), new TypedValue.Arr(java.util.List.of())));
        }

        @Test
        void aByteOrderMarkIsAllowedAndAnAbsentFileHasNoSlots() {
            assertThat(EDITOR.slots(PYPROJECT, "\uFEFFa = 1\r\n")).containsExactly(entry(Slot.key(path("a")), new Int(1)));
            assertThat(EDITOR.slots(PYPROJECT, null)).isEmpty();
        }

        @Test
        void invalidTomlIsRefusedWithItsLineAndColumn() {
            assertThatThrownBy(() -> EDITOR.slots(PYPROJECT, "[tool]\nx = = 1\n"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.getMessage()).contains("pyproject.toml");
                        assertThat(e.line()).isEqualTo(2);
                    });
        }
    }

    @Nested
    class Put {

        @Test
        void replacesOnlyTheValueKeepingSpacingAndTheCommentAfterIt() {
            String result = EDITOR.put(PYPROJECT, PYPROJECT_TEXT, path("tool", "ruff", "line-length"), new Int(88));

            assertThat(result).isEqualTo(PYPROJECT_TEXT.replace("line-length = 100 # wide screens",
                    "line-length = 88 # wide screens"));
        }

        @Test
        void keepsTheKeysQuotingAndOddSpacing() {
            String text = "[tool]\n\"line.length\"   =\t'x'   # note\nother=1\n";

            String result = EDITOR.put(PYPROJECT, text, path("tool", "line.length"), new Str("a \"b\"\\"));

            assertThat(result).isEqualTo("[tool]\n\"line.length\"   =\t\"a \\\"b\\\"\\\\\"   # note\nother=1\n");
        }

        @Test
        void replacesAMultiLineValueWithTheNewValueOnOneLine() {
            String text = """
                    [tool.x]
                    doc = \"""
                    two
                    lines\"""  # about doc
                    after = 1
                    """;

            String result = EDITOR.put(PYPROJECT, text, path("tool", "x", "doc"), new Str("one\nline"));

            assertThat(result).isEqualTo("[tool.x]\ndoc = \"one\\nline\"  # about doc\nafter = 1\n");
        }

        @Test
        void replacesAValueInsideAnInlineTableAndADottedKey() {
            String text = "[tool]\nruff = { line-length = 100, fix = true }\nmypy.strict = false\n";

            String inline = EDITOR.put(PYPROJECT, text, path("tool", "ruff", "line-length"), new Int(88));
            String dotted = EDITOR.put(PYPROJECT, inline, path("tool", "mypy", "strict"), new Bool(true));

            assertThat(dotted).isEqualTo("[tool]\nruff = { line-length = 88, fix = true }\nmypy.strict = true\n");
        }

        @Test
        void theSameValueLeavesTheTextAsItIsEvenInAnotherNotation() {
            String text = "answer = 0x2A\n";

            assertThat(EDITOR.put(PYPROJECT, text, path("answer"), new Int(42))).isSameAs(text);
        }

        @Test
        void aNewKeyGoesAfterTheLastKeyOfItsTable() {
            String result = EDITOR.put(PYPROJECT, PYPROJECT_TEXT, path("tool", "mypy", "warn_unused_ignores"),
                    new Bool(true));

            assertThat(result).isEqualTo(PYPROJECT_TEXT.replace("strict = true\n",
                    "strict = true\nwarn_unused_ignores = true\n"));
        }

        @Test
        void aNewTableGoesWhereTheMergePutsNewTables() {
            String result = EDITOR.put(PYPROJECT, PYPROJECT_TEXT, path("tool", "coverage", "run", "branch"),
                    new Bool(true));

            assertThat(result).isEqualTo(PYPROJECT_TEXT + "\n[tool.coverage.run]\nbranch = true\n");
        }

        @Test
        void aKeyThatNeedsQuotesIsQuoted() {
            String result = EDITOR.put(PYPROJECT, "[tool.x]\na = 1\n", path("tool", "x", "a.b"), new Flt(Double.NEGATIVE_INFINITY));

            assertThat(result).isEqualTo("[tool.x]\na = 1\n\"a.b\" = -inf\n");
        }

        @Test
        void aNullTextBecomesANewDocument() {
            String result = EDITOR.put(PYPROJECT, null, path("tool", "ruff", "line-length"), new Int(88));

            assertThat(result).isEqualTo("[tool.ruff]\nline-length = 88\n");
        }

        @Test
        void crlfAndAByteOrderMarkAreKept() {
            String text = "\uFEFF[tool.ruff]\r\nline-length = 100\r\n";

            String replaced = EDITOR.put(PYPROJECT, text, path("tool", "ruff", "line-length"), new Int(88));
            String added = EDITOR.put(PYPROJECT, replaced, path("tool", "ruff", "fix"), new Bool(true));

            assertThat(replaced).isEqualTo("\uFEFF[tool.ruff]\r\nline-length = 88\r\n");
            assertThat(added).isEqualTo("\uFEFF[tool.ruff]\r\nline-length = 88\r\nfix = true\r\n");
        }

        @Test
        void aTableValueInPlaceOfAValueIsAnInlineTable() {
            String result = EDITOR.put(PYPROJECT, "[tool]\nx = 1\n", path("tool", "x"),
                    table("a", new Int(1), "b", new Arr(List.of(new Str("c")))));

            assertThat(result).isEqualTo("[tool]\nx = { a = 1, b = [\"c\"] }\n");
        }

        @Test
        void aPathThroughAValueOrNamingASectionIsRefused() {
            assertThatThrownBy(() -> EDITOR.put(PYPROJECT, "[tool]\nx = 1\n", path("tool", "x", "y"), new Int(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tool.x is the value 1");
            assertThatThrownBy(() -> EDITOR.put(PYPROJECT, PYPROJECT_TEXT, path("tool", "ruff"), new Int(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a table");
        }
    }

    @Nested
    class Remove {

        @Test
        void removesTheKeysLineWithItsCommentAndNothingElse() {
            String result = EDITOR.remove(PYPROJECT, PYPROJECT_TEXT, path("project", "name"));

            assertThat(result).isEqualTo(PYPROJECT_TEXT.replace("name = \"orbital-sim\"  # the distribution name\n", ""));
        }

        @Test
        void removesEveryLineOfAMultiLineArrayButNotTheCommentAboveIt() {
            String result = EDITOR.remove(PYPROJECT, PYPROJECT_TEXT, path("tool", "ruff", "lint", "select"));

            assertThat(result).isEqualTo(PYPROJECT_TEXT.replace("""
                    select = [
                        "E",
                        "F",  # pyflakes
                        "I",
                    ]
                    """, ""));
        }

        @Test
        void aTableLeftEmptyGoesWithItsHeaderAndBlankBody() {
            String text = "[tool.black]\nline-length = 88\n\n[tool.ruff]\nfix = true\n";

            String result = EDITOR.remove(PYPROJECT, text, path("tool", "black", "line-length"));

            assertThat(result).isEqualTo("[tool.ruff]\nfix = true\n");
        }

        @Test
        void aTableWithSubTablesKeepsItsHeader() {
            String result = EDITOR.remove(PYPROJECT, PYPROJECT_TEXT, path("tool", "ruff", "line-length"));

            assertThat(result).isEqualTo(PYPROJECT_TEXT.replace("line-length = 100 # wide screens\n", ""));
        }

        @Test
        void aTableLeftEmptyAtTheEndTakesTheBlankLinesBeforeIt() {
            String result = EDITOR.remove(PYPROJECT, "a = 1\n\n[tool.black]\nx = 1\n\n", path("tool", "black", "x"));

            assertThat(result).isEqualTo("a = 1\n");
        }

        @Test
        void aTableWhoseBodyHoldsACommentStays() {
            String text = "[tool.black]\nline-length = 88\n# keep me\n\n[tool.ruff]\nfix = true\n";

            String result = EDITOR.remove(PYPROJECT, text, path("tool", "black", "line-length"));

            assertThat(result).isEqualTo("[tool.black]\n# keep me\n\n[tool.ruff]\nfix = true\n");
        }

        @Test
        void aCommentAboveTheNextHeaderBelongsToThatHeader() {
            String result = EDITOR.remove(PYPROJECT, PYPROJECT_TEXT, path("tool", "pytest", "ini_options", "addopts"));
            String mypy = EDITOR.remove(PYPROJECT, "[a]\nx = 1\n\n# about b\n[b]\ny = 2\n", path("a", "x"));

            assertThat(result).isEqualTo(PYPROJECT_TEXT.replace("""

                    # pytest runs from the repository root
                    [tool.pytest.ini_options]
                    addopts = "-q"
                    """, "\n# pytest runs from the repository root\n"));
            assertThat(mypy).isEqualTo("# about b\n[b]\ny = 2\n");
        }

        @Test
        void aCommentOnTheHeaderLineKeepsTheTable() {
            String result = EDITOR.remove(PYPROJECT, "[a]  # note\nx = 1\n\n[b]\ny = 1\n", path("a", "x"));

            assertThat(result).isEqualTo("[a]  # note\n\n[b]\ny = 1\n");
        }

        @Test
        void aNewKeyGoesIntoADottedKeyTableAndAnInlineTable() {
            assertThat(EDITOR.put(PYPROJECT, "[tool]\nruff.fix = true\n\n[other]\nq = 1\n", path("tool", "ruff", "x"),
                    new Int(1))).isEqualTo("[tool]\nruff.fix = true\nruff.x = 1\n\n[other]\nq = 1\n");
            assertThat(EDITOR.put(PYPROJECT, "[tool]\nruff = { fix = true }\n", path("tool", "ruff", "x"), new Int(1)))
                    .isEqualTo("[tool]\nruff = { fix = true, x = 1 }\n");
        }

        @Test
        void emptiedParentsDeclaredByAHeaderGoToo() {
            String text = "[project]\nname = \"x\"\n\n[tool]\n\n[tool.black]\nline-length = 88\n";

            String result = EDITOR.remove(PYPROJECT, text, path("tool", "black", "line-length"));

            assertThat(result).isEqualTo("[project]\nname = \"x\"\n");
        }

        @Test
        void insideAnInlineTableOnlyTheEntryIsCutAndAnEmptiedInlineTableGoes() {
            String text = "[tool]\nruff = { line-length = 100, fix = true }  # inline\nother = 1\n";

            String first = EDITOR.remove(PYPROJECT, text, path("tool", "ruff", "line-length"));
            String last = EDITOR.remove(PYPROJECT, text, path("tool", "ruff", "fix"));
            String both = EDITOR.remove(PYPROJECT, first, path("tool", "ruff", "fix"));

            assertThat(first).isEqualTo("[tool]\nruff = { fix = true }  # inline\nother = 1\n");
            assertThat(last).isEqualTo("[tool]\nruff = { line-length = 100 }  # inline\nother = 1\n");
            assertThat(both).isEqualTo("[tool]\nother = 1\n");
        }

        @Test
        void aDottedKeyAndItsImplicitTablesGo() {
            String text = "[tool]\nruff.lint.select = [\"E\"]\nmypy.strict = true\n";

            String result = EDITOR.remove(PYPROJECT, text, path("tool", "ruff", "lint", "select"));

            assertThat(result).isEqualTo("[tool]\nmypy.strict = true\n");
        }

        @Test
        void theLastLineOfAFileWithoutFinalNewlineAndCrlf() {
            assertThat(EDITOR.remove(PYPROJECT, "a = 1\nb = 2", path("b"))).isEqualTo("a = 1");
            assertThat(EDITOR.remove(PYPROJECT, "\uFEFFa = 1\r\nb = 2\r\nc = 3\r\n", path("b")))
                    .isEqualTo("\uFEFFa = 1\r\nc = 3\r\n");
        }

        @Test
        void anAbsentKeyOrAKeyInsideAnArrayOfTablesLeavesTheTextAlone() {
            assertThat(EDITOR.remove(PYPROJECT, PYPROJECT_TEXT, path("tool", "black", "x"))).isSameAs(PYPROJECT_TEXT);
            assertThat(EDITOR.remove(PYPROJECT, PYPROJECT_TEXT, path("tool", "mypy", "overrides", "module")))
                    .isSameAs(PYPROJECT_TEXT);
            assertThat(EDITOR.remove(PYPROJECT, null, path("a"))).isNull();
        }

        @Test
        void aWholeArrayOfTablesGoesEntryByEntry() {
            String result = EDITOR.remove(PYPROJECT, PYPROJECT_TEXT, path("tool", "mypy", "overrides"));

            assertThat(result).isEqualTo(PYPROJECT_TEXT.replace("""
                    [[tool.mypy.overrides]]
                    module = "numpy.*"
                    ignore_missing_imports = true

                    [[tool.mypy.overrides]]
                    module = "scipy.*"
                    ignore_missing_imports = true

                    """, ""));
        }
    }

    @Nested
    class Members {

        @Test
        void aSingleLineArrayGetsTheMemberAfterItsLast() {
            String result = EDITOR.addMember(PYPROJECT, PYPROJECT_TEXT, path("tool", "ruff", "lint", "ignore"),
                    new Str("E731"));

            assertThat(result).isEqualTo(PYPROJECT_TEXT.replace("ignore = [\"E501\"]", "ignore = [\"E501\", \"E731\"]"));
        }

        @Test
        void aMultiLineArrayGetsALineInItsIndentationAndCommaHabit() {
            String result = EDITOR.addMember(PYPROJECT, PYPROJECT_TEXT, path("tool", "ruff", "lint", "select"),
                    new Str("UP"));
            String noTrailingComma = EDITOR.addMember(PYPROJECT, "x = [\n  1,\n  2  # two\n]\n", path("x"), new Int(3));

            assertThat(result).isEqualTo(PYPROJECT_TEXT.replace("    \"I\",\n", "    \"I\",\n    \"UP\",\n"));
            assertThat(noTrailingComma).isEqualTo("x = [\n  1,\n  2,  # two\n  3\n]\n");
        }

        @Test
        void emptyArraysAndAbsentArrays() {
            assertThat(EDITOR.addMember(PYPROJECT, "x = []  # none yet\n", path("x"), new Str("a")))
                    .isEqualTo("x = [\"a\"]  # none yet\n");
            assertThat(EDITOR.addMember(PYPROJECT, "[tool.ruff]\nfix = true\n", path("tool", "ruff", "select"),
                    new Str("E"))).isEqualTo("[tool.ruff]\nfix = true\nselect = [\"E\"]\n");
            assertThat(EDITOR.addMember(PYPROJECT, null, path("x"), new Int(1))).isEqualTo("x = [1]\n");
        }

        @Test
        void aPresentMemberLeavesTheTextAlone() {
            assertThat(EDITOR.addMember(PYPROJECT, PYPROJECT_TEXT, path("tool", "ruff", "lint", "select"), new Str("F")))
                    .isSameAs(PYPROJECT_TEXT);
            assertThat(EDITOR.removeMember(PYPROJECT, PYPROJECT_TEXT, path("tool", "ruff", "lint", "select"),
                    new Str("Q"))).isSameAs(PYPROJECT_TEXT);
        }

        @Test
        void aMemberOnItsOwnLineGoesWithItsLineAndComment() {
            String result = EDITOR.removeMember(PYPROJECT, PYPROJECT_TEXT, path("tool", "ruff", "lint", "select"),
                    new Str("F"));

            assertThat(result).isEqualTo(PYPROJECT_TEXT.replace("    \"F\",  # pyflakes\n", ""));
        }

        @Test
        void inASingleLineArrayTheMemberGoesWithOneComma() {
            String text = "x = [\"a\", \"b\", \"c\", \"b\"]\n";

            assertThat(EDITOR.removeMember(PYPROJECT, text, path("x"), new Str("a"))).isEqualTo("x = [\"b\", \"c\", \"b\"]\n");
            assertThat(EDITOR.removeMember(PYPROJECT, text, path("x"), new Str("b"))).isEqualTo("x = [\"a\", \"c\"]\n");
            assertThat(EDITOR.removeMember(PYPROJECT, text, path("x"), new Str("c"))).isEqualTo("x = [\"a\", \"b\", \"b\"]\n");
        }

        @Test
        void commentsInsideTheArrayStay() {
            String text = "x = [\n    # first group\n    \"a\", \"b\",\n    # second group\n    \"c\",\n]\n";

            String result = EDITOR.removeMember(PYPROJECT, text, path("x"), new Str("c"));
            String added = EDITOR.addMember(PYPROJECT, text, path("x"), new Str("d"));

            assertThat(result).isEqualTo("x = [\n    # first group\n    \"a\", \"b\",\n    # second group\n]\n");
            assertThat(added).isEqualTo("x = [\n    # first group\n    \"a\", \"b\",\n    # second group\n    \"c\",\n    \"d\",\n]\n");
        }

        @Test
        void anEmptiedArrayIsRemovedAsByRemove() {
            String result = EDITOR.removeMember(PYPROJECT, PYPROJECT_TEXT, path("tool", "ruff", "lint", "ignore"),
                    new Str("E501"));

            assertThat(result).isEqualTo(PYPROJECT_TEXT.replace("ignore = [\"E501\"]\n", ""));
        }

        @Test
        void anArrayOfTablesGetsANewBlockAfterItsLastEntry() {
            Tbl pandas = table("module", new Str("pandas.*"), "ignore_missing_imports", new Bool(true));

            String result = EDITOR.addMember(PYPROJECT, PYPROJECT_TEXT, path("tool", "mypy", "overrides"), pandas);

            assertThat(result).isEqualTo(PYPROJECT_TEXT.replace("""
                    module = "scipy.*"
                    ignore_missing_imports = true
                    """, """
                    module = "scipy.*"
                    ignore_missing_imports = true

                    [[tool.mypy.overrides]]
                    module = "pandas.*"
                    ignore_missing_imports = true
                    """));
        }

        @Test
        void anAbsentArrayOfTablesIsCreatedByTheMerge() {
            Tbl numpy = table("module", new Str("numpy.*"), "ignore_missing_imports", new Bool(true));

            String result = EDITOR.addMember(PYPROJECT, "[tool.mypy]\nstrict = true\n", path("tool", "mypy", "overrides"),
                    numpy);

            assertThat(result).isEqualTo("[tool.mypy]\nstrict = true\n\n[[tool.mypy.overrides]]\n"
                    + "module = \"numpy.*\"\nignore_missing_imports = true\n");
        }

        @Test
        void removingAnEntryRemovesExactlyItsBlock() {
            Tbl numpy = table("module", new Str("numpy.*"), "ignore_missing_imports", new Bool(true));
            Tbl scipy = table("module", new Str("scipy.*"), "ignore_missing_imports", new Bool(true));

            String first = EDITOR.removeMember(PYPROJECT, PYPROJECT_TEXT, path("tool", "mypy", "overrides"), numpy);
            String last = EDITOR.removeMember(PYPROJECT, PYPROJECT_TEXT, path("tool", "mypy", "overrides"), scipy);

            assertThat(first).isEqualTo(PYPROJECT_TEXT.replace("""
                    [[tool.mypy.overrides]]
                    module = "numpy.*"
                    ignore_missing_imports = true

                    """, ""));
            assertThat(last).isEqualTo(PYPROJECT_TEXT.replace("""
                    [[tool.mypy.overrides]]
                    module = "scipy.*"
                    ignore_missing_imports = true

                    """, ""));
        }

        @Test
        void anArrayOfInlineTablesKeepsItsStyle() {
            String text = "[tool.x]\nitems = [{ a = 1 }]\n";

            String result = EDITOR.addMember(PYPROJECT, text, path("tool", "x", "items"), table("a", new Int(2)));

            assertThat(result).isEqualTo("[tool.x]\nitems = [{ a = 1 }, { a = 2 }]\n");
        }

        @Test
        void anEntryOfAnArrayOfTablesIncludesItsSubTables() {
            String text = "[[a]]\nx = 1\n[a.sub]\ny = 2\n\n[[a]]\nx = 2\n\n[b]\nz = 1\n";
            Tbl first = table("x", new Int(1), "sub", table("y", new Int(2)));

            String removed = EDITOR.removeMember(PYPROJECT, text, path("a"), first);
            String added = EDITOR.addMember(PYPROJECT, "[[a]]\nx = 1\n[a.sub]\ny = 2\n\n[b]\nz = 1\n", path("a"),
                    table("x", new Int(3)));

            assertThat(removed).isEqualTo("[[a]]\nx = 2\n\n[b]\nz = 1\n");
            assertThat(added).isEqualTo("[[a]]\nx = 1\n[a.sub]\ny = 2\n\n[[a]]\nx = 3\n\n[b]\nz = 1\n");
        }

        @Test
        void aMultiLineArrayClosedOnItsLastMembersLineIsExtendedOnThatLine() {
            String result = EDITOR.addMember(PYPROJECT, "x = [\n  \"a\",\n  \"b\"]\n", path("x"), new Str("c"));

            assertThat(result).isEqualTo("x = [\n  \"a\",\n  \"b\", \"c\"]\n");
        }

        @Test
        void everyOccurrenceGoes() {
            assertThat(EDITOR.removeMember(PYPROJECT, "x = [1, 2, 1, 1]\n", path("x"), new Int(1))).isEqualTo("x = [2]\n");
        }

        @Test
        void crlfMultiLineArrays() {
            String text = "\uFEFFx = [\r\n    \"a\",\r\n]\r\n";

            String added = EDITOR.addMember(PYPROJECT, text, path("x"), new Str("b"));
            String removed = EDITOR.removeMember(PYPROJECT, added, path("x"), new Str("a"));

            assertThat(added).isEqualTo("\uFEFFx = [\r\n    \"a\",\r\n    \"b\",\r\n]\r\n");
            assertThat(removed).isEqualTo("\uFEFFx = [\r\n    \"b\",\r\n]\r\n");
        }
    }

    @Nested
    class Checked {

        @Test
        void aResultHoldingOtherDataOrNotParsingIsABugNotAText() {
            Tbl expected = table("a", new Int(1));

            assertThatThrownBy(() -> TomlSlotEditor.verified(PYPROJECT, "put a", "a = 2\n",
                    org.tomlj.TomlVersion.V1_0_0, expected))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("put a in pyproject.toml").hasMessageContaining("a is 2 instead of 1");
            assertThatThrownBy(() -> TomlSlotEditor.verified(PYPROJECT, "put a", "a = \n",
                    org.tomlj.TomlVersion.V1_0_0, expected))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not parse");
            assertThat(TomlSlotEditor.verified(PYPROJECT, "put a", "\uFEFFa = 0x1\n", org.tomlj.TomlVersion.V1_0_0,
                    expected)).isEqualTo("\uFEFFa = 0x1\n");
        }
    }
}
