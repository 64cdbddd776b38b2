package dev.protostar.modules.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.PreCommitRepo;
import dev.protostar.api.SystemTask;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.modules.WorkspaceContext;
import dev.protostar.modules.tooling.PreCommitModule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeModuleTest {

    private static final PreCommitRepo PRETTIER =
            PreCommitRepo.of("https://github.com/rbubley/mirrors-prettier", "v3.4.2", "prettier");
    private static final PreCommitRepo ESLINT =
            PreCommitRepo.of("https://github.com/pre-commit/mirrors-eslint", "v9.14.0", "eslint");

    private static EnvironmentManifest contribute(NodeModule module, WorkspaceContext context) {
        return context.manifestOf(module);
    }

    private static WorkspaceContext context(BootstrapModule... active) {
        return new WorkspaceContext(Workspace.inMemory(), active);
    }

    @Test
    void identifiesItselfAsALanguageAndDefaultsToNpm() {
        NodeModule module = new NodeModule();

        assertThat(NodeModule.ID).isEqualTo("node").isEqualTo(module.id());
        assertThat(module.displayName()).isEqualTo("Node");
        assertThat(module.category()).isEqualTo(ModuleCategory.LANGUAGE);
        assertThat(module.requires()).isEmpty();
        assertThat(module.packageManager()).isEqualTo(NodePackageManager.NPM);
        assertThat(module.collisionMarkers(context(module))).containsExactly(WorkspacePath.of("package.json"));
    }

    @Test
    void eachManagerIsTheRequiredProgramAndRunsItsOwnInit() {
        Map<NodePackageManager, List<String>> commands = Map.of(
                NodePackageManager.NPM, List.of("npm", "init", "-y"),
                NodePackageManager.PNPM, List.of("pnpm", "init"),
                NodePackageManager.YARN, List.of("yarn", "init", "-y"));
        for (NodePackageManager manager : NodePackageManager.values()) {
            NodeModule module = new NodeModule(manager);
            EnvironmentManifest manifest = contribute(module, context(module));

            assertThat(module.requiredBinaries(context(module))).containsExactly(manager.program());
            assertThat(manifest.systemTasks()).as("%s", manager).singleElement().satisfies(task -> {
                assertThat(task.command()).isEqualTo(commands.get(manager));
                assertThat(task.owns()).contains(WorkspacePath.of("package.json"));
                assertThat(task.onFailure()).isEqualTo(SystemTask.FailurePolicy.FAIL);
            });
        }
        assertThat(NodePackageManager.NPM.program()).isEqualTo("npm");
        assertThat(NodePackageManager.PNPM.program()).isEqualTo("pnpm");
        assertThat(NodePackageManager.YARN.program()).isEqualTo("yarn");
    }

    @Test
    void yarnInitOwnsWhatYarnTwoAndLaterWrite() {
        NodeModule module = new NodeModule(NodePackageManager.YARN);

        assertThat(contribute(module, context(module)).systemTasks().get(0).owns()).extracting(WorkspacePath::toString)
                .containsExactly("package.json", "README.md", "yarn.lock", ".gitignore", ".gitattributes",
                        ".editorconfig", ".git");
        NodeModule npm = new NodeModule();
        assertThat(contribute(npm, context(npm)).systemTasks().get(0).owns()).extracting(WorkspacePath::toString)
                .containsExactly("package.json");
    }

    @Test
    void aFreshFolderGetsTheIgnoresAndTheInitTaskAndNothingElse() {
        NodeModule module = new NodeModule();
        EnvironmentManifest manifest = contribute(module, context(module));

        assertThat(manifest.vcsIgnores()).containsExactly("node_modules/", "dist/", ".next/");
        assertThat(manifest.systemTasks()).hasSize(1);
        assertThat(manifest.preCommitRepos()).isEmpty();
        assertThat(manifest.injections()).isEmpty();
        assertThat(manifest.postInstallTasks()).isEmpty();
        assertThat(manifest.dependencies()).isEmpty();
        assertThat(manifest.devDependencies()).isEmpty();
        assertThat(manifest.dependencyInstaller()).isEmpty();
        assertThat(manifest.merges()).isEmpty();
        assertThat(manifest.directories()).isEmpty();
        assertThat(manifest.textBlocks()).isEmpty();
        assertThat(manifest.writesDockerIgnore()).isFalse();
    }

    @Test
    void anExistingPackageJsonMeansNoTask() {
        NodeModule module = new NodeModule(NodePackageManager.PNPM);
        EnvironmentManifest manifest = contribute(module, context(module).with("package.json", "{}\n"));

        assertThat(manifest.systemTasks()).isEmpty();
        assertThat(manifest.vcsIgnores()).containsExactly("node_modules/", "dist/", ".next/");
    }

    @Test
    void withPreCommitPrettierAndEslintAreDeclaredWithAnEslintConfig() {
        NodeModule module = new NodeModule();
        EnvironmentManifest manifest = contribute(module, context(module, new PreCommitModule()));

        assertThat(manifest.preCommitRepos()).containsExactly(PRETTIER, ESLINT);
        assertThat(manifest.injections()).containsOnlyKeys(WorkspacePath.of("eslint.config.mjs"));
        assertThat(manifest.injections().get(WorkspacePath.of("eslint.config.mjs")))
                .isEqualTo(NodeModule.ESLINT_CONFIG_CONTENT)
                .startsWith("// ESLint settings, added by Protostar")
                .contains("export default [");
    }

    @Test
    void anExistingEslintConfigOfAnyNameIsNotJoinedByASecondOne() {
        NodeModule module = new NodeModule();
        for (String name : List.of("eslint.config.js", "eslint.config.cjs", "eslint.config.ts")) {
            EnvironmentManifest manifest = contribute(module,
                    context(module, new PreCommitModule()).with(name, "export default [];\n"));

            assertThat(manifest.injections()).as(name).isEmpty();
            assertThat(manifest.preCommitRepos()).containsExactly(PRETTIER, ESLINT);
        }
    }

    /**
     * Our own file does not stop the declaration (it is only written when absent anyway): otherwise a
     * sync would stop declaring the file Protostar wrote, and retract it.
     */
    @Test
    void ourOwnEslintConfigKeepsBeingDeclared() {
        NodeModule module = new NodeModule();
        EnvironmentManifest manifest = contribute(module,
                context(module, new PreCommitModule()).with("eslint.config.mjs", "export default [];\n"));

        assertThat(manifest.injections()).containsOnlyKeys(dev.protostar.api.WorkspacePath.of("eslint.config.mjs"));
    }

    @Test
    void parsesManagerNamesInAnyCaseAndNamesTheChoicesOtherwise() {
        assertThat(NodePackageManager.parse("npm")).isEqualTo(NodePackageManager.NPM);
        assertThat(NodePackageManager.parse(" PNPM ")).isEqualTo(NodePackageManager.PNPM);
        assertThat(NodePackageManager.parse("Yarn")).isEqualTo(NodePackageManager.YARN);
        assertThatThrownBy(() -> NodePackageManager.parse("bun"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown Node package manager \"bun\"; use npm, pnpm or yarn.");
    }
}
