package dev.protostar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.protostar.api.InvalidArgumentException;
import org.junit.jupiter.api.Test;

/** The library has no implicit current directory: a run, plan or generation without a workspace is refused. */
class NoImplicitWorkspaceTest {

    private static void assertRefused(Throwable thrown, String call) {
        assertThat(thrown).isInstanceOf(InvalidArgumentException.class)
                .hasMessage("Invalid workspace \"null\": no workspace was given to " + call + ", and Protostar never"
                        + " falls back to the JVM's current directory.");
        InvalidArgumentException refused = (InvalidArgumentException) thrown;
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.argument()).isEqualTo("workspace");
        assertThat(refused.hint()).hasValue("Call .workspace(Path.of(\"my-project\")) or .workspace(Workspace.inMemory())"
                + " before " + call + "; a command-line front end passes its working folder explicitly.");
    }

    @Test
    void aPlanWithoutAWorkspaceIsRefused() {
        assertRefused(catchThrowable(() -> Protostar.builder().python().plan()), "plan()");
    }

    @Test
    void aRunWithoutAWorkspaceIsRefusedBeforeAnythingIsRead() {
        assertRefused(catchThrowable(() -> Protostar.builder().python().run()), "run()");
    }

    @Test
    void aGenerationWithoutAWorkspaceIsRefused() {
        assertRefused(catchThrowable(() -> Protostar.generate("cpp-class").name("Motor").run()), "run()");
    }
}
