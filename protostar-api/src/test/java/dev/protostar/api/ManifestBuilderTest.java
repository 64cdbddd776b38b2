package dev.protostar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManifestBuilderTest {

    private static final SystemTask GIT_INIT = SystemTask.command("git", "init").build();
    private static final SystemTask UV_INIT = SystemTask.command("uv", "init").build();
    private static final SystemTask PRE_COMMIT = SystemTask.command("pre-commit", "install").build();

    private static WorkspacePath p(String path) {
        return WorkspacePath.of(path);
    }

    @Test
    void anEmptyBuilderBuildsAnEmptyManifest() {
        EnvironmentManifest manifest = EnvironmentManifest.builder().build();

        assertThat(manifest.vcsIgnores()).isEmpty();
        assertThat(manifest.directories()).isEmpty();
        assertThat(manifest.injections()).isEmpty();
        assertThat(manifest.merges()).isEmpty();
        assertThat(manifest.systemTasks()).isEmpty();
        assertThat(manifest.dependencies()).isEmpty();
        assertThat(manifest.devDependencies()).isEmpty();
        assertThat(manifest.dependencyInstaller()).isEmpty();
        assertThat(manifest.postInstallTasks()).isEmpty();
        assertThat(manifest.warnings()).isEmpty();
    }

    @Test
    void everyCollectionKeepsDeclarationOrder() {
        EnvironmentManifest manifest = EnvironmentManifest.builder()
                .vcsIgnore(".venv/", "__pycache__/")
                .vcsIgnore("*.pyc")
                .directory("tests", "src/app")
                .directory("docs")
                .inject("src/app/__init__.py", "")
                .inject("README.md", "# app\n")
                .mergeToml("pyproject.toml", "[tool.ruff]\n")
                .mergeToml("ruff.toml", "line-length = 100\n")
                .systemTask(UV_INIT)
                .systemTask(GIT_INIT)
                .dependency("numpy", "attrs")
                .devDependency("ruff", "mypy")
                .dependency("zlib-ng")
                .postInstallTask(PRE_COMMIT)
                .postInstallTask(GIT_INIT)
                .warning("second thing")
                .warning("first thing")
                .build();

        assertThat(manifest.vcsIgnores()).containsExactly(".venv/", "__pycache__/", "*.pyc");
        assertThat(manifest.directories()).containsExactly(p("tests"), p("src/app"), p("docs"));
        assertThat(manifest.injections()).containsExactly(entry(p("src/app/__init__.py"), ""), entry(p("README.md"), "# app\n"));
        assertThat(manifest.merges()).containsExactly(
                new StructuredMerge(p("pyproject.toml"), MergeFormat.TOML, "[tool.ruff]\n"),
                new StructuredMerge(p("ruff.toml"), MergeFormat.TOML, "line-length = 100\n"));
        assertThat(manifest.systemTasks()).containsExactly(UV_INIT, GIT_INIT);
        assertThat(manifest.dependencies()).containsExactly("numpy", "attrs", "zlib-ng");
        assertThat(manifest.devDependencies()).containsExactly("ruff", "mypy");
        assertThat(manifest.postInstallTasks()).containsExactly(PRE_COMMIT, GIT_INIT);
        assertThat(manifest.warnings()).containsExactly("second thing", "first thing");
    }

    @Test
    void duplicatesCollapseIntoTheFirstOccurrence() {
        EnvironmentManifest manifest = EnvironmentManifest.builder()
                .vcsIgnore(".venv/", ".env", " .venv/ ", ".venv/\t")
                .directory("tests", "docs", "tests")
                .systemTask(GIT_INIT)
                .systemTask(UV_INIT)
                .systemTask(SystemTask.command("git", "init").build())
                .dependency("numpy", "attrs", " numpy")
                .devDependency("ruff", "ruff ", "mypy", "ruff")
                .mergeToml("pyproject.toml", "a = 1\n")
                .mergeToml("pyproject.toml", "a = 1\n")
                .postInstallTask(PRE_COMMIT)
                .postInstallTask(PRE_COMMIT)
                .warning("w")
                .warning("w")
                .build();

        assertThat(manifest.vcsIgnores()).containsExactly(".venv/", ".env");
        assertThat(manifest.directories()).containsExactly(p("tests"), p("docs"));
        assertThat(manifest.systemTasks()).containsExactly(GIT_INIT, UV_INIT);
        assertThat(manifest.dependencies()).containsExactly("numpy", "attrs");
        assertThat(manifest.devDependencies()).containsExactly("ruff", "mypy");
        assertThat(manifest.merges()).hasSize(1);
        assertThat(manifest.postInstallTasks()).containsExactly(PRE_COMMIT);
        assertThat(manifest.warnings()).containsExactly("w");
    }

    @Test
    void ignoreEntriesAreComparedWholeLineNotBySubstring() {
        EnvironmentManifest manifest = EnvironmentManifest.builder().vcsIgnore(".envrc", ".env").build();

        assertThat(manifest.vcsIgnores()).containsExactly(".envrc", ".env");
    }

    @Test
    void tasksThatDifferOnlyInDescriptionStayApart() {
        SystemTask described = SystemTask.command("git", "init").description("Initialise git").build();

        EnvironmentManifest manifest = EnvironmentManifest.builder().systemTask(GIT_INIT).systemTask(described).build();

        assertThat(manifest.systemTasks()).containsExactly(GIT_INIT, described);
    }

    @Test
    void aLaterInjectionForTheSamePathWinsButKeepsItsPlace() {
        EnvironmentManifest manifest = EnvironmentManifest.builder()
                .inject(".envrc", "module default\n")
                .inject("README.md", "# readme\n")
                .inject(".envrc", "configured\n")
                .build();

        assertThat(manifest.injections())
                .containsExactly(entry(p(".envrc"), "configured\n"), entry(p("README.md"), "# readme\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "\n", "a\nb", "a\rb", "a\u0000b"})
    void aBlankOrMultiLineIgnoreEntryIsRejected(String entry) {
        ManifestBuilder builder = EnvironmentManifest.builder();
        assertThatThrownBy(() -> builder.vcsIgnore("kept/", entry))
                .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
                    assertThat(e.argument()).isEqualTo("ignore entry");
                    assertThat(e.value()).isEqualTo(entry);
                    assertThat(e.getMessage()).startsWith("Invalid ignore entry \"").doesNotContain("\n", "\r");
                });
        assertThat(builder.build().vcsIgnores()).as("nothing of the refused call is recorded").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "--index-url=https://evil.example", "--editable=/etc", "-e", "-r/etc/passwd",
        "numpy\n--index-url=x", "numpy extra"})
    void aDependencyThatIsNotARequirementIsRejected(String name) {
        for (boolean dev : new boolean[] {false, true}) {
            ManifestBuilder builder = EnvironmentManifest.builder();
            assertThatThrownBy(() -> {
                if (dev) {
                    builder.devDependency(name);
                } else {
                    builder.dependency(name);
                }
            }).isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
                assertThat(e.argument()).isEqualTo("dependency");
                assertThat(e.value()).isEqualTo(name);
                assertThat(e.exitCode()).isEqualTo(2);
            });
        }
    }

    @Test
    void nullArgumentsAreInvalidArgumentsNamingTheArgument() {
        ManifestBuilder builder = EnvironmentManifest.builder();
        assertThatThrownBy(() -> builder.dependency((String) null))
                .isInstanceOf(InvalidArgumentException.class).hasMessageStartingWith("Invalid dependency \"null\"");
        assertThatThrownBy(() -> builder.dependency((String[]) null))
                .isInstanceOf(InvalidArgumentException.class).hasMessageStartingWith("Invalid dependency list \"null\"");
        assertThatThrownBy(() -> builder.directory((String) null))
                .isInstanceOf(InvalidArgumentException.class).hasMessageStartingWith("Invalid folder \"null\"");
        assertThatThrownBy(() -> builder.inject("a.txt", null))
                .isInstanceOf(InvalidArgumentException.class).hasMessageStartingWith("Invalid content of a.txt");
        assertThatThrownBy(() -> builder.mergeToml("pyproject.toml", null))
                .isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> builder.systemTask(null)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> builder.postInstallTask(null)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> builder.preCommitRepo(null)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> builder.dependencyInstaller(null)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> builder.warning(null)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> builder.configuredPythonVersion("three"))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("\"three\"");
        assertThat(builder.build()).isEqualTo(EnvironmentManifest.builder().build());
    }

    @Test
    void validRequirementsAreKeptTrimmed() {
        EnvironmentManifest manifest = EnvironmentManifest.builder()
                .dependency(" numpy>=2 ", "requests[socks] ; python_version >= \"3.9\"")
                .devDependency("pkg @ https://example.org/pkg.whl")
                .build();
        assertThat(manifest.dependencies()).containsExactly("numpy>=2", "requests[socks] ; python_version >= \"3.9\"");
        assertThat(manifest.devDependencies()).containsExactly("pkg @ https://example.org/pkg.whl");
    }

    @Test
    void pathsAreValidated() {
        assertThatThrownBy(() -> EnvironmentManifest.builder().directory("../outside"))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("\"../outside\"");
        assertThatThrownBy(() -> EnvironmentManifest.builder().inject("/etc/passwd", "x"))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("\"/etc/passwd\"");
        assertThatThrownBy(() -> EnvironmentManifest.builder().mergeToml("a//b.toml", "x"))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("\"a//b.toml\"");
        assertThatThrownBy(() -> EnvironmentManifest.builder().directory("back\\slash"))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("\"back\\slash\"");
    }

    @Test
    void theBuiltManifestCannotBeModified() {
        EnvironmentManifest manifest = EnvironmentManifest.builder()
                .vcsIgnore(".venv/").directory("tests").inject("a", "b").mergeToml("p.toml", "")
                .systemTask(GIT_INIT).dependency("numpy").devDependency("ruff").postInstallTask(PRE_COMMIT)
                .warning("w")
                .build();

        assertThatThrownBy(() -> manifest.vcsIgnores().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> manifest.vcsIgnores().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> manifest.directories().add(p("x"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> manifest.injections().put(p("x"), "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> manifest.injections().remove(p("a"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> manifest.merges().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> manifest.systemTasks().add(UV_INIT)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> manifest.dependencies().remove("numpy")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> manifest.devDependencies().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> manifest.postInstallTasks().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> manifest.warnings().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> {
            var it = manifest.vcsIgnores().iterator();
            it.next();
            it.remove();
        }).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void laterBuilderCallsDoNotChangeAManifestAlreadyBuilt() {
        ManifestBuilder builder = EnvironmentManifest.builder().vcsIgnore("a").dependency("numpy").inject("f", "one");
        EnvironmentManifest first = builder.build();

        builder.vcsIgnore("b").dependency("attrs").inject("f", "two").systemTask(GIT_INIT);

        assertThat(first.vcsIgnores()).containsExactly("a");
        assertThat(first.dependencies()).containsExactly("numpy");
        assertThat(first.injections()).containsExactly(entry(p("f"), "one"));
        assertThat(first.systemTasks()).isEmpty();
        assertThat(builder.build().vcsIgnores()).containsExactly("a", "b");
    }

    @Test
    void theRecordCopiesCollectionsItIsGiven() {
        Set<String> ignores = new LinkedHashSet<>(List.of("b", "a"));
        Map<WorkspacePath, String> injections = new LinkedHashMap<>(Map.of(p("f"), "x"));
        List<SystemTask> tasks = new ArrayList<>(List.of(GIT_INIT));
        EnvironmentManifest manifest = new EnvironmentManifest(ignores, Set.of(), false, Set.of(), injections, List.of(),
                List.of(), List.of(), tasks, Set.of(), Set.of(), Optional.empty(), List.of(), Optional.empty(), List.of());

        ignores.add("c");
        injections.clear();
        tasks.add(UV_INIT);

        assertThat(manifest.vcsIgnores()).containsExactly("b", "a");
        assertThat(manifest.injections()).containsExactly(entry(p("f"), "x"));
        assertThat(manifest.systemTasks()).containsExactly(GIT_INIT);
    }

    @Test
    void preCommitReposAreKeyedByUrlAndGainOnlyMissingHooks() {
        EnvironmentManifest manifest = EnvironmentManifest.builder()
                .preCommitRepo(PreCommitRepo.of("https://example.org/hooks", "v1", "a", "b"))
                .preCommitRepo(PreCommitRepo.of("https://example.org/other", "v9", "x"))
                .preCommitRepo(PreCommitRepo.of("https://example.org/hooks", "v2", "b", "c"))
                .build();

        assertThat(manifest.preCommitRepos()).extracting(PreCommitRepo::repo)
                .containsExactly("https://example.org/hooks", "https://example.org/other");
        PreCommitRepo hooks = manifest.preCommitRepos().get(0);
        assertThat(hooks.rev()).isEqualTo("v1");
        assertThat(hooks.hooks()).extracting(PreCommitHook::id).containsExactly("a", "b", "c");
    }

    @Test
    void textBlocksAreKeyedByFileAndTagWithTheLaterDeclarationWinning() {
        EnvironmentManifest manifest = EnvironmentManifest.builder()
                .textBlock(".envrc", "venv", "one")
                .textBlock("AGENTS.md", "venv", "other file")
                .textBlock(".envrc", "venv", "two")
                .build();

        assertThat(manifest.textBlocks()).extracting(TextBlock::content).containsExactly("two", "other file");
        assertThatThrownBy(() -> EnvironmentManifest.builder().textBlock(".envrc", "has space", ""))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("has space");
    }

    @Test
    void dockerIgnoresAreKeptApartAndOnlyWrittenWhenTurnedOn() {
        EnvironmentManifest off = EnvironmentManifest.builder().dockerIgnore(".python-version").build();
        EnvironmentManifest on = EnvironmentManifest.builder().dockerIgnore(".git/").writeDockerIgnore().build();

        assertThat(off.writesDockerIgnore()).isFalse();
        assertThat(off.dockerIgnores()).containsExactly(".python-version");
        assertThat(off.vcsIgnores()).isEmpty();
        assertThat(on.writesDockerIgnore()).isTrue();
    }

    // ------------------------------------------------------------------ dependency tasks

    @Test
    void aLaterInstallerReplacesAnEarlierOne() {
        DependencyInstaller pip = (deps, dev, workspace) -> List.of(SystemTask.command("pip", "install", "numpy").build());
        EnvironmentManifest manifest = EnvironmentManifest.builder()
                .dependency("numpy")
                .dependencyInstaller((deps, dev, workspace) -> List.of())
                .dependencyInstaller(pip)
                .build();

        assertThat(manifest.dependencyInstaller()).containsSame(pip);
    }
}
