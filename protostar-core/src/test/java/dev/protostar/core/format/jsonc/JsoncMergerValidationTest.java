package dev.protostar.core.format.jsonc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.Resolution;
import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Files the merge cannot edit are refused with path:line:column before anything is merged. */
class JsoncMergerValidationTest {

    private static final WorkspacePath SETTINGS = WorkspacePath.of(".vscode/settings.json");

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(String text, int line, int column) {
        return assertThatThrownBy(() -> JsoncMerger.validate(SETTINGS, text))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.path()).isEqualTo(SETTINGS);
                    assertThat(e.line()).as("line").isEqualTo(line);
                    assertThat(e.column()).as("column").isEqualTo(column);
                })
                .hasMessageStartingWith(".vscode/settings.json:" + line + ":" + column + ": ");
    }

    @Test
    void rootArrayIsRefusedAtItsBracket() {
        assertRejected("[1, 2]\n", 1, 1).hasMessageContaining("the root value is an array");
    }

    @Test
    void rootScalarAfterCommentsIsRefusedWhereItStarts() {
        assertRejected("// settings\n  /* x */ \"text\"\n", 2, 11).hasMessageContaining("the root value is a string");
    }

    @Test
    void duplicateKeyIsReportedAtItsSecondOccurrence() {
        String text = """
                {
                    "a": 1,
                    "b": {
                        "c": 1,
                        // again
                        "c": 2
                    }
                }
                """;

        assertRejected(text, 6, 9).hasMessageContaining("duplicate key \"c\" (first defined at line 4, column 9)");
    }

    @Test
    void duplicateKeySpelledWithAnEscapeIsStillADuplicate() {
        assertRejected("{\"a\": 1, \"\\u0061\": 2}", 1, 10).hasMessageContaining("duplicate key \"a\"");
    }

    @Test
    void missingCommaIsReportedAtTheUnexpectedCharacter() {
        String text = "{\n    \"a\": 1\n    \"b\": 2\n}\n";

        assertRejected(text, 3, 5).hasMessageContaining("invalid JSON: Unexpected character ('\"'")
                .hasMessageContaining("was expecting comma to separate Object entries");
    }

    @Test
    void missingValueIsReportedAtTheClosingBrace() {
        assertRejected("{\r\n  \"a\": \r\n}", 3, 1).hasMessageContaining("expected a value");
    }

    @Test
    void unterminatedCommentIsReportedWhereItOpens() {
        String text = "{\n    \"a\": \"/* not a comment */\", /* starts here\n    \"b\": 2\n}\n";

        assertRejected(text, 2, 33).hasMessageContaining("unterminated comment");
    }

    @Test
    void unclosedObjectIsReportedAtTheEndOfInput() {
        assertRejected("{\n    \"a\": 1 // no brace\n", 3, 1)
                .hasMessageContaining("expected close marker for Object (start marker at line 1, column 1)");
    }

    @Test
    void contentAfterTheRootObjectIsRefused() {
        assertRejected("{}\n{}\n", 2, 1).hasMessageContaining("unexpected content after the root object");
    }

    @Test
    void columnsOnTheFirstLineDoNotCountTheByteOrderMark() {
        assertRejected("\uFEFF{\"a\" 1}", 1, 6);
    }

    @Test
    void validationErrorSaysWhatToDo() {
        assertThatThrownBy(() -> JsoncMerger.validate(SETTINGS, "[]"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.hint()).hasValue(
                        "Fix the JSON in .vscode/settings.json (or move the file aside) and run again;"
                                + " nothing was changed."));
    }

    @Test
    void commentsTrailingCommasBomAndCrlfAreValid() {
        String text = "\uFEFF// c\r\n{\r\n  \"a\": [1, 2,], /* x */\r\n  \"b\": {\"c\": null,},\r\n}";

        assertThatCode(() -> JsoncMerger.validate(SETTINGS, text)).doesNotThrowAnyException();
    }

    @Test
    void emptyWhitespaceAndCommentOnlyTextsCountAsEmptyObjects() {
        for (String text : new String[] {"", " \n\t\r\n", "\uFEFF", "// nothing\n/* at all */"}) {
            assertThatCode(() -> JsoncMerger.validate(SETTINGS, text)).as(text).doesNotThrowAnyException();
        }
    }

    @Test
    void mergeRefusesABrokenFileTheSameWay() {
        assertThatThrownBy(() -> JsoncMerger.merge(SETTINGS, "{\"a\": 1,, }", "{\"b\": 2}", Resolution.MERGE))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith(".vscode/settings.json:1:9: ");
    }
}
