package dev.protostar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaskPolicyTest {

    private static final SystemTask INSTALL = SystemTask.command("uv", "add", "ruff")
            .timeout(Duration.ofMinutes(10)).warnOnFailure().build();

    @Test
    void durationsAreHoursMinutesAndSecondsInThatOrder() {
        assertThat(TaskPolicy.parseDuration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(TaskPolicy.parseDuration("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(TaskPolicy.parseDuration("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(TaskPolicy.parseDuration(" 2H ")).isEqualTo(Duration.ofHours(2));
        assertThat(TaskPolicy.parseDuration("24h")).isEqualTo(Duration.ofDays(1));
        for (String bad : new String[] {"", "10", "m", "10x", "30s10m", "1.5m", "-5s", "10 m"}) {
            assertThatThrownBy(() -> TaskPolicy.parseDuration(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("\"" + bad + "\" is not a duration such as 90s, 10m or 1h30m");
        }
        assertThatThrownBy(() -> TaskPolicy.parseDuration("0m")).hasMessageContaining("too short");
        assertThatThrownBy(() -> TaskPolicy.parseDuration("24h1s")).hasMessageContaining("at most a day (24h)");
    }

    @Test
    void formatWritesWhatParseReads() {
        for (String text : new String[] {"90s", "10m", "1h30m", "1h", "1h0m5s", "24h"}) {
            Duration duration = TaskPolicy.parseDuration(text);
            assertThat(TaskPolicy.parseDuration(TaskPolicy.format(duration))).isEqualTo(duration);
        }
        assertThat(TaskPolicy.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
    }

    @Test
    void theTimeoutReplacesEveryTasksOwnLongerOrShorter() {
        TaskPolicy shorter = new TaskPolicy(Optional.of(Duration.ofSeconds(30)), false);
        TaskPolicy longer = new TaskPolicy(Optional.of(Duration.ofHours(1)), false);

        assertThat(shorter.applyTo(INSTALL).timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(longer.applyTo(INSTALL).timeout()).isEqualTo(Duration.ofHours(1));
        assertThat(longer.applyTo(INSTALL).onFailure()).isEqualTo(SystemTask.FailurePolicy.WARN);
        assertThat(TaskPolicy.defaults().applyTo(INSTALL)).isSameAs(INSTALL);
    }

    @Test
    void strictMakesEveryFailureFatalAndKeepsTheRest() {
        SystemTask strict = new TaskPolicy(Optional.empty(), true).applyTo(INSTALL);

        assertThat(strict.onFailure()).isEqualTo(SystemTask.FailurePolicy.FAIL);
        assertThat(strict.command()).isEqualTo(INSTALL.command());
        assertThat(strict.timeout()).isEqualTo(INSTALL.timeout());
        assertThat(strict.description()).isEqualTo(INSTALL.description());
    }

    @Test
    void aTimeoutOutsideOneSecondToADayIsRefused() {
        assertThatThrownBy(() -> new TaskPolicy(Optional.of(Duration.ZERO), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TaskPolicy(Optional.of(Duration.ofDays(2)), false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
