package dev.protostar.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./protostar} launcher builds the jars when sources changed, and only then: run in a
 * copy of the checkout's layout with a stub {@code mvn} that, like Maven, leaves the CLI jar alone
 * when only another module changed, and a stub {@code java}.
 */
class LauncherRebuildTest {

    private static final Path LAUNCHER = Path.of("..", "protostar").toAbsolutePath().normalize();

    @TempDir
    Path root;

    private Path bin;

    @BeforeEach
    void layOutACheckout() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
                "the launcher is a bash script and this machine has no bash");
        Assumptions.assumeTrue(Files.isRegularFile(LAUNCHER), () -> "launcher not found at " + LAUNCHER);
        Files.copy(LAUNCHER, root.resolve("protostar"));
        executable(root.resolve("protostar"));
        write(root.resolve("pom.xml"), "<project/>\n");
        for (String module : List.of("protostar-core", "protostar-examples")) {
            write(root.resolve(module).resolve("pom.xml"), "<project/>\n");
            write(root.resolve(module).resolve("src/main/java/Some.java"), "class Some {}\n");
        }
        bin = Files.createDirectories(root.resolve("bin"));
        // Like Maven: the examples module's jar is written when it is missing, the copied library jars every time.
        write(bin.resolve("mvn"), """
                #!/bin/sh
                echo mvn >> "$CALLS"
                mkdir -p protostar-examples/target/lib
                [ -f protostar-examples/target/protostar-cli.jar ] || : > protostar-examples/target/protostar-cli.jar
                : > protostar-examples/target/lib/protostar-core.jar
                """);
        write(bin.resolve("java"), "#!/bin/sh\necho ran\n");
        executable(bin.resolve("mvn"));
        executable(bin.resolve("java"));
    }

    @Test
    void buildsOnceAfterAChangeInAnyModuleAndNotOnTheStartsAfterIt() throws Exception {
        assertThat(run()).isEqualTo("ran\n");
        assertThat(builds()).as("first start: nothing built yet").isEqualTo(1);
        assertThat(run()).isEqualTo("ran\n");
        assertThat(builds()).as("nothing changed").isEqualTo(1);

        // Everything built a minute ago; then, half a minute ago, a core source was saved. (Not "now":
        // file times come from a coarser clock than Instant.now(), so the stamp could look older.)
        Instant minuteAgo = Instant.now().minusSeconds(60);
        try (var files = Files.walk(root.resolve("protostar-examples/target"))) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, FileTime.from(minuteAgo));
            }
        }
        Files.setLastModifiedTime(root.resolve("protostar-core/src/main/java/Some.java"),
                FileTime.from(minuteAgo.plusSeconds(30)));

        assertThat(run()).isEqualTo("ran\n");
        assertThat(builds()).as("a core source changed").isEqualTo(2);
        assertThat(run()).isEqualTo("ran\n");
        assertThat(run()).isEqualTo("ran\n");
        assertThat(builds()).as("built since, although Maven left the CLI jar as it was").isEqualTo(2);
    }

    @Test
    void jarsBuiltWithMavenDirectlyAreUsedWithoutAStamp() throws Exception {
        Instant minuteAgo = Instant.now().minusSeconds(60);
        try (var files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(minuteAgo));
            }
        }
        // As after `mvn -B -ntp verify`: the jars are newer than every source, and no stamp exists.
        write(root.resolve("protostar-examples/target/protostar-cli.jar"), "");
        write(root.resolve("protostar-examples/target/lib/protostar-core.jar"), "");

        assertThat(run()).isEqualTo("ran\n");
        assertThat(builds()).isZero();
    }

    @Test
    void aFailedBuildIsTriedAgainOnTheNextStart() throws Exception {
        write(bin.resolve("mvn"), "#!/bin/sh\necho mvn >> \"$CALLS\"\nexit 1\n");
        executable(bin.resolve("mvn"));

        Process first = start();
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isEqualTo(70);
        Process second = start();
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isEqualTo(70);
        assertThat(builds()).isEqualTo(2);
        assertThat(root.resolve("protostar-examples/target/protostar-cli.built")).doesNotExist();
    }

    private String run() throws Exception {
        Process process = start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("launcher exit; output: " + out).isZero();
        return out;
    }

    private Process start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(root.resolve("protostar").toString(), "--version")
                .directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("PATH", bin + ":/usr/bin:/bin");
        builder.environment().put("CALLS", root.resolve("calls.log").toString());
        builder.environment().put("PROTOSTAR_JAVA", bin.resolve("java").toString());
        builder.environment().put("PROTOSTAR_AOT", "0");
        builder.environment().remove("JAVA_HOME");
        return builder.start();
    }

    private int builds() throws IOException {
        Path calls = root.resolve("calls.log");
        return Files.exists(calls) ? Files.readAllLines(calls).size() : 0;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
