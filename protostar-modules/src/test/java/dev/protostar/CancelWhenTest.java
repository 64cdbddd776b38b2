package dev.protostar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.protostar.api.ProtostarListener;
import dev.protostar.api.RunCancelledException;
import dev.protostar.api.RunStatus;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.testing.WorkspaceSnapshot;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link Protostar.Builder#cancelWhen}: the host's check stops runs and plans, which leave the workspace as it was. */
class CancelWhenTest {

    private static Workspace seeded() {
        Workspace ws = Workspace.inMemory();
        ws.write(WorkspacePath.of("pyproject.toml"), "[project]\nname = \"orbital\"\n".getBytes(StandardCharsets.UTF_8));
        return ws;
    }

    @Test
    void aRunCancelledAtEveryCheckThrowsRunCancelledAndLeavesTheWorkspace() {
        AtomicInteger asked = new AtomicInteger();
        assertThat(Protostar.builder().workspace(seeded()).python().force().cancelWhen(() -> {
            asked.incrementAndGet();
            return false;
        }).run().status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(asked.get()).as("checks of an uncancelled run").isGreaterThan(5);

        for (int n = 1; n <= asked.get(); n++) {
            int at = n;
            AtomicInteger calls = new AtomicInteger();
            Workspace ws = seeded();
            Map<String, String> before = WorkspaceSnapshot.withModes(ws);
            Throwable thrown = catchThrowable(() -> Protostar.builder().workspace(ws).python().force()
                    .cancelWhen(() -> calls.incrementAndGet() >= at).run());
            assertThat(thrown).as("cancelled at check %d", at).isInstanceOf(RunCancelledException.class);
            assertThat(((RunCancelledException) thrown).exitCode()).isEqualTo(130);
            assertThat(WorkspaceSnapshot.withModes(ws)).as("cancelled at check %d", at).isEqualTo(before);
        }
    }

    @Test
    void aPlanIsCancelledToo() {
        Workspace ws = seeded();
        Map<String, String> before = WorkspaceSnapshot.withModes(ws);

        Throwable thrown = catchThrowable(() -> Protostar.builder().workspace(ws).python().force()
                .cancelWhen(() -> true).plan());

        assertThat(thrown).isInstanceOf(RunCancelledException.class)
                .hasMessageStartingWith("The run was cancelled before checking for existing project files.");
        assertThat(WorkspaceSnapshot.withModes(ws)).isEqualTo(before);
    }

    @Test
    void aListenerThatThrowsComesOutAsItselfWithNothingAdded() {
        Workspace ws = seeded();
        Map<String, String> before = WorkspaceSnapshot.withModes(ws);
        IllegalStateException host = new IllegalStateException("the IDE closed the project");

        Throwable thrown = catchThrowable(() -> Protostar.builder().workspace(ws).python().force()
                .listener(new ProtostarListener() {
                    @Override
                    public void fileModified(WorkspacePath path) {
                        throw host;
                    }
                }).run());

        assertThat(thrown).isSameAs(host);
        assertThat(thrown.getSuppressed()).isEmpty();
        assertThat(WorkspaceSnapshot.withModes(ws)).isEqualTo(before);
    }

    @Test
    void aCheckThatThrowsComesOutAsItself() {
        Workspace ws = seeded();
        Map<String, String> before = WorkspaceSnapshot.withModes(ws);
        IllegalStateException host = new IllegalStateException("ProcessCanceledException stand-in");
        AtomicInteger calls = new AtomicInteger();

        Throwable thrown = catchThrowable(() -> Protostar.builder().workspace(ws).python().force()
                .cancelWhen(() -> {
                    if (calls.incrementAndGet() == 6) {
                        throw host;
                    }
                    return false;
                }).run());

        assertThat(thrown).isSameAs(host);
        assertThat(thrown.getSuppressed()).isEmpty();
        assertThat(WorkspaceSnapshot.withModes(ws)).isEqualTo(before);
    }
}
