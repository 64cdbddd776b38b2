package dev.protostar.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The training run the {@code protostar} launcher makes once per packaged jar, to record an
 * ahead-of-time cache on a JDK of 25 or later ({@code -XX:AOTCacheOutput}), or a class-data-sharing
 * archive on an older one ({@code -XX:ArchiveClassesAtExit}): it runs the commands users
 * run most ({@code --help}, {@code init --help}, {@code --version}, the all-tools {@code init}
 * twice, a {@code --dry-run --json}) so that their classes are loaded, linked and profiled.
 *
 * <p>With a second argument {@code help}, it runs only the help and version commands, for the
 * small cache the launcher uses when a command line asks for nothing else: a cache preloads every
 * class it holds when the JVM starts, so {@code --help} starts faster from a cache without the
 * file-format engines.
 *
 * <p>Everything happens inside the scratch folder given as the only argument: stub {@code uv} and
 * {@code direnv} programs go to its {@code bin/}, projects to its other subfolders; the working
 * directory of the JVM and the user's files are never used. Output is discarded and the exit code
 * is always 0: a training run that fails only makes the cache less complete.
 */
public final class StartupTraining {

    private static final String UV = """
            #!/bin/sh
            case "$1" in
              init)
                printf '[project]\\nname = "training"\\nversion = "0.1.0"\\nrequires-python = ">=3.13"\\ndependencies = []\\n' > pyproject.toml
                printf '3.13\\n' > .python-version
                ;;
              add)
                printf '\\n[dependency-groups]\\ndev = ["ruff"]\\n' >> pyproject.toml
                echo "version = 1" > uv.lock
                mkdir -p .venv
                ;;
            esac
            """;

    private static final String SUCCEEDS = "#!/bin/sh\n";

    private static final List<String> ALL_TOOLS =
            List.of("init", "--python", "--mypy", "--pytest", "--pre-commit", "--docker", "--direnv", "-m", "--force");

    private StartupTraining() {}

    /**
     * Runs the training commands.
     *
     * @param args a scratch folder (created when missing) that the run may fill; optionally then
     *     {@code help} to run the help and version commands only
     * @throws IOException when the scratch folder or its stubs cannot be written
     */
    public static void main(String[] args) throws IOException {
        boolean helpOnly = args.length == 2 && args[1].equals("help");
        if (args.length != 1 && !helpOnly) {
            System.err.println("usage: StartupTraining <scratch folder> [help]");
            return;
        }
        Path scratch = Path.of(args[0]).toAbsolutePath();
        Path bin = Files.createDirectories(scratch.resolve("bin"));
        stub(bin.resolve("uv"), UV);
        stub(bin.resolve("direnv"), SUCCEEDS);
        Map<String, String> environment = new HashMap<>(System.getenv());
        String path = environment.getOrDefault("PATH", "/usr/bin:/bin");
        environment.put("PATH", bin + (path.isEmpty() ? "" : ":" + path));
        environment.put("GIT_CONFIG_GLOBAL", "/dev/null");
        environment.put("GIT_CONFIG_NOSYSTEM", "1");

        run(scratch, environment, List.of("--help"));
        run(scratch, environment, List.of("init", "--help"));
        run(scratch, environment, List.of("--version"));
        if (helpOnly) {
            for (String command : List.of("generate", "config")) {
                run(scratch, environment, List.of(command, "--help"));
            }
            run(scratch, environment, List.of("init", "--version"));
            return;
        }
        new Prewarm().run();
        Path full = Files.createDirectories(scratch.resolve("full"));
        run(full, environment, ALL_TOOLS);
        run(full, environment, ALL_TOOLS);
        run(Files.createDirectories(scratch.resolve("plan")), environment, List.of("init", "-p", "--dry-run", "--json"));
    }

    private static void run(Path workingDirectory, Map<String, String> environment, List<String> args) {
        PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        try {
            ProtostarCli.execute(args.toArray(String[]::new), discard, discard, environment, workingDirectory);
        } catch (RuntimeException ignored) {
            // A failed command still loaded the classes it needed; the cache is only less complete.
        }
    }

    private static void stub(Path file, String script) throws IOException {
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
