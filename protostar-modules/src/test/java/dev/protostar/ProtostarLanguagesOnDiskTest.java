package dev.protostar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.PreflightException;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.api.TaskFailedException;
import dev.protostar.core.process.CommonsExecProcessRunner;
import dev.protostar.modules.node.NodePackageManager;
import dev.protostar.testing.LanguageStubs;
import dev.protostar.testing.StubPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language modules on a real temporary folder, with stub programs on a PATH the test controls. */
class ProtostarLanguagesOnDiskTest {

    private static final String SYSTEM_IGNORES = ".DS_Store\nThumbs.db\n*~\n.idea/\n.vscode/\n.env\n.protostar/\n";

    @TempDir
    Path temp;

    private Path project;
    private StubPath stubs;

    @BeforeEach
    void setUp() throws IOException {
        project = Files.createDirectories(temp.resolve("orbital-sim"));
        stubs = StubPath.in(temp.resolve("bin"))
                .with("cargo", LanguageStubs.CARGO)
                .with("npm", LanguageStubs.NPM)
                .with("pnpm", LanguageStubs.PNPM)
                .with("yarn", LanguageStubs.YARN)
                .with("pre-commit", LanguageStubs.PRE_COMMIT);
    }

    private Protostar.Builder builder() {
        return Protostar.builder().workspace(project)
                .processRunner(CommonsExecProcessRunner.withEnvironment(stubs.environment()));
    }

    private String read(String path) throws IOException {
        return Files.readString(project.resolve(path));
    }

    /** Runs twice; the second run (with force) must change no byte and start no program. */
    private RunReport runTwice(UnaryOperator<Protostar.Builder> options) throws IOException {
        RunReport first = options.apply(builder()).run();
        assertThat(first.status()).as("%s", first.warnings()).isEqualTo(RunStatus.SUCCESS);
        assertThat(first.tasks()).noneMatch(run -> run.simulated());
        Map<String, String> afterFirst = ProtostarOnDiskTest.snapshot(project);
        List<String> callsAfterFirst = stubs.calls();

        RunReport second = options.apply(builder()).force().run();

        assertThat(second.status()).isEqualTo(RunStatus.NO_CHANGES);
        assertThat(second.tasks()).isEmpty();
        assertThat(stubs.calls()).isEqualTo(callsAfterFirst);
        assertThat(ProtostarOnDiskTest.snapshot(project)).isEqualTo(afterFirst);
        return first;
    }

