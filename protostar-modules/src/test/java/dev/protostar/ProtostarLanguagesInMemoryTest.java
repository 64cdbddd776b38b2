package dev.protostar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.CollisionAbortedException;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.api.TaskRun;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.testing.WorkspaceSnapshot;
import dev.protostar.modules.node.NodePackageManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The Rust, Node, C++ and LaTeX modules through the fluent API, in memory with the simulated runner. */
class ProtostarLanguagesInMemoryTest {

    private static final String SYSTEM_IGNORES = """
            .DS_Store
            Thumbs.db
            *~
            .idea/
            .vscode/
            .env
            .protostar/
            """;

    private final Workspace workspace = Workspace.inMemory();

    private String read(String path) {
        return workspace.readString(WorkspacePath.of(path));
    }

    /**
     * Runs the scaffold {@code options} describes, then the same again with force: the second run
     * must report no change, run no task and leave every byte as the first run left it.
     */
    private RunReport runTwice(UnaryOperator<Protostar.Builder> options) {
        RunReport first = options.apply(Protostar.builder().workspace(workspace)).run();
        assertThat(first.status()).as("%s", first.warnings()).isEqualTo(RunStatus.SUCCESS);
        assertThat(first.tasks()).allMatch(TaskRun::simulated);
        Map<String, String> afterFirst = WorkspaceSnapshot.of(workspace);

        RunReport second = options.apply(Protostar.builder().workspace(workspace)).force().run();

        assertThat(second.status()).isEqualTo(RunStatus.NO_CHANGES);
        assertThat(second.changes()).isEmpty();
        assertThat(second.tasks()).isEmpty();
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(afterFirst);
        return first;
    }

    private static List<String> commandLines(RunReport report) {
        return report.tasks().stream().map(run -> run.task().commandLine()).toList();
    }

    @Test
    void rustRunsCargoInitWithoutARepositoryAndIgnoresTarget() {
        RunReport report = runTwice(Protostar.Builder::rust);

        assertThat(commandLines(report)).containsExactly("cargo init --vcs none");
        assertThat(WorkspaceSnapshot.of(workspace)).containsOnlyKeys(".gitignore", ".protostar.toml", "protostar.lock", "Cargo.toml", "src/", "src/main.rs");
        assertThat(read(".gitignore")).isEqualTo(SYSTEM_IGNORES + "target/\n");
        assertThat(read("Cargo.toml")).isEqualTo("""
                [package]
                name = "project"
                version = "0.1.0"
                edition = "2024"

                [dependencies]
                """);
        assertThat(read("src/main.rs")).isEqualTo("fn main() {\n    println!(\"Hello, world!\");\n}\n");
    }

    @Test
    void rustWithPreCommitInitialisesGitAfterCargoAndInstallsTheHooks() {
        RunReport report = runTwice(b -> b.rust().preCommit());

        assertThat(commandLines(report)).containsExactly("cargo init --vcs none", "git init", "pre-commit install");
        assertThat(read(".pre-commit-config.yaml")).isEqualTo(LanguageFiles.RUST_PRE_COMMIT_CONFIG);
        assertThat(read(".gitignore")).isEqualTo(SYSTEM_IGNORES + "target/\n");
        assertThat(workspace.isFile(WorkspacePath.of(".git/hooks/pre-commit"))).isTrue();
    }

    @Test
    void anExistingCargoTomlAbortsWithoutForceAndIsKeptWithIt() {
        workspace.write(WorkspacePath.of("Cargo.toml"), "[package]\nname = \"mine\"\n".getBytes(StandardCharsets.UTF_8));
        Map<String, String> before = WorkspaceSnapshot.of(workspace);

        assertThatThrownBy(() -> Protostar.builder().workspace(workspace).rust().run())
                .isInstanceOf(CollisionAbortedException.class)
                .hasMessageContaining("Cargo.toml (Rust)");
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);

