package dev.protostar.core.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.KeptValue;
import dev.protostar.api.MergeFormat;
import dev.protostar.api.Resolution;
import dev.protostar.api.StructuredMerge;
import dev.protostar.api.WorkspacePath;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Payloads that override module defaults: the configuration beats modules, the user's file beats both under MERGE. */
class ContentMergeOverrideTest {

    private static final WorkspacePath PYPROJECT = WorkspacePath.of("pyproject.toml");
    private static final StructuredMerge RUFF = new StructuredMerge(PYPROJECT, MergeFormat.TOML, """
            [tool.ruff]
            # Ruff's settings.
            line-length = 88 # Black's width
            target-version = "py{{V}}"
            """);
    private static final StructuredMerge MYPY =
            new StructuredMerge(PYPROJECT, MergeFormat.TOML, "[tool.mypy]\nstrict = true\n");
    private static final StructuredMerge CONFIG = new StructuredMerge(PYPROJECT, MergeFormat.TOML, """
            [tool.ruff]
            line-length = 100 # mine

            [tool.mypy]
            strict = false
            """, true);
    private static final UnaryOperator<String> INTERPOLATE = payload -> payload.replace("{{V}}", "313");

    private static ContentMerge merge(String existing, Resolution resolution, StructuredMerge... merges) {
        return ContentMerge.of(PYPROJECT, existing, List.of(merges), List.of(), resolution, INTERPOLATE);
    }

    @Test
    void aKeyTheConfigurationNamesBeatsTheModulesDefaultInANewFile() {
        ContentMerge result = merge(null, Resolution.MERGE, RUFF, MYPY, CONFIG);

        assertThat(result.text()).isEqualTo("""
                [tool.ruff]
                # Ruff's settings.
                line-length = 100 # mine
                target-version = "py313"

                [tool.mypy]
                strict = false
                """);
        assertThat(result.kept()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void theOrderOfDeclarationDoesNotMatter() {
        assertThat(merge(null, Resolution.MERGE, CONFIG, RUFF, MYPY).text())
                .isEqualTo(merge(null, Resolution.MERGE, RUFF, MYPY, CONFIG).text());
    }

    @Test
    void underMergeAValueAlreadyInTheFileStaysTheUsers() {
        String existing = """
                [project]
                name = "demo"

                [tool.ruff]
                line-length = 120  # really mine
                """;

        ContentMerge result = merge(existing, Resolution.MERGE, RUFF, MYPY, CONFIG);

        assertThat(result.text()).isEqualTo("""
                [project]
                name = "demo"

                [tool.ruff]
                line-length = 120  # really mine
                target-version = "py313"

                [tool.mypy]
                strict = false
                """);
        assertThat(result.kept()).containsExactly(new KeptValue(PYPROJECT, "tool.ruff.line-length"));
    }

    @Test
    void underMergeAKeyWrittenByAnEarlierRunIsNotRewritten() {
        ContentMerge first = merge(null, Resolution.MERGE, RUFF, MYPY, CONFIG);
        ContentMerge second = merge(first.text(), Resolution.MERGE, RUFF, MYPY, CONFIG);

        assertThat(second.text()).isEqualTo(first.text());
        assertThat(second.kept()).isEmpty();
    }

    @Test
    void underOverwriteTheConfigurationBeatsTheFileAndTheModule() {
        String existing = "[tool.ruff]\nline-length = 120\nextend = \"x\"\n";

        ContentMerge result = merge(existing, Resolution.OVERWRITE, RUFF, CONFIG);

        assertThat(result.text()).isEqualTo("""
                [tool.ruff]
                line-length = 100
                target-version = "py313"

                [tool.mypy]
                strict = false
                """);
    }

    @Test
    void withoutAnOverridingPayloadTheModulesPayloadsMeetTheFileOneByOne() {
        ContentMerge result = merge("[tool.ruff]\nline-length = 120\n", Resolution.MERGE, RUFF, MYPY);

        assertThat(result.text()).isEqualTo("""
                [tool.ruff]
                line-length = 120
                target-version = "py313"

                [tool.mypy]
                strict = true
                """);
    }
}
