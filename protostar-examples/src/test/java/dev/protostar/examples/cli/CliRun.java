package dev.protostar.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One in-process run of the CLI: exit code and everything printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(Path workingDirectory, Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ProtostarCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), environment,
                workingDirectory);
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * {@code environment} with {@code home} as HOME and none of the variables that pick a
     * configuration file or an editor, so that only the files a test writes there count.
     */
    static Map<String, String> withOwnHome(Map<String, String> environment, Path home) {
        Map<String, String> isolated = new HashMap<>(environment);
        isolated.keySet().removeAll(List.of("XDG_CONFIG_HOME", "PROTOSTAR_CONFIG", "VISUAL", "EDITOR"));
        isolated.put("HOME", home.toString());
        return isolated;
    }
}
