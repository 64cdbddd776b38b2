package dev.protostar.core.format.yaml;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import org.junit.jupiter.api.Test;

/** YAML nested deeper than the reader allows is a located validation error, not "invalid JSON". */
class PreCommitNestingDepthTest {

    private static final WorkspacePath CONFIG = WorkspacePath.of(".pre-commit-config.yaml");

    @Test
    void twoThousandNestedFlowSequencesAreRefusedWithLineColumnAndAPlainMessage() {
        String text = "repos:\n  - " + "[".repeat(2000) + "]".repeat(2000) + "\n";

        assertThatThrownBy(() -> PreCommitConfigMerger.validate(CONFIG, text))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith(".pre-commit-config.yaml:2:")
                .hasMessageContaining("nested more than")
                .hasMessageNotContaining("invalid JSON");
    }
}
