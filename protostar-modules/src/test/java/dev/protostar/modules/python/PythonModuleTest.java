package dev.protostar.modules.python;

import dev.protostar.api.PythonRequirement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.MergeFormat;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.StructuredMerge;
import dev.protostar.api.SystemTask;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.modules.WorkspaceContext;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PythonModuleTest {

    private static final StructuredMerge VSCODE = new StructuredMerge(
            WorkspacePath.of(".vscode/settings.json"), MergeFormat.JSON, PythonModule.VSCODE_SETTINGS);

    private static EnvironmentManifest contribute(PythonModule module, WorkspaceContext context) {
        return context.manifestOf(module);
    }

    @Test
    void uvModeInitialisesAMissingPyprojectWithTheExactCommand() {
        PythonModule module = new PythonModule(PythonOptions.uv("3.12"));
        WorkspaceContext context = new WorkspaceContext(Workspace.inMemory());
        EnvironmentManifest manifest = contribute(module, context);

        assertThat(module.category()).isEqualTo(ModuleCategory.LANGUAGE);
        assertThat(module.requiredBinaries(context)).containsExactly("uv");
        assertThat(module.collisionMarkers(context)).containsExactly(WorkspacePath.of("pyproject.toml"));
        assertThat(manifest.vcsIgnores()).containsExactly(".venv/", "__pycache__/", "*.ipynb_checkpoints");
        assertThat(manifest.systemTasks()).singleElement().satisfies(task -> {
            assertThat(task.command()).containsExactly(
                    "uv", "init", "--no-workspace", "--bare", "--pin-python", "--python", "3.12");
            assertThat(task.owns()).containsExactly(WorkspacePath.of("pyproject.toml"), WorkspacePath.of(".python-version"));
            assertThat(task.onFailure()).isEqualTo(SystemTask.FailurePolicy.FAIL);
        });
        assertThat(manifest.dependencyInstaller()).get().isInstanceOf(UvDependencyInstaller.class);
        assertThat(manifest.dependencies()).isEmpty();
        assertThat(manifest.merges()).containsExactly(VSCODE);
        assertThat(manifest.dockerIgnores()).containsExactly(".python-version");
        assertThat(manifest.writesDockerIgnore()).isFalse();
        assertThat(manifest.configuredPythonVersion()).contains("3.12");
    }

    @Test
    void uvModeDefaultsToPython313AndLeavesAnExistingPyprojectAlone() {
        PythonModule module = new PythonModule();
        assertThat(module.options()).isEqualTo(PythonOptions.defaults());
        assertThat(contribute(module, new WorkspaceContext(Workspace.inMemory())).systemTasks())
                .singleElement().extracting(SystemTask::command).asList().endsWith("--python", "3.13");

        assertThat(contribute(module, new WorkspaceContext(Workspace.inMemory())).configuredPythonVersion()).isEmpty();
        WorkspaceContext existing = new WorkspaceContext(Workspace.inMemory()).with("pyproject.toml", "[project]\n");
        EnvironmentManifest onExisting = contribute(module, existing);
        assertThat(onExisting.systemTasks()).isEmpty();
        assertThat(onExisting.dockerIgnores()).containsExactly(".python-version"); // whatever the folder holds
    }

    @Test
    void pipModeMakesAVenvWithTheRequestedInterpreter() {
        PythonModule module = new PythonModule(PythonOptions.pip("3.11"));
        WorkspaceContext context = new WorkspaceContext(Workspace.inMemory());
        EnvironmentManifest manifest = contribute(module, context);

        assertThat(module.requiredBinaries(context)).containsExactly("python3.11");
        assertThat(module.collisionMarkers(context)).containsExactly(WorkspacePath.of("requirements.txt"));
        assertThat(manifest.systemTasks()).singleElement().satisfies(task -> {
            assertThat(task.command()).containsExactly("python3.11", "-m", "venv", ".venv");
            assertThat(task.owns()).containsExactly(WorkspacePath.of(".venv"));
        });
        assertThat(manifest.dependencyInstaller()).get().isInstanceOf(PipDependencyInstaller.class);
        assertThat(manifest.merges()).containsExactly(VSCODE);
    }

    @Test
    void vscodeSettingsUseTheVenvThroughTheWorkspaceFolderNeverAnAbsolutePath() {
        assertThat(VSCODE.format()).isEqualTo(MergeFormat.JSON);
        assertThat(VSCODE.payload()).isEqualTo("""
                {
                  "python.defaultInterpreterPath": "${workspaceFolder}/.venv/bin/python",
                  "python.terminal.activateEnvironment": true
                }
                """);
        WorkspaceContext existingVenv = new WorkspaceContext(Workspace.inMemory())
                .with("pyproject.toml", "[project]\n").withDirectory(".venv");
        assertThat(contribute(new PythonModule(), existingVenv).merges()).containsExactly(VSCODE);
        assertThat(contribute(new PythonModule(PythonOptions.pip()), existingVenv).merges()).containsExactly(VSCODE);
    }

    @Test
    void pipModeWithoutAVersionUsesPython3AndSkipsAnExistingVenv() {
        PythonModule module = new PythonModule(PythonOptions.pip());
        WorkspaceContext context = new WorkspaceContext(Workspace.inMemory()).withDirectory(".venv");

        assertThat(module.requiredBinaries(context)).isEqualTo(Set.of("python3"));
        assertThat(contribute(module, context).systemTasks()).isEmpty();
    }

    @Test
    void optionsRejectAVersionThatIsNotMajorMinor() {
        assertThatThrownBy(() -> PythonOptions.uv("3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Python version \"3\" is not of the form major.minor, such as 3.13.");
        assertThatThrownBy(() -> PythonOptions.pip("3.13.1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(PythonOptions.uv("3.10").version()).isEqualTo("3.10");
    }

    @Test
    void packageManagerParsesCaseInsensitivelyAndNamesTheChoices() {
        assertThat(PackageManager.parse("PIP")).isEqualTo(PackageManager.PIP);
        assertThat(PackageManager.parse(" uv ")).isEqualTo(PackageManager.UV);
        assertThatThrownBy(() -> PackageManager.parse("poetry"))
                .hasMessage("Unknown Python package manager \"poetry\"; use uv or pip.");
    }

    @Test
    void requirementNamesAreComparedCanonically() {
        assertThat(PythonRequirement.canonicalName("Ruff>=0.6")).isEqualTo("ruff");
        assertThat(PythonRequirement.canonicalName("scikit_learn[extra] ; python_version > '3.8'"))
                .isEqualTo("scikit-learn");
        assertThat(PythonRequirement.canonicalName("zope.interface==6")).isEqualTo("zope-interface");
    }
}
