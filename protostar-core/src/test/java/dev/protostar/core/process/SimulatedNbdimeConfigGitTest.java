package dev.protostar.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.ProtostarListener;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TaskResult;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.testing.WorkspaceSnapshot;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatedNbdimeConfigGitTest {

    private static final String NBDIME_SECTIONS = """
            [diff "jupyternotebook"]
            \tcommand = git-nbdiffdriver diff
            [difftool "nbdime"]
            \tcmd = git-nbdifftool diff \\"$LOCAL\\" \\"$REMOTE\\" \\"$BASE\\"
            [difftool]
            \tprompt = false
            [merge "jupyternotebook"]
            \tdriver = git-nbmergedriver merge %O %A %B %L %P
            \tname = jupyter notebook merge driver
            [mergetool "nbdime"]
            \tcmd = git-nbmergetool merge \\"$BASE\\" \\"$LOCAL\\" \\"$REMOTE\\" \\"$MERGED\\"
            [mergetool]
            \tprompt = false
            """;

    private final SimulatedProcessRunner runner = SimulatedProcessRunner.create();
    private final Workspace workspace = Workspace.inMemory();

    private TaskResult run(String... command) {
        return runner.run(SystemTask.command(List.of(command)).build(), workspace, ProtostarListener.none());
    }

    private String read(String path) {
        return workspace.readString(WorkspacePath.of(path));
    }

    private void write(String path, String text) {
        workspace.write(WorkspacePath.of(path), text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void throughUvRunItRegistersTheDriversAndToolsAndTheAttributes() {
        run("git", "init");

        assertThat(runner.simulates(List.of("uv", "run", "nbdime", "config-git", "--enable"))).isTrue();
        assertThat(run("uv", "run", "nbdime", "config-git", "--enable").exitCode()).isZero();

        assertThat(read(".git/config")).isEqualTo(SimulatedGitInit.CONFIG + NBDIME_SECTIONS);
        assertThat(read(".gitattributes")).isEqualTo("\n*.ipynb\tdiff=jupyternotebook\n\n*.ipynb\tmerge=jupyternotebook\n");
    }

    @Test
    void aSecondRunChangesNothing() {
        run("git", "init");
        run(".venv/bin/nbdime", "config-git", "--enable");
        Map<String, String> before = WorkspaceSnapshot.of(workspace);

        assertThat(run("nbdime", "config-git", "--enable").exitCode()).isZero();

        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
    }

    @Test
    void attributesThatAlreadyNameTheDriversAreLeftAlone() {
        run("git", "init");
        write(".gitattributes", "*.ipynb text eol=lf diff=jupyternotebook merge=jupyternotebook\n");

        run("uv", "run", "nbdime", "config-git", "--enable");

        assertThat(read(".gitattributes")).isEqualTo("*.ipynb text eol=lf diff=jupyternotebook merge=jupyternotebook\n");
    }

    @Test
    void existingKeysAreUpdatedInPlaceAndOtherSectionsKept() {
        workspace.createDirectories(WorkspacePath.of(".git"));
        write(".git/config", "[diff \"jupyternotebook\"]\n\tcommand = old\n[user]\n\tname = Ada\n");

        run("nbdime", "config-git", "--enable");

        assertThat(read(".git/config")).startsWith(
                "[diff \"jupyternotebook\"]\n\tcommand = git-nbdiffdriver diff\n[user]\n\tname = Ada\n[difftool \"nbdime\"]\n");
    }

    @Test
    void withoutARepositoryItFailsAndChangesNothing() {
        TaskResult result = run("uv", "run", "nbdime", "config-git", "--enable");

        assertThat(result.exitCode()).isEqualTo(128);
        assertThat(result.stderr()).isEqualTo("fatal: not in a git directory\n");
        assertThat(WorkspaceSnapshot.of(workspace)).isEmpty();
    }

    @Test
    void otherArgumentsAreRefused() {
        run("git", "init");

        TaskResult result = run("nbdime", "config-git", "--enable", "--global");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(read(".git/config")).isEqualTo(SimulatedGitInit.CONFIG);
    }

    @Test
    void theLocatorKnowsNbdime() {
        assertThat(runner.binaryLocator().isAvailable("nbdime")).isTrue();
    }
}
