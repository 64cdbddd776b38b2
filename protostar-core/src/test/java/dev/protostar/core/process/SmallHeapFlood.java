package dev.protostar.core.process;

import dev.protostar.api.OutputStreamKind;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TaskResult;
import dev.protostar.api.Workspace;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Run in a JVM of its own with a small heap by {@link BoundedOutputTest}: runs a real child that
 * writes 200 MB to standard output and prints one line summing up what the runner made of it.
 */
final class SmallHeapFlood {

    /** 200,000,000 bytes in lines of 50: 4,000,000 lines. */
    static final String COMMAND = "yes 0123456789012345678901234567890123456789012345678 | head -c 200000000";

    private SmallHeapFlood() {}

    public static void main(String[] args) {
        long[] lines = new long[2];
        ProtostarListener counting = new ProtostarListener() {
            @Override
            public void taskOutput(SystemTask task, OutputStreamKind stream, String line) {
                lines[stream == OutputStreamKind.STDOUT ? 0 : 1]++;
            }
        };
        SystemTask task = SystemTask.command("sh", "-c", COMMAND).timeout(Duration.ofMinutes(5)).build();
        TaskResult result = CommonsExecProcessRunner.create().run(task, Workspace.at(Path.of(args[0])), counting);
        String stdout = result.stdout();
        System.out.println("exit=" + result.exitCode() + " succeeded=" + result.succeeded()
                + " stdoutLines=" + lines[0] + " stderrLines=" + lines[1] + " kept=" + stdout.length()
                + " first=" + stdout.lines().findFirst().orElse("") + " failure=" + result.outputFailure());
    }
}
