package dev.protostar.modules.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.StructuredMerge;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.modules.WorkspaceContext;
import dev.protostar.modules.python.PythonModule;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

class PytestModuleTest {

    private static EnvironmentManifest contribute(WorkspaceContext context) {
        return context.manifestOf(new PytestModule());
    }

    @Test
    void identifiesItselfAndNeedsPython() {
        PytestModule module = new PytestModule();
        assertThat(PytestModule.ID).isEqualTo("pytest");
        assertThat(module.id()).isEqualTo("pytest");
        assertThat(module.displayName()).isEqualTo("pytest");
        assertThat(module.requires()).containsExactly("python");
    }

    @Test
    void declaresDependenciesFolderIgnoresAndSettings() {
        EnvironmentManifest manifest = contribute(
                new WorkspaceContext(Workspace.inMemory(), new PythonModule(), new PytestModule()));

        assertThat(manifest.devDependencies()).containsExactly("pytest", "pytest-cov", "pytest-mock");
        assertThat(manifest.dependencies()).isEmpty();
        assertThat(manifest.directories()).containsExactly(WorkspacePath.of("tests"));
        assertThat(manifest.vcsIgnores()).containsExactly(".pytest_cache/", ".coverage", "htmlcov/", "coverage.xml");
        assertThat(manifest.dockerIgnores()).isEmpty();
        assertThat(manifest.injections()).isEmpty();
        assertThat(manifest.preCommitRepos()).isEmpty();
        assertThat(manifest.merges()).hasSize(1);
        StructuredMerge merge = manifest.merges().get(0);
        assertThat(merge.target()).isEqualTo(WorkspacePath.of("pyproject.toml"));

        TomlParseResult payload = Toml.parse(merge.payload());
        assertThat(payload.errors()).isEmpty();
        assertThat(payload.getString("tool.pytest.ini_options.minversion")).isEqualTo("7.0");
        assertThat(payload.getString("tool.pytest.ini_options.addopts")).isEqualTo("-ra -q --strict-markers");
        assertThat(payload.getArray("tool.pytest.ini_options.testpaths").toList()).containsExactly("tests");
        assertThat(payload.dottedKeySet()).containsExactlyInAnyOrder("tool.pytest.ini_options.minversion",
                "tool.pytest.ini_options.addopts", "tool.pytest.ini_options.testpaths");
    }

    @Test
    void everySettingHasItsOwnComment() {
        for (String key : new String[] {"minversion", "addopts", "testpaths"}) {
            assertThat(PytestModule.PYPROJECT_PAYLOAD.lines().filter(l -> l.startsWith(key + " =")))
                    .singleElement().asString().containsPattern(" # \\S.{10,}");
        }
    }
}
