package dev.protostar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SystemTaskTest {

    @Test
    void builderDefaults() {
        SystemTask task = SystemTask.command("git", "init").build();

        assertThat(task.command()).containsExactly("git", "init");
        assertThat(task.program()).isEqualTo("git");
        assertThat(task.timeout()).isEqualTo(Duration.ofMinutes(2)).isEqualTo(SystemTask.DEFAULT_TIMEOUT);
        assertThat(task.onFailure()).isEqualTo(SystemTask.FailurePolicy.FAIL);
        assertThat(task.description()).isEqualTo("git init").isEqualTo(task.commandLine());
        assertThat(task.owns()).isEmpty();
        assertThat(task.stdoutTo()).isEmpty();
    }

    @Test
    void everyBuilderSettingArrives() {
        SystemTask task = SystemTask.command("uv", "init", "--no-readme")
                .timeout(Duration.ofSeconds(30))
                .description("Create the uv project")
                .owns("pyproject.toml", ".python-version", "pyproject.toml")
                .warnOnFailure()
                .stdoutTo(WorkspacePath.of("logs/uv.txt"))
                .build();

        assertThat(task.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(task.description()).isEqualTo("Create the uv project");
        assertThat(task.owns()).containsExactly(WorkspacePath.of("pyproject.toml"), WorkspacePath.of(".python-version"));
        assertThat(task.onFailure()).isEqualTo(SystemTask.FailurePolicy.WARN);
        assertThat(task.stdoutTo()).contains(WorkspacePath.of("logs/uv.txt"));
        assertThat(task.commandLine()).isEqualTo("uv init --no-readme");
    }

    @Test
    void argumentsReachTheProgramVerbatim() {
        SystemTask task = SystemTask.command("sh", "-c", "exit 3", "it's \"quoted\"", "").build();

        assertThat(task.command()).containsExactly("sh", "-c", "exit 3", "it's \"quoted\"", "");
        assertThat(task.description()).isEqualTo("sh -c exit 3 it's \"quoted\" ");
    }

    @Test
    void aListCommandIsCopied() {
        List<String> commandLine = new ArrayList<>(List.of("uv", "add", "numpy"));
        SystemTask.Builder builder = SystemTask.command(commandLine);
        commandLine.add("attrs");
        SystemTask task = builder.build();
        commandLine.clear();

        assertThat(task.command()).containsExactly("uv", "add", "numpy");
        assertThat(task).isEqualTo(SystemTask.command("uv", "add", "numpy").build());
    }

    @Test
    void theTaskIsImmutable() {
        SystemTask task = SystemTask.command("git", "init").owns(".git").build();

        assertThatThrownBy(() -> task.command().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> task.owns().add(WorkspacePath.of("y"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aBuilderCanBuildTwiceWithoutSharingState() {
        SystemTask.Builder builder = SystemTask.command("git", "init").owns(".git");
        SystemTask first = builder.build();
        builder.owns("README.md");
        SystemTask second = builder.build();

        assertThat(first.owns()).containsExactly(WorkspacePath.of(".git"));
        assertThat(second.owns()).containsExactly(WorkspacePath.of(".git"), WorkspacePath.of("README.md"));
    }

    @Test
    void anEmptyCommandIsRejected() {
        assertThatThrownBy(() -> SystemTask.command(List.of()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A system task needs a program name");
        assertThatThrownBy(() -> SystemTask.command("").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A system task needs a program name");
        assertThatThrownBy(() -> SystemTask.command("  ", "init").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A system task needs a program name");
    }

    @Test
    void aNonPositiveTimeoutIsRejected() {
        assertThatThrownBy(() -> SystemTask.command("git").timeout(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A system task's timeout must be positive, got PT0S");
        assertThatThrownBy(() -> SystemTask.command("git").timeout(Duration.ofSeconds(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A system task's timeout must be positive, got PT-1S");
        assertThatThrownBy(() -> SystemTask.command("git").timeout(null).build())
                .isInstanceOf(NullPointerException.class);
        assertThat(SystemTask.command("git").timeout(Duration.ofNanos(1)).build().timeout()).isEqualTo(Duration.ofNanos(1));
    }

    @Test
    void ownedPathsAreValidated() {
        assertThatThrownBy(() -> SystemTask.command("git").owns("../elsewhere"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"../elsewhere\"");
    }

    @Test
    void theCanonicalConstructorValidatesToo() {
        assertThatThrownBy(() -> new SystemTask(List.of(), Duration.ofSeconds(1), "d", new LinkedHashSet<>(),
                SystemTask.FailurePolicy.FAIL, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SystemTask(List.of("git"), Duration.ofSeconds(1), null, new LinkedHashSet<>(),
                SystemTask.FailurePolicy.FAIL, Optional.empty()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SystemTask(List.of("git"), Duration.ofSeconds(1), "d", new LinkedHashSet<>(),
                null, Optional.empty()))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void equalTasksAreEqualSoManifestsCanCollapseThem() {
        assertThat(SystemTask.command("git", "init").build())
                .isEqualTo(SystemTask.command(List.of("git", "init")).build())
                .hasSameHashCodeAs(SystemTask.command(List.of("git", "init")).build());
        assertThat(SystemTask.command("git", "init").build()).isNotEqualTo(SystemTask.command("git", "init").warnOnFailure().build());
    }
}
