package dev.protostar.modules.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.PreCommitHook;
import dev.protostar.api.PreCommitRepo;
import dev.protostar.api.StructuredMerge;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.modules.WorkspaceContext;
import dev.protostar.modules.python.PythonModule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

class MypyModuleTest {

    private static EnvironmentManifest contribute(WorkspaceContext context) {
        return context.manifestOf(new MypyModule());
    }

    @Test
    void identifiesItselfAndNeedsPython() {
        MypyModule module = new MypyModule();
        assertThat(MypyModule.ID).isEqualTo("mypy");
        assertThat(module.id()).isEqualTo("mypy");
        assertThat(module.displayName()).isEqualTo("mypy");
        assertThat(module.requires()).containsExactly("python");
    }

    @Test
    void declaresItsDependencyIgnoreAndStrictSettingsWithoutPreCommit() {
        EnvironmentManifest manifest = contribute(
                new WorkspaceContext(Workspace.inMemory(), new PythonModule(), new MypyModule()));

        assertThat(manifest.devDependencies()).containsExactly("mypy");
        assertThat(manifest.dependencies()).isEmpty();
        assertThat(manifest.vcsIgnores()).containsExactly(".mypy_cache/");
        assertThat(manifest.preCommitRepos()).isEmpty();
        assertThat(manifest.injections()).isEmpty();
        assertThat(manifest.directories()).isEmpty();
        assertThat(manifest.writesDockerIgnore()).isFalse();
        assertThat(manifest.merges()).hasSize(1);
        StructuredMerge merge = manifest.merges().get(0);
        assertThat(merge.target()).isEqualTo(WorkspacePath.of("pyproject.toml"));

        TomlParseResult payload = Toml.parse(merge.payload());
        assertThat(payload.errors()).isEmpty();
        assertThat(payload.getString("tool.mypy.python_version")).isEqualTo("{{PYTHON_VERSION}}");
        assertThat(payload.getBoolean("tool.mypy.strict")).isTrue();
        assertThat(payload.getBoolean("tool.mypy.warn_return_any")).isTrue();
        assertThat(payload.getBoolean("tool.mypy.warn_unused_configs")).isTrue();
        assertThat(payload.getBoolean("tool.mypy.disallow_untyped_defs")).isTrue();
        assertThat(payload.dottedKeySet()).containsExactlyInAnyOrder(
                "tool.mypy.python_version", "tool.mypy.strict", "tool.mypy.warn_return_any",
                "tool.mypy.warn_unused_configs", "tool.mypy.disallow_untyped_defs");
    }

    @Test
    void everySettingHasItsOwnComment() {
        for (String key : new String[] {"python_version", "strict", "warn_return_any", "warn_unused_configs",
                "disallow_untyped_defs"}) {
            assertThat(MypyModule.PYPROJECT_PAYLOAD.lines().filter(l -> l.startsWith(key + " =")))
                    .singleElement().asString().containsPattern(" # \\S.{10,}");
        }
    }

    @Test
    void withPreCommitTheHookGetsTheProjectsRuntimeDependencies() {
        EnvironmentManifest manifest = contribute(new WorkspaceContext(Workspace.inMemory(),
                new PythonModule(), new PreCommitStub(), new MypyModule()).with("pyproject.toml", """
                        [project]
                        name = "demo"
                        dependencies = ["requests>=2.31", "pydantic", "numpy==2.1.0"]

                        [dependency-groups]
                        dev = ["pytest"]
                        """));

        assertThat(manifest.preCommitRepos()).containsExactly(new PreCommitRepo(
                "https://github.com/pre-commit/mirrors-mypy", "v1.13.0",
                List.of(new PreCommitHook("mypy", List.of(), List.of("requests>=2.31", "pydantic", "numpy==2.1.0")))));
    }

    @Test
    void withPreCommitAndNoDeclaredDependenciesTheHookHasNone() {
        PreCommitRepo expected = new PreCommitRepo("https://github.com/pre-commit/mirrors-mypy", "v1.13.0",
                List.of(PreCommitHook.of("mypy")));

        EnvironmentManifest noFile = contribute(
                new WorkspaceContext(Workspace.inMemory(), new PythonModule(), new PreCommitStub()));
        EnvironmentManifest noKey = contribute(new WorkspaceContext(Workspace.inMemory(), new PythonModule(),
                new PreCommitStub()).with("pyproject.toml", "[project]\nname = \"demo\"\n"));
        EnvironmentManifest broken = contribute(new WorkspaceContext(Workspace.inMemory(), new PythonModule(),
                new PreCommitStub()).with("pyproject.toml", "[project\nname = \n"));

        assertThat(noFile.preCommitRepos()).containsExactly(expected);
        assertThat(noKey.preCommitRepos()).containsExactly(expected);
        assertThat(broken.preCommitRepos()).containsExactly(expected);
    }
}
