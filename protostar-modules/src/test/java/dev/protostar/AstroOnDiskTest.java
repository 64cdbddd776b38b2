package dev.protostar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.core.process.CommonsExecProcessRunner;
import dev.protostar.testing.StubPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The astro preset on a real temporary folder: the real git, a stub uv whose {@code uv run} runs
 * the named program from the stub folder, and a stub nbdime that registers its drivers through the
 * real {@code git config}, as nbdime does.
 */
class AstroOnDiskTest {

    /** uv as in {@link StubPath#UV}, except that {@code uv run PROGRAM ARGS} runs the program. */
    private static final String UV_RUNNING_PROGRAMS = StubPath.UV.replace("""
              run)
                echo "ran: $*"
                ;;
            """, """
              run)
                shift
                exec "$@"
                ;;
            """);

    /** nbdime config-git --enable, reduced to what it writes in a repository. */
    private static final String NBDIME = """
            #!/bin/sh
            echo "nbdime $*" >> "$(dirname "$0")/calls.log"
            if [ "$1" != config-git ] || [ "$2" != --enable ]; then
              echo "stub nbdime: unsupported arguments $*" >&2
              exit 2
            fi
            git config diff.jupyternotebook.command 'git-nbdiffdriver diff' || exit 1
            git config merge.jupyternotebook.driver 'git-nbmergedriver merge %O %A %B %L %P' || exit 1
            git config merge.jupyternotebook.name 'jupyter notebook merge driver' || exit 1
            grep -q 'diff=jupyternotebook' .gitattributes 2>/dev/null || printf '\\n*.ipynb\\tdiff=jupyternotebook\\n' >> .gitattributes
            grep -q 'merge=jupyternotebook' .gitattributes 2>/dev/null || printf '\\n*.ipynb\\tmerge=jupyternotebook\\n' >> .gitattributes
            """;

    @TempDir
    Path temp;

    private Path project;
    private StubPath stubs;

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/git")) || Files.isExecutable(Path.of("/bin/git")),
                "git is not installed in /usr/bin or /bin, the folders the stub PATH keeps");
        project = Files.createDirectories(temp.resolve("m31-photometry"));
        stubs = StubPath.in(temp.resolve("bin")).with("uv", UV_RUNNING_PROGRAMS).with("nbdime", NBDIME);
    }

    private Protostar.Builder builder() {
        return Protostar.builder().workspace(project).python().astro()
                .processRunner(CommonsExecProcessRunner.withEnvironment(stubs.environment()));
    }

    private String git(String... arguments) throws IOException, InterruptedException {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("git", "-C", project.toString()));
        command.addAll(java.util.List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    @Test
    void astroInitialisesGitWritesTheAttributesAndRegistersNbdimeThenASecondRunDoesNothing() throws Exception {
        RunReport first = builder().run();

        assertThat(first.status()).as(first.warnings().toString()).isEqualTo(RunStatus.SUCCESS);
        assertThat(first.tasks()).noneMatch(run -> run.simulated());
        assertThat(first.tasks()).extracting(run -> run.task().commandLine()).containsExactly(
                "uv init --no-workspace --bare --pin-python --python 3.13",
                "git init",
                "uv add -- numpy scipy pandas matplotlib astropy astroquery photutils specutils nbdime",
                "uv add --dev -- ruff",
                "uv run nbdime config-git --enable");
        assertThat(stubs.calls()).containsExactly(
                "uv init --no-workspace --bare --pin-python --python 3.13",
                "uv add -- numpy scipy pandas matplotlib astropy astroquery photutils specutils nbdime",
                "uv add --dev -- ruff",
                "uv run nbdime config-git --enable",
                "nbdime config-git --enable");

        assertThat(Files.isDirectory(project.resolve(".git"))).isTrue();
        assertThat(git("config", "--get", "diff.jupyternotebook.command")).isEqualTo("git-nbdiffdriver diff\n");
        assertThat(git("config", "--get", "merge.jupyternotebook.driver"))
                .isEqualTo("git-nbmergedriver merge %O %A %B %L %P\n");
        // The region already names nbdime's drivers, so nbdime appended nothing to the file.
        assertThat(Files.readString(project.resolve(".gitattributes")))
                .isEqualTo(ProtostarPresetsInMemoryTest.GITATTRIBUTES);
        assertThat(git("check-attr", "binary", "eol", "diff", "merge", "--", "image.fits", "a.ipynb")).isEqualTo("""
                image.fits: binary: set
                image.fits: eol: unspecified
                image.fits: diff: unset
                image.fits: merge: unset
                a.ipynb: binary: unspecified
                a.ipynb: eol: lf
                a.ipynb: diff: jupyternotebook
                a.ipynb: merge: jupyternotebook
                """);
        for (String folder : new String[] {"data/catalogs", "data/fits", "notebooks", "src"}) {
            assertThat(Files.isDirectory(project.resolve(folder))).as(folder).isTrue();
        }
        assertThat(Files.readAllLines(project.resolve(".gitignore")))
                .contains("*.fits", "*.fit", "*.fts", "*.csv", "*.parquet");

        Map<String, String> before = ProtostarOnDiskTest.snapshot(project);
        RunReport second = builder().force().run();

        assertThat(second.status()).isEqualTo(RunStatus.NO_CHANGES);
        assertThat(second.tasks()).isEmpty();
        assertThat(stubs.calls()).hasSize(5);
        assertThat(ProtostarOnDiskTest.snapshot(project)).isEqualTo(before);
    }

    @Test
    void aFailingNbdimeIsAWarningAndTheRestStays() throws Exception {
        stubs.with("nbdime", "#!/bin/sh\necho 'nbdime: cannot import jupyter_server' >&2\nexit 1\n");

        RunReport report = builder().run();

        assertThat(report.status()).isEqualTo(RunStatus.PARTIAL_SUCCESS);
        assertThat(report.warnings()).singleElement().asString().contains("nbdime config-git --enable");
        assertThat(Files.readString(project.resolve(".gitattributes")))
                .isEqualTo(ProtostarPresetsInMemoryTest.GITATTRIBUTES);
        assertThat(git("config", "--get", "diff.jupyternotebook.command")).isEmpty();
    }
}
