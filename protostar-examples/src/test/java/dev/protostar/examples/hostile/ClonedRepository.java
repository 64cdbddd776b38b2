package dev.protostar.examples.hostile;

import dev.protostar.examples.cli.ProtostarCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The scene of a hostile-input test: a cloned project {@code clone/} (with a README) and, beside it,
 * a victim folder holding {@code precious.txt} that nothing may touch; the command line runs in the
 * temporary folder with a minimal environment and its own journal-key location.
 */
final class ClonedRepository {

    /** One command line's exit code and output. */
    record Run(int exitCode, String out, String err) {}

    final Path temp;
    final Path clone;
    final Path victim;
    /** The command line's environment; a test may change it before running. */
    final Map<String, String> environment = new HashMap<>();

    private ClonedRepository(Path temp, Path clone, Path victim) {
        this.temp = temp;
        this.clone = clone;
        this.victim = victim;
    }

    /** Sets the scene in {@code temp}, the victim's {@code precious.txt} in {@code victimFolder} (relative to it). */
    static ClonedRepository in(Path temp, String victimFolder) throws IOException {
        Path clone = Files.createDirectories(temp.resolve("clone"));
        Path victim = Files.createDirectories(temp.resolve(victimFolder));
        Files.writeString(victim.resolve("precious.txt"), "do not delete\n");
        Files.writeString(clone.resolve("README.md"), "# a cloned project\n");
        ClonedRepository scene = new ClonedRepository(temp, clone, victim);
        scene.environment.put("PATH", "/usr/bin:/bin");
        scene.environment.put("HOME", Files.createDirectories(temp.resolve("home")).toString());
        scene.environment.put("XDG_STATE_HOME", temp.resolve("state").toString());
        return scene;
    }

    /** Runs {@code protostar ARGS} in the temporary folder. */
    Run protostar(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ProtostarCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), environment, temp);
        return new Run(code, out.toString(), err.toString());
    }
}
