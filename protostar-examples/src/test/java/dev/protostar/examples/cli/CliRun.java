package dev.protostar.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
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
}