    private static void assumeRealGit() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/git")), "needs the real git in /usr/bin");
    }

    @Test
    void rustRunsCargoInitWithoutAGitRepositoryOfItsOwn() throws IOException {
        runTwice(Protostar.Builder::rust);

        assertThat(stubs.calls()).containsExactly("cargo init --vcs none");
        assertThat(read("Cargo.toml")).startsWith("[package]\nname = \"orbital-sim\"\n");
        assertThat(read("src/main.rs")).contains("Hello, world!");
        assertThat(read(".gitignore")).isEqualTo(SYSTEM_IGNORES + "target/\n");
        assertThat(project.resolve(".git")).doesNotExist();
    }

    @Test
    void rustWithPreCommitUsesTheRealGitAndThePreCommitOnThePath() throws IOException {
        assumeRealGit();

        runTwice(b -> b.rust().preCommit());

        assertThat(stubs.calls()).containsExactly("cargo init --vcs none", "pre-commit install");
        assertThat(project.resolve(".git/HEAD")).isRegularFile();
        assertThat(read(".git/hooks/pre-commit")).contains("the stub pre-commit hook");
        assertThat(read(".pre-commit-config.yaml")).isEqualTo(LanguageFiles.RUST_PRE_COMMIT_CONFIG);
        assertThat(read(".gitignore")).isEqualTo(SYSTEM_IGNORES + "target/\n");
    }

    @Test
    void rustWithPreCommitButNoPreCommitProgramFailsBeforeWritingAnything() throws IOException {
        StubPath cargoOnly = StubPath.in(temp.resolve("cargo-only")).with("cargo", LanguageStubs.CARGO);

        assertThatThrownBy(() -> Protostar.builder().workspace(project)
                        .processRunner(CommonsExecProcessRunner.withEnvironment(cargoOnly.environment()))
                        .rust().preCommit().run())
                .isInstanceOfSatisfying(PreflightException.class, e ->
                        assertThat(e.missing()).extracting(m -> m.name()).containsExactly("pre-commit"));
        assertThat(ProtostarOnDiskTest.snapshot(project)).isEmpty();
    }

    @Test
    void aMissingCargoIsReportedBeforeAnythingIsWritten() throws IOException {
        StubPath empty = StubPath.in(temp.resolve("nothing"));

        assertThatThrownBy(() -> Protostar.builder().workspace(project)
                        .processRunner(CommonsExecProcessRunner.withEnvironment(empty.environment()))
                        .rust().node(NodePackageManager.PNPM).run())
                .isInstanceOfSatisfying(PreflightException.class, e ->
                        assertThat(e.missing()).extracting(m -> m.name()).containsExactly("cargo", "pnpm"));
        assertThat(ProtostarOnDiskTest.snapshot(project)).isEmpty();
    }

    @Test
    void aFailingCargoInitLeavesTheFolderAsItWas() throws IOException {
        stubs.with("cargo", """
                #!/bin/sh
                mkdir -p src
                printf 'fn main() {}\\n' > src/main.rs
                printf '[package]\\n' > Cargo.toml
                echo "error: invalid character \\` \\` in package name" >&2
                exit 101
                """);
        Files.writeString(project.resolve("notes.txt"), "mine\n");
        Map<String, String> before = ProtostarOnDiskTest.snapshot(project);

        assertThatThrownBy(() -> builder().rust().run())
                .isInstanceOfSatisfying(TaskFailedException.class, e -> {
                    assertThat(e.result().exitCode()).isEqualTo(101);
                    assertThat(e.getMessage()).contains("invalid character").contains("rolled back");
                });
        assertThat(ProtostarOnDiskTest.snapshot(project)).isEqualTo(before);
    }

    @Test
    void nodeWithEachManagerRunsItsInitOnce() throws IOException {
        Map<NodePackageManager, String> calls = Map.of(
                NodePackageManager.NPM, "npm init -y",
                NodePackageManager.PNPM, "pnpm init",
                NodePackageManager.YARN, "yarn init -y");
        for (NodePackageManager manager : NodePackageManager.values()) {
            project = Files.createDirectories(temp.resolve("Web-" + manager.program()));
            List<String> before = stubs.calls();

            runTwice(b -> b.node(manager));

            assertThat(stubs.calls()).hasSize(before.size() + 1).last().isEqualTo(calls.get(manager));
            assertThat(read("package.json")).startsWith("{\n  \"name\": \"web-" + manager.program() + "\",\n");
            assertThat(read(".gitignore")).isEqualTo(SYSTEM_IGNORES + "node_modules/\ndist/\n.next/\n");
        }
        assertThat(read("package.json")).contains("\"license\": \"MIT\"");
    }

    @Test
    void aFailingYarnTwoInitRemovesEverythingItWroteIncludingItsRepository() throws IOException {
        assumeRealGit();
        stubs.with("yarn", """
                #!/bin/sh
                printf '{\\n  "name": "orbital-sim",\\n  "packageManager": "yarn@4.5.0"\\n}\\n' > package.json
                printf '# orbital-sim\\n' > README.md
                : > yarn.lock
                printf '/.yarn/*\\n' > .gitignore
                printf '/.yarn/** linguist-vendored\\n' > .gitattributes
                printf 'root = true\\n' > .editorconfig
                git init -q
                echo "Internal Error: the network is unreachable" >&2
                exit 1
                """);
        Files.writeString(project.resolve("notes.txt"), "mine\n");
        Map<String, String> before = ProtostarOnDiskTest.snapshot(project);

        assertThatThrownBy(() -> builder().node(NodePackageManager.YARN).run())
                .isInstanceOf(TaskFailedException.class);
        assertThat(ProtostarOnDiskTest.snapshot(project)).isEqualTo(before);
    }

    @Test
    void nodeWithPreCommitDeclaresItsHooksAndWritesTheEslintConfig() throws IOException {
        assumeRealGit();

        runTwice(b -> b.node().preCommit());

        assertThat(read(".pre-commit-config.yaml")).isEqualTo(LanguageFiles.NODE_PRE_COMMIT_CONFIG);
        assertThat(read("eslint.config.mjs")).startsWith("// ESLint settings, added by Protostar");
        assertThat(stubs.calls()).containsExactly("npm init -y", "pre-commit install");
    }

    @Test
    void cppAndLatexTogetherShareTheirOutIgnoreAndRunNothing() throws IOException {
        runTwice(b -> b.latex().cpp());

        assertThat(stubs.calls()).isEmpty();
        assertThat(read(".gitignore")).isEqualTo(SYSTEM_IGNORES
                + "build/\n*.o\n*.out\n.cache/\ncompile_commands.json\n"
                + "*.aux\n*.fdb_latexmk\n*.fls\n*.log\n*.synctex.gz\n*.bbl\n*.blg\n");
    }
}
