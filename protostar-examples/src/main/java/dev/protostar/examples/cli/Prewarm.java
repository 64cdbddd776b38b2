package dev.protostar.examples.cli;

import dev.protostar.Merge;
import dev.protostar.api.PreCommitRepo;
import dev.protostar.api.Resolution;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.List;

/**
 * Runs the file-format engines once on small constant inputs, on one short-lived daemon thread,
 * while the main thread is still parsing the command line: their first use in a fresh JVM is
 * slow (classes initialise, code runs interpreted), and on a machine with a second core that
 * cost then overlaps with work the run has to do anyway.
 *
 * <p>The engines (and the SHA-256 digest) are pure functions of their arguments: the warm-up reads and writes no file,
 * starts no process, prints nothing and changes no state a run can see. Whatever it throws is
 * ignored; the thread ends on its own when done.
 */
final class Prewarm implements Runnable {

    /** A warm-up; {@link #startFor} runs it on its own thread, the launcher's training run directly. */
    Prewarm() {}

    /** Starts the warm-up when {@code args} run {@code init} (other commands use no engine). */
    static void startFor(String[] args) {
        if (args.length > 1 && args[0].equals("init") && !List.of(args).contains("--help")
                && !List.of(args).contains("-h")) {
            Thread thread = new Thread(new Prewarm(), "protostar-prewarm");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Runs each engine once; a failure here is of no consequence and is not reported. */
    @Override
    public void run() {
        try {
            // In the order a run needs them: the journal's SHA-256 (its first lookup initialises the
            // security providers, about 13 ms), pre-commit YAML, then TOML, then JSONC.
            MessageDigest.getInstance("SHA-256").digest(new byte[1]);
            Merge.preCommit(null, List.of(PreCommitRepo.of("https://example.invalid/hooks", "v1", "check")),
                    Resolution.MERGE);
            Merge.toml("[project]\nname = \"warm\"\n", "[tool.a]\nb = 1\n\n[tool.c]\nd = [\"e\"]\n",
                    Resolution.MERGE);
            Merge.jsonc("{\n  // c\n  \"a\": 1\n}\n", "{\"b\": {\"c\": true}}", Resolution.MERGE);
        } catch (GeneralSecurityException | RuntimeException | LinkageError ignored) {
            // Only a warm-up: the run itself will meet and report any real problem.
        }
    }
}
