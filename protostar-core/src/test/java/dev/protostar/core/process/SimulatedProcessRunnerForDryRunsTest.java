package dev.protostar.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.ProtostarListener;
import dev.protostar.api.SystemTask;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.workspace.CopyOnWriteWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What dry runs need from the simulated runner: a folder name carried over to an overlay, and which commands it models. */
class SimulatedProcessRunnerForDryRunsTest {

    private static String uvInitName(SimulatedProcessRunner runner, Workspace workspace) {
        runner.run(SystemTask.command("uv", "init", "--bare").build(), workspace, ProtostarListener.none());
        return workspace.readString(WorkspacePath.of("pyproject.toml")).lines()
                .filter(line -> line.startsWith("name = ")).findFirst().orElseThrow();
    }

    @Test
    void anOverlayOfALocalFolderIsNamedAfterThatFolder(@TempDir Path temp) throws IOException {
        Workspace folder = Workspace.at(Files.createDirectories(temp.resolve("Orbital Sim")));
        CopyOnWriteWorkspace overlay = CopyOnWriteWorkspace.over(folder);

        assertThat(uvInitName(SimulatedProcessRunner.create(), CopyOnWriteWorkspace.over(folder)))
                .isEqualTo("name = \"project\"");
        assertThat(uvInitName(SimulatedProcessRunner.create().withFolderNameOf(folder), overlay))
                .isEqualTo("name = \"orbital-sim\"");
        assertThat(folder.exists(WorkspacePath.of("pyproject.toml"))).isFalse();
    }

    @Test
    void aGivenFolderNameWinsAndInMemoryWorkspacesChangeNothing(@TempDir Path temp) {
        SimulatedProcessRunner named = SimulatedProcessRunner.forFolderNamed("rocket");
        SimulatedProcessRunner plain = SimulatedProcessRunner.create();

        assertThat(named.withFolderNameOf(Workspace.at(temp))).isSameAs(named);
        assertThat(plain.withFolderNameOf(Workspace.inMemory())).isSameAs(plain);
    }

    @Test
    void simulatesSaysWhichCommandsAreModelled() {
        SimulatedProcessRunner runner = SimulatedProcessRunner.create();

        assertThat(runner.simulates(List.of("git", "init", "-q"))).isTrue();
        assertThat(runner.simulates(List.of("uv", "add", "--dev", "ruff"))).isTrue();
        assertThat(runner.simulates(List.of("direnv", "allow"))).isTrue();
        assertThat(runner.simulates(List.of("git", "commit"))).isFalse();
        assertThat(runner.simulates(List.of("make", "setup"))).isFalse();
    }
}
