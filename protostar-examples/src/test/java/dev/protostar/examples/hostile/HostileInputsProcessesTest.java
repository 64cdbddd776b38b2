package dev.protostar.examples.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.protostar.api.ChildEnvironment;
import dev.protostar.examples.cli.ProtostarCli;
import dev.protostar.testing.StubPath;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 4, through the command line: what tools Protostar starts may receive of its
 * environment, what they may leave running, and how much of their output it holds.
 */
class HostileInputsProcessesTest {

    private static final String SECRET = "PROTOSTAR_TEST_SECRET_TOKEN";
    private static final String AWS = "AWS_SECRET_ACCESS_KEY";
    private static final String HARMLESS = "PROTOSTAR_TEST_HARMLESS";

    @TempDir
    Path temp;

    private Path home;
    private Path probe;
    private Map<String, String> environment;

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the stub tools are /bin/sh scripts, and /bin/sh is missing");
        home = Files.createDirectories(temp.resolve("home"));
        probe = Files.createDirectories(temp.resolve("probe"));
    }

    /** A stub uv that first writes its environment to {@code probe/env.txt}, then behaves like {@link StubPath#UV}. */
    private StubPath envDumpingUv() throws IOException {
        String script = uvDoingFirst("env > \"" + probe.resolve("env.txt") + "\"\n");
        StubPath stubs = StubPath.in(temp.resolve("bin")).with("uv", script);
        environment = CliRunner.withOwnHome(stubs.environment(), home);
        environment.put(SECRET, "ghp_s3cr3t");
        environment.put(AWS, "wJalrXUtnFEMI");
        environment.put(HARMLESS, "kept");
        return stubs;
    }

    /** {@link StubPath#UV} with {@code lines} run first, right after its {@code #!} line. */
    private static String uvDoingFirst(String lines) {
        int firstLineEnd = StubPath.UV.indexOf('\n') + 1;
        return StubPath.UV.substring(0, firstLineEnd) + lines + StubPath.UV.substring(firstLineEnd);
    }

    private Map<String, String> childVariables() throws IOException {
        Map<String, String> variables = new TreeMap<>();
        for (String line : Files.readAllLines(probe.resolve("env.txt"), StandardCharsets.UTF_8)) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                variables.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return variables;
    }

    @Test
    void byDefaultToolsReceiveEveryVariableButTheFiveThatPointElsewhere() throws IOException {
        envDumpingUv();
        environment.put("VIRTUAL_ENV", "/elsewhere/.venv");
        environment.put("GIT_DIR", "/elsewhere/.git");

        CliRunner.Result run = CliRunner.run(home, environment, "init", "--python", "--no-config", "--dir", "p");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(childVariables()).containsEntry(SECRET, "ghp_s3cr3t").containsEntry(AWS, "wJalrXUtnFEMI")
                .containsEntry(HARMLESS, "kept").containsKeys("PATH", "HOME")
                .doesNotContainKeys(ChildEnvironment.ALWAYS_REMOVED.toArray(String[]::new));
    }

    @Test
    void scrubInTheGlobalConfigurationKeepsMatchingVariablesFromTools() throws IOException {
        envDumpingUv();
        Path config = Files.writeString(temp.resolve("config.toml"), "[env]\nscrub = [\"AWS_*\", \"" + SECRET + "\"]\n");

        CliRunner.Result run = CliRunner.run(home, environment, "init", "--python", "--config", config.toString(),
                "--dir", "p");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(childVariables()).doesNotContainKeys(SECRET, AWS).containsEntry(HARMLESS, "kept")
                .containsKeys("PATH", "HOME");
    }

    @Test
    void scrubInTheProjectFileAddsToTheGlobalOne() throws IOException {
        envDumpingUv();
        Path config = Files.writeString(temp.resolve("config.toml"), "[env]\nscrub = [\"AWS_*\"]\n");
        Path project = Files.createDirectories(home.resolve("p"));
        Files.writeString(project.resolve(".protostar.toml"), "[env]\nscrub = [\"" + SECRET + "\"]\n");

        CliRunner.Result run = CliRunner.run(home, environment, "init", "--python", "--config", config.toString(),
                "--dir", "p");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(childVariables()).doesNotContainKeys(SECRET, AWS).containsEntry(HARMLESS, "kept");
    }

    @Test
    void cleanEnvPassesOnlyTheDocumentedAllowList() throws IOException {
        envDumpingUv();
        environment.put("LANG", "C.UTF-8");
        environment.put("UV_INDEX_URL", "https://user:password@private.example/simple");
        environment.put("XDG_CACHE_HOME", home.resolve(".cache").toString());

        CliRunner.Result run = CliRunner.run(home, environment, "init", "--python", "--no-config", "--clean-env",
                "--dir", "p");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> child = childVariables();
        assertThat(child).doesNotContainKeys(SECRET, AWS, HARMLESS, "UV_INDEX_URL")
                .containsEntry("PATH", environment.get("PATH")).containsEntry("HOME", home.toString())
                .containsEntry("LANG", "C.UTF-8").containsEntry("XDG_CACHE_HOME", home.resolve(".cache").toString());
        List<String> shellOwn = List.of("PWD", "OLDPWD", "SHLVL", "_");
        assertThat(child.keySet()).allMatch(name -> shellOwn.contains(name)
                || ChildEnvironment.CLEAN_ALLOWED.stream().anyMatch(allowed -> ChildEnvironment.matches(allowed, name)),
                "only allowed variables");
    }

    @Test
    void aBadScrubValueStopsBeforeAnythingRunsWith78NamingFileLineKeyAndValue() throws IOException {
        StubPath stubs = envDumpingUv();
        Path config = Files.writeString(temp.resolve("config.toml"), "[env]\nide = \"vscode\"\nscrub = [\"AWS-*\"]\n");
        Path project = Files.createDirectories(home.resolve("p"));
        Files.writeString(project.resolve("notes.txt"), "mine\n");
        Map<String, String> before = snapshot(temp);

        CliRunner.Result run = CliRunner.run(home, environment, "init", "--python", "--config", config.toString(),
                "--dir", "p");

        assertThat(run.exitCode()).isEqualTo(78);
        assertThat(run.err()).contains("ABORTED: " + config + ":3: env.scrub holds \"AWS-*\", which is not a variable"
                + " name or a prefix followed by * (such as GITHUB_TOKEN or AWS_*).");
        assertThat(stubs.calls()).isEmpty();
        assertThat(snapshot(temp)).isEqualTo(before);
    }

    @Test
    void aScrubThatIsNotAnArrayStopsToo() throws IOException {
        envDumpingUv();
        Path project = Files.createDirectories(home.resolve("p"));
        Files.writeString(project.resolve(".protostar.toml"), "[env]\nscrub = \"AWS_*\"\n");
        Map<String, String> before = snapshot(temp);

        CliRunner.Result run = CliRunner.run(home, environment, "init", "--python", "--dir", "p");

        assertThat(run.exitCode()).isEqualTo(78);
        assertThat(run.err()).contains(project.resolve(".protostar.toml") + ":2: env.scrub must be an array of"
                + " strings, such as [\"AWS_*\", \"GITHUB_TOKEN\"], not the string \"AWS_*\".");
        assertThat(snapshot(temp)).isEqualTo(before);
    }

    @Test
    void aProcessAToolLeavesBehindDoesNotOutliveTheRun() throws Exception {
        Path pidFile = probe.resolve("leftover.pid");
        String leaveBehind = "sh -c 'echo $$ > \"" + pidFile + "\"; exec sleep 300' &\n"
                + "until [ -s \"" + pidFile + "\" ]; do sleep 0.05; done\n";
        StubPath stubs = StubPath.in(temp.resolve("bin")).with("uv", uvDoingFirst(leaveBehind));
        long pid = -1;
        try {
            CliRunner.Result run = CliRunner.run(home, CliRunner.withOwnHome(stubs.environment(), home),
                    "init", "--python", "--no-config", "--dir", "p");
            pid = Long.parseLong(Files.readString(pidFile).strip());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(awaitDeath(pid)).as("sleep %d left by the stub uv stopped", pid).isTrue();
        } finally {
            if (pid > 0) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    @Test
    void ctrlCStopsADoubleForkedGrandchildRestoresTheFolderAndExitsWith130() throws Exception {
        // The real CLI in a JVM of its own gets SIGINT, as from a terminal, while `uv init` waits and
        // a grandchild it double-forked (so no longer in its process tree) sleeps.
        Path pidFile = probe.resolve("orphan.pid");
        StubPath stubs = StubPath.in(temp.resolve("bin")).with("uv", "#!/bin/sh\n"
                + "printf '[project]\\nname = \"half\"\\n' > pyproject.toml\n"
                + "( sh -c 'echo $$ > \"" + pidFile + "\"; exec sleep 300' & )\n"
                + "until [ -s \"" + pidFile + "\" ]; do sleep 0.05; done\n"
                + "exec sleep 60\n");
        Path project = Files.createDirectories(home.resolve("p"));
        Files.writeString(project.resolve("notes.txt"), "mine\n");
        Map<String, String> before = snapshot(project);
        Process cli = forkedCli(CliRunner.withOwnHome(stubs.environment(), home), List.of(),
                "init", "--python", "--no-config", "--dir", "p");
        long pid = -1;
        try {
            pid = awaitPid(pidFile);
            Process interrupt = new ProcessBuilder("kill", "-INT", Long.toString(cli.pid())).start();
            assertThat(interrupt.waitFor()).isZero();
            assertThat(cli.waitFor(60, TimeUnit.SECONDS)).as("the CLI stopped").isTrue();

            assertThat(cli.exitValue()).isEqualTo(130);
            assertThat(awaitDeath(pid)).as("double-forked sleep %d stopped", pid).isTrue();
            assertThat(snapshot(project)).isEqualTo(before);
        } finally {
            cli.destroyForcibly();
            if (pid > 0) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    /** The CLI's main in a JVM of its own, output to out.txt and err.txt in the temporary folder. */
    private Process forkedCli(Map<String, String> env, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ProtostarCli.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(temp.resolve("err.txt").toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        return builder.start();
    }

    private static long awaitPid(Path file) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() - deadline < 0) {
            if (Files.exists(file)) {
                String text = Files.readString(file);
                if (text.endsWith("\n")) {
                    return Long.parseLong(text.strip());
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the stub never wrote its pid to " + file);
    }

    @Test
    void anOutputFloodUnderASmallHeapSucceedsWithEveryLineCounted() throws Exception {
        // 200 MB from `uv add`, in a JVM with a 64 MiB heap; before the bound the reading thread died
        // of OutOfMemoryError and the run still said SUCCESS with exit 0.
        String flood = "if [ \"$1\" = add ]; then yes 0123456789012345678901234567890123456789012345678"
                + " | head -c 200000000; fi\n";
        StubPath stubs = StubPath.in(temp.resolve("bin")).with("uv", uvDoingFirst(flood));
        Process process = forkedCli(CliRunner.withOwnHome(stubs.environment(), home),
                List.of("-Xmx64m", "-XX:+UseSerialGC"), "init", "--python", "--no-config", "--dir", "p");
        try {
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the run finished").isTrue();
        } finally {
            process.destroyForcibly();
        }
        String err = Files.readString(temp.resolve("err.txt"));

        assertThat(process.exitValue()).as(err).isZero();
        assertThat(err).doesNotContain("OutOfMemoryError");
        assertThat(Files.readString(temp.resolve("out.txt"))).containsPattern("SUCCESS: \\d+ changes, 2 tasks");
        assertThat(Files.readString(home.resolve("p/pyproject.toml"))).endsWith("\n[dependency-groups]\ndev = [\"ruff\"]\n");
    }

    private static boolean awaitDeath(long pid) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (isRunning(pid)) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** A zombie (dead, waiting to be reaped by whoever adopted it) counts as not running. */
    private static boolean isRunning(long pid) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException e) {
            return handle.get().isAlive();
        }
    }

    /** Every file and folder under {@code root} with its bytes (folders as "<dir>"). */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                entries.put(root.relativize(path).toString(), Files.isDirectory(path) ? "<dir>"
                        : new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1)
                                + Files.getPosixFilePermissions(path));
            }
        }
        return entries;
    }

    /** Runs the CLI in this JVM with an environment map and a working directory. */
    static final class CliRunner {
        record Result(int exitCode, String out, String err) {}

        static Result run(Path workingDirectory, Map<String, String> environment, String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = ProtostarCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true),
                    environment, workingDirectory);
            return new Result(code, out.toString(), err.toString());
        }

        static Map<String, String> withOwnHome(Map<String, String> environment, Path home) {
            Map<String, String> isolated = new java.util.HashMap<>(environment);
            isolated.keySet().removeAll(new ArrayList<>(List.of("XDG_CONFIG_HOME", "PROTOSTAR_CONFIG", "VISUAL", "EDITOR")));
            isolated.put("HOME", home.toString());
            return isolated;
        }
    }
}
