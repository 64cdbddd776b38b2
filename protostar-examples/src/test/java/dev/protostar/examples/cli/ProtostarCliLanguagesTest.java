package dev.protostar.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.testing.LanguageStubs;
import dev.protostar.testing.StubPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language flags of {@code protostar init}: --rust, --node, --node-package-manager, --cpp, --latex. */
class ProtostarCliLanguagesTest {

    private static final List<String> SYSTEM_IGNORES = List.of(".DS_Store", "Thumbs.db", "*~", ".idea/", ".vscode/", ".env", ".protostar/");

    @TempDir
    Path temp;

    private Path home;
    private StubPath stubs;

    @BeforeEach
    void setUp() throws IOException {
        home = Files.createDirectories(temp.resolve("home"));
        stubs = StubPath.in(temp.resolve("bin"))
                .with("uv", StubPath.UV)
                .with("cargo", LanguageStubs.CARGO)
                .with("npm", LanguageStubs.NPM)
                .with("pnpm", LanguageStubs.PNPM)
                .with("yarn", LanguageStubs.YARN)
                .with("pre-commit", LanguageStubs.PRE_COMMIT);
    }

    private CliRun cli(String... args) {
        return CliRun.of(home, stubs.environment(), args);
    }

    private List<String> gitignore(String project) throws IOException {
        return Files.readAllLines(home.resolve(project).resolve(".gitignore"));
    }

    private static List<String> ignores(String... languageEntries) {
        List<String> all = new java.util.ArrayList<>(SYSTEM_IGNORES);
        all.addAll(List.of(languageEntries));
        return all;
    }

    @Test
    void rustAloneWorksWithoutPythonAndASecondRunDoesNothing() throws IOException {
        CliRun run = cli("init", "--rust", "--dir", "orbital-sim");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).contains("running  cargo init --vcs none").containsPattern("SUCCESS: \\d+ changes, 1 task");
        assertThat(Files.readString(home.resolve("orbital-sim/Cargo.toml"))).startsWith("[package]\nname = \"orbital-sim\"\n");
        assertThat(gitignore("orbital-sim")).isEqualTo(ignores("target/"));
        assertThat(home.resolve("orbital-sim/pyproject.toml")).doesNotExist();

        Map<String, String> before = ProtostarCliTest.snapshot(home.resolve("orbital-sim"));
        CliRun again = cli("init", "-r", "--dir", "orbital-sim"); // Cargo.toml is the project's own now: no --force
        assertThat(again.exitCode()).as(again.err()).isEqualTo(0);
        assertThat(again.out()).contains("SUCCESS: nothing to do");
        assertThat(ProtostarCliTest.snapshot(home.resolve("orbital-sim"))).isEqualTo(before);
        assertThat(stubs.calls()).containsExactly("cargo init --vcs none");
    }

    @Test
    void rustWithPreCommitInitialisesTheRealGitAndInstallsTheHooks() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/git")), "needs the real git in /usr/bin");

        CliRun run = cli("init", "-r", "--pre-commit", "--dir", "crab");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(0);
        assertThat(run.out()).doesNotContain("PARTIAL");
        Path project = home.resolve("crab");
        assertThat(project.resolve(".git/HEAD")).isRegularFile();
        assertThat(project.resolve(".git/hooks/pre-commit")).isRegularFile();
        assertThat(Files.readString(project.resolve(".pre-commit-config.yaml")))
                .contains("repo: https://github.com/doublify/pre-commit-rust").contains("id: clippy")
                .doesNotContain("ruff");
        assertThat(stubs.calls()).containsExactly("cargo init --vcs none", "pre-commit install");
        assertThat(cli("init", "-r", "--pre-commit", "-f", "--dir", "crab").out()).contains("SUCCESS: nothing to do");
    }

    @Test
    void nodeUsesNpmByDefaultAndTheChosenManagerOtherwise() throws IOException {
        assertThat(cli("init", "--node", "--dir", "web").exitCode()).isEqualTo(0);
        assertThat(cli("init", "-n", "--node-package-manager", "pnpm", "--dir", "web-pnpm").exitCode()).isEqualTo(0);
        assertThat(cli("init", "-n", "--node-package-manager", "YARN", "--dir", "web-yarn").exitCode()).isEqualTo(0);

        assertThat(stubs.calls()).containsExactly("npm init -y", "pnpm init", "yarn init -y");
        assertThat(Files.readString(home.resolve("web/package.json"))).contains("\"name\": \"web\"");
        assertThat(Files.readString(home.resolve("web-yarn/package.json"))).contains("\"license\": \"MIT\"");
        assertThat(gitignore("web-pnpm")).isEqualTo(ignores("node_modules/", "dist/", ".next/"));
    }

    @Test
    void cppAndLatexOnlyWriteTheirIgnores() throws IOException {
        CliRun run = cli("init", "-c", "-l", "--dir", "paper");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(gitignore("paper")).isEqualTo(ignores("build/", "*.o", "*.out", ".cache/", "compile_commands.json",
                "*.aux", "*.fdb_latexmk", "*.fls", "*.log", "*.synctex.gz", "*.bbl", "*.blg"));
        assertThat(stubs.calls()).isEmpty();
    }

    @Test
    void everyLanguageTogetherWithPythonRunsInRegistryOrder() throws IOException {
        CliRun run = cli("init", "--latex", "--cpp", "--node", "--rust", "--python", "--dir", "everything");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(0);
        assertThat(stubs.calls()).containsExactly(
                "uv init --no-workspace --bare --pin-python --python 3.13",
                "cargo init --vcs none",
                "npm init -y",
                "uv add --dev -- ruff");
        assertThat(gitignore("everything")).containsOnlyOnce("*.out").endsWith(".ruff_cache/");
    }

    @Test
    void aMissingCargoIsNamedWithExitCode69() throws IOException {
        StubPath empty = StubPath.in(temp.resolve("empty-bin"));

        CliRun run = CliRun.of(home, empty.environment(), "init", "-r", "--dir", "fresh");

        assertThat(run.exitCode()).isEqualTo(69);
        assertThat(run.err()).contains("Missing required programs: cargo (needed by Rust)");
        assertThat(home.resolve("fresh")).doesNotExist();
    }

    @Test
    void aDryRunOfRustShowsTheCommandAndRunsNothing() throws IOException {
        CliRun run = cli("init", "-r", "--dry-run", "--dir", "planned");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).contains("cargo init --vcs none").contains("+target/")
                .contains("name = \"planned\"").contains("DRY RUN");
        assertThat(stubs.calls()).isEmpty();
        assertThat(home.resolve("planned")).doesNotExist();
    }

    @Test
    void badNodeFlagsAreUsageErrors() {
        CliRun unknown = cli("init", "-n", "--node-package-manager", "bun", "--dir", "x");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown Node package manager \"bun\"; use npm, pnpm or yarn.");
        assertThat(unknown.out()).doesNotContain("protostar 0");

        CliRun withoutNode = cli("init", "--node-package-manager", "pnpm", "--dir", "x");
        assertThat(withoutNode.exitCode()).isEqualTo(2);
        assertThat(withoutNode.err()).contains("--node-package-manager only applies together with --node (-n).");
        assertThat(home.resolve("x")).doesNotExist();
    }

    @Test
    void helpListsTheLanguageFlags() {
        CliRun help = cli("init", "--help");

        assertThat(help.exitCode()).isEqualTo(0);
        for (String option : List.of("-r, --rust", "-n, --node", "--node-package-manager=npm|pnpm|yarn", "-c, --cpp",
                "-l, --latex")) {
            assertThat(help.out()).contains(option);
        }
    }
}
