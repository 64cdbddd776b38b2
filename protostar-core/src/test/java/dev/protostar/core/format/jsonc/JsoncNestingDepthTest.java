package dev.protostar.core.format.jsonc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import org.junit.jupiter.api.Test;

/** Input nested deeper than Jackson reads (its stream constraints) is a located validation error. */
class JsoncNestingDepthTest {

    private static final WorkspacePath SETTINGS = WorkspacePath.of(".vscode/settings.json");

    @Test
    void twoThousandNestedArraysAreRefusedWithLineColumnAndAPlainMessage() {
        String text = "{\n  \"a\": " + "[".repeat(2000) + "]".repeat(2000) + "\n}\n";

        assertThatThrownBy(() -> JsoncMerger.validate(SETTINGS, text))
                .isInstanceOf(ValidationException.class)
                .hasMessage(".vscode/settings.json:2:1008: the values are nested more than 1000 levels deep, more"
                        + " than Protostar reads; flatten the file")
                .hasMessageNotContaining("invalid JSON");
    }

    @Test
    void nestedObjectsToo() {
        String text = "{\"a\":".repeat(1500) + "1" + "}".repeat(1500);

        assertThatThrownBy(() -> JsoncMerger.validate(SETTINGS, text))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith(".vscode/settings.json:1:")
                .hasMessageContaining("nested more than 1000 levels deep");
    }
}
