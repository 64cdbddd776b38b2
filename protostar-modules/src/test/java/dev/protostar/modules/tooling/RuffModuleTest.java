package dev.protostar.modules.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.StructuredMerge;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.modules.WorkspaceContext;
import dev.protostar.modules.python.PythonModule;
import dev.protostar.modules.python.PythonOptions;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

class RuffModuleTest {

    private static EnvironmentManifest contribute(WorkspaceContext context) {
        return context.manifestOf(new RuffModule());
    }

    @Test
    void needsPythonAndDeclaresItsDependencyIgnoreAndPyprojectSettings() {
        EnvironmentManifest manifest = contribute(
                new WorkspaceContext(Workspace.inMemory(), new PythonModule(), new RuffModule()));

        assertThat(new RuffModule().requires()).containsExactly("python");
        assertThat(manifest.devDependencies()).containsExactly("ruff");
        assertThat(manifest.vcsIgnores()).containsExactly(".ruff_cache/");
        StructuredMerge merge = manifest.merges().get(0);
        assertThat(manifest.merges()).hasSize(1);
        assertThat(merge.target()).isEqualTo(WorkspacePath.of("pyproject.toml"));

        TomlParseResult payload = Toml.parse(merge.payload());
        assertThat(payload.errors()).isEmpty();
        assertThat(payload.getLong("tool.ruff.line-length")).isEqualTo(88L);
        assertThat(payload.getArray("tool.ruff.lint.select").toList()).containsExactly("E", "F", "I", "B", "UP", "RUF");
        assertThat(payload.getArray("tool.ruff.lint.ignore").toList()).isEmpty();
        assertThat(payload.dottedKeySet()).containsExactlyInAnyOrder(
                "tool.ruff.line-length", "tool.ruff.lint.select", "tool.ruff.lint.ignore");
    }

    @Test
    void everySelectedRuleHasItsOwnComment() {
        String payload = RuffModule.PYPROJECT_PAYLOAD;
        for (String rule : new String[] {"\"E\",", "\"F\",", "\"I\",", "\"B\",", "\"UP\",", "\"RUF\","}) {
            assertThat(payload.lines().filter(l -> l.strip().startsWith(rule)))
                    .singleElement().asString().containsPattern(rule + "\\s+# \\S.{10,}");
        }
    }

    @Test
    void aPipProjectWithoutPyprojectGetsRuffToml() {
        EnvironmentManifest manifest = contribute(
                new WorkspaceContext(Workspace.inMemory(), new PythonModule(PythonOptions.pip())));

        StructuredMerge merge = manifest.merges().get(0);
        assertThat(merge.target()).isEqualTo(WorkspacePath.of("ruff.toml"));
        TomlParseResult payload = Toml.parse(merge.payload());
        assertThat(payload.getLong("line-length")).isEqualTo(88L);
        assertThat(payload.getArray("lint.select").toList()).containsExactly("E", "F", "I", "B", "UP", "RUF");
    }

    @Test
    void aPipProjectWithAPyprojectGetsItsSettingsThere() {
        EnvironmentManifest manifest = contribute(new WorkspaceContext(Workspace.inMemory(),
                new PythonModule(PythonOptions.pip())).with("pyproject.toml", "[project]\nname = \"x\"\n"));

        assertThat(manifest.merges()).extracting(StructuredMerge::target)
                .containsExactly(WorkspacePath.of("pyproject.toml"));
    }
}
