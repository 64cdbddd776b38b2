package dev.protostar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.ProtostarConfig;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.api.TaskFailedException;
import dev.protostar.api.Workspace;
import dev.protostar.core.process.CommonsExecProcessRunner;
import dev.protostar.testing.StubPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Builder.strict()} and {@code Builder.taskTimeout(…)} on a real folder, with stub programs. */
class TaskPolicyOnDiskTest {

    @TempDir
    Path temp;

    private Path project;
    private StubPath stubs;

    @BeforeEach
    void setUp() throws IOException {
        project = Files.createDirectories(temp.resolve("orbital-sim"));
        Files.writeString(project.resolve("notes.txt"), "mine\n");
        stubs = StubPath.in(temp.resolve("bin"));
    }

    private Protostar.Builder builder() {
        return Protostar.builder().workspace(project)
                .processRunner(CommonsExecProcessRunner.withEnvironment(stubs.environment()));
    }

    @Test
    void strictTurnsAFailedDependencyInstallIntoAFailedRunAndRestoresTheFolder() throws IOException {
        stubs.with("uv", StubPath.UV_OFFLINE);
        Map<String, String> before = ProtostarOnDiskTest.snapshot(project);

        assertThatThrownBy(() -> builder().python().strict().run())
                .isInstanceOfSatisfying(TaskFailedException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(1);
                    assertThat(e.task().commandLine()).isEqualTo("uv add --dev -- ruff");
                });
        assertThat(stubs.calls()).containsExactly("uv init --no-workspace --bare --pin-python --python 3.13",
                "uv add --dev -- ruff");
        assertThat(ProtostarOnDiskTest.snapshot(project)).isEqualTo(before);
    }

    @Test
    void theTaskTimeoutReplacesEveryTasksOwnAndTheBuildersBeatsTheConfigurations() throws IOException {
        stubs.with("uv", StubPath.UV.replace("""
                  init)
                """, """
                  init)
                    sleep 30
                """));
        Map<String, String> before = ProtostarOnDiskTest.snapshot(project);
        ProtostarConfig config = ProtostarConfig.builder().taskTimeout(Duration.ofHours(1)).build();

        assertThatThrownBy(() -> builder().python().config(config).taskTimeout(Duration.ofSeconds(1)).run())
                .isInstanceOfSatisfying(TaskFailedException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(75);
                    assertThat(e.task().timeout()).isEqualTo(Duration.ofSeconds(1));
                    assertThat(e.getMessage()).contains("timed out after 1 s").contains("[env] task_timeout");
                });
        assertThat(ProtostarOnDiskTest.snapshot(project)).isEqualTo(before);
    }

    @Test
    void theConfigurationsTaskTimeoutAppliesWhenTheBuilderSetsNone() {
        Workspace memory = Workspace.inMemory();
        RunReport report = Protostar.builder().workspace(memory).python()
                .config(ProtostarConfig.builder().taskTimeout(Duration.ofMinutes(7)).build()).run();

        assertThat(report.tasks()).isNotEmpty()
                .allSatisfy(run -> assertThat(run.task().timeout()).isEqualTo(Duration.ofMinutes(7)));
    }

    @Test
    void aTimeoutOfZeroOrMoreThanADayIsRefused() {
        assertThatThrownBy(() -> Protostar.builder().taskTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Protostar.builder().taskTimeout(Duration.ofDays(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dockerWithoutPythonIsSkippedWithAWarningAndWritesNoDockerfile() {
        Workspace memory = Workspace.inMemory();
        RunReport report = Protostar.builder().workspace(memory).node().docker().run();

        assertThat(report.status()).isEqualTo(RunStatus.PARTIAL_SUCCESS);
        assertThat(report.warnings()).contains("Docker needs Python, which is not selected; Docker was skipped.");
        assertThat(memory.exists(dev.protostar.api.WorkspacePath.of("Dockerfile"))).isFalse();
    }
}