        RunReport forced = Protostar.builder().workspace(workspace).rust().force().run();
        assertThat(forced.tasks()).isEmpty();
        assertThat(read("Cargo.toml")).isEqualTo("[package]\nname = \"mine\"\n");
    }

    @Test
    void nodeWithNpmWritesPackageJsonAndIgnoresBuildOutput() {
        RunReport report = runTwice(Protostar.Builder::node);

        assertThat(commandLines(report)).containsExactly("npm init -y");
        assertThat(WorkspaceSnapshot.of(workspace)).containsOnlyKeys(".gitignore", ".protostar.toml", "protostar.lock", "package.json");
        assertThat(read(".gitignore")).isEqualTo(SYSTEM_IGNORES + "node_modules/\ndist/\n.next/\n");
        assertThat(read("package.json")).startsWith("{\n  \"name\": \"project\",\n").contains("\"license\": \"ISC\"");
    }

    @Test
    void nodeWithPnpmOrYarnRunsThatManagersInit() {
        RunReport pnpm = runTwice(b -> b.node(NodePackageManager.PNPM));
        assertThat(commandLines(pnpm)).containsExactly("pnpm init");
        assertThat(read("package.json")).contains("\"license\": \"ISC\"");

        Workspace other = Workspace.inMemory();
        RunReport yarn = Protostar.builder().workspace(other).node(NodePackageManager.YARN).run();
        assertThat(commandLines(yarn)).containsExactly("yarn init -y");
        assertThat(other.readString(WorkspacePath.of("package.json"))).contains("\"license\": \"MIT\"");
        assertThat(Protostar.builder().workspace(other).node(NodePackageManager.YARN).force().run().status())
                .isEqualTo(RunStatus.NO_CHANGES);
    }

    @Test
    void nodeWithPreCommitDeclaresPrettierAndEslintAndWritesTheEslintConfig() {
        RunReport report = runTwice(b -> b.node().preCommit());

        assertThat(commandLines(report)).containsExactly("npm init -y", "git init", "pre-commit install");
        assertThat(read(".pre-commit-config.yaml")).isEqualTo(LanguageFiles.NODE_PRE_COMMIT_CONFIG);
        assertThat(read("eslint.config.mjs")).startsWith("// ESLint settings, added by Protostar");
    }

    @Test
    void cppOnlyIgnoresAndRunsNothing() {
        RunReport report = runTwice(Protostar.Builder::cpp);

        assertThat(report.tasks()).isEmpty();
        assertThat(WorkspaceSnapshot.of(workspace)).containsOnlyKeys(".gitignore", ".protostar.toml", "protostar.lock");
        assertThat(read(".gitignore")).isEqualTo(SYSTEM_IGNORES + """
                build/
                *.o
                *.out
                .cache/
                compile_commands.json
                """);
    }

    @Test
    void latexOnlyIgnoresAndRunsNothing() {
        RunReport report = runTwice(Protostar.Builder::latex);

        assertThat(report.tasks()).isEmpty();
        assertThat(WorkspaceSnapshot.of(workspace)).containsOnlyKeys(".gitignore", ".protostar.toml", "protostar.lock");
        assertThat(read(".gitignore")).isEqualTo(SYSTEM_IGNORES + """
                *.aux
                *.fdb_latexmk
                *.fls
                *.log
                *.synctex.gz
                *.bbl
                *.blg
                *.out
                """);
    }

    @Test
    void everyLanguageWithPythonAndPreCommitInRegistryOrderWithSharedIgnoresOnce() {
        RunReport report = runTwice(b -> b.preCommit().latex().cpp().node().rust().python());

        assertThat(commandLines(report)).containsExactly(
                "uv init --no-workspace --bare --pin-python --python 3.13",
                "cargo init --vcs none",
                "npm init -y",
                "git init",
                "uv add --dev -- ruff pre-commit",
                "uv run pre-commit install");
        assertThat(read(".gitignore")).isEqualTo(SYSTEM_IGNORES + """
                .venv/
                __pycache__/
                *.ipynb_checkpoints
                target/
                node_modules/
                dist/
                .next/
                build/
                *.o
                *.out
                .cache/
                compile_commands.json
                *.aux
                *.fdb_latexmk
                *.fls
                *.log
                *.synctex.gz
                *.bbl
                *.blg
                .ruff_cache/
                """);
        assertThat(read(".pre-commit-config.yaml")).isEqualTo(LanguageFiles.ALL_PRE_COMMIT_CONFIG);
        assertThat(read("Cargo.toml")).contains("name = \"project\"");
        assertThat(read("package.json")).contains("\"name\": \"project\"");
        assertThat(read("pyproject.toml")).contains("[tool.ruff]");
    }

    @Test
    void ruffStaysWithPythonAndIsNotSwitchedOnByOtherLanguages() {
        RunReport report = runTwice(b -> b.rust().node().cpp().latex().preCommit());

        assertThat(commandLines(report)).containsExactly("cargo init --vcs none", "npm init -y", "git init",
                "pre-commit install");
        assertThat(read(".gitignore")).doesNotContain(".ruff_cache/").doesNotContain(".venv/");
        assertThat(read(".pre-commit-config.yaml")).doesNotContain("ruff");
        assertThat(workspace.exists(WorkspacePath.of("pyproject.toml"))).isFalse();
    }
}
