package dev.protostar.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.RunCancelledException;
import dev.protostar.api.RunInterruptedException;
import org.junit.jupiter.api.Test;

/** The {@code --json} status of a run stopped on request. */
class JsonStatusTest {

    @Test
    void aCancelledRunIsInterruptedLikeCtrlC() {
        assertThat(JsonStatus.of(new RunCancelledException("The run was cancelled before writing a.txt.", null)))
                .isEqualTo(JsonStatus.INTERRUPTED);
        assertThat(JsonStatus.of(new RunInterruptedException("Interrupted before writing a.txt.", null)))
                .isEqualTo(JsonStatus.INTERRUPTED);
    }
}
