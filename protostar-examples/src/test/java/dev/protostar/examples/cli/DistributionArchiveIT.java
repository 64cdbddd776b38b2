package dev.protostar.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive {@code target/protostar-<version>.tar.gz} that {@code mvn package} builds:
 * unpacked by the real {@code tar} into a folder of its own and run through a symbolic link from
 * another folder, with the real java and jars, as a person who downloaded it would.
 */
class DistributionArchiveIT {

    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @TempDir
    Path temp;

    private Path unpacked;
    private Path link;
    private Path work;
    private Path stubs;

    @BeforeEach
    void unpackAndLink() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/tar")) || Files.isExecutable(Path.of("/usr/bin/tar")),
                "no tar on this machine to unpack the archive with");
        Path archive;
        try (Stream<Path> files = Files.list(TARGET)) {
            List<Path> archives = files.filter(path -> path.getFileName().toString().matches("protostar-.+\\.tar\\.gz"))
                    .toList();
            assertThat(archives).as("the archive mvn package builds").hasSize(1);
            archive = archives.get(0);
        }
        String folder = archive.getFileName().toString().replaceFirst("\\.tar\\.gz$", "");
        Path unpackHere = Files.createDirectories(temp.resolve("downloads"));
        assertThat(run(unpackHere, Map.of(), "tar", "xzf", archive.toString()).exitCode()).isZero();
        unpacked = unpackHere.resolve(folder);
        link = Files.createDirectories(temp.resolve("bin")).resolve("protostar");
        Files.createSymbolicLink(link, unpacked.resolve("bin/protostar"));
        work = Files.createDirectories(temp.resolve("work"));
        // Maven must never run: a stub on PATH that records a call and fails.
        stubs = Files.createDirectories(temp.resolve("stubs"));
        Files.writeString(stubs.resolve("mvn"), "#!/bin/sh\necho mvn >> \"" + temp.resolve("mvn-calls") + "\"\nexit 1\n");
        Files.setPosixFilePermissions(stubs.resolve("mvn"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void theArchiveHoldsTheLauncherLinkJarsAndLauncherFiles() throws IOException {
        assertThat(unpacked.resolve("bin/protostar")).isSymbolicLink();
        assertThat(Files.readSymbolicLink(unpacked.resolve("bin/protostar"))).isEqualTo(Path.of("../lib/protostar/protostar"));
        assertThat(Files.isExecutable(unpacked.resolve("lib/protostar/protostar"))).isTrue();
        assertThat(unpacked.resolve("lib/protostar/protostar-cli.jar")).isRegularFile();
        assertThat(unpacked.resolve("lib/protostar/launcher/ClassFileUpgrade.java")).isRegularFile();
        assertThat(unpacked.resolve("lib/protostar/launcher/install.bash")).isRegularFile();
        try (Stream<Path> jars = Files.list(unpacked.resolve("lib/protostar/lib"))) {
            assertThat(jars.map(path -> path.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("picocli-"))
                    .anyMatch(name -> name.startsWith("protostar-core-"));
        }
    }

    @Test
    void theLinkedLauncherPrintsTheVersionFromAnotherFolder() throws Exception {
        Result version = run(work, Map.of(), link.toString(), "--version");

        assertThat(version.exitCode()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("protostar " + VersionProvider.version() + "\n");
        assertThat(temp.resolve("mvn-calls")).doesNotExist();
        try (Stream<Path> files = Files.list(work)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theLinkedLauncherSetsUpACppProject() throws Exception {
        Result init = run(work, Map.of(), link.toString(), "init", "--cpp", "--dir", "x");

        assertThat(init.exitCode()).as(init.out() + init.err()).isZero();
        assertThat(init.out()).contains("SUCCESS");
        assertThat(work.resolve("x/.gitignore")).isRegularFile();
        assertThat(Files.readString(work.resolve("x/.gitignore"))).contains("build/");
        assertThat(temp.resolve("mvn-calls")).doesNotExist();
    }

    @Test
    void theUnpackedCopyInstallsItselfElsewhere() throws Exception {
        Path prefix = temp.resolve("prefix");

        Result install = run(work, Map.of(), link.toString(), "install", "--prefix", prefix.toString());

        assertThat(install.exitCode()).as(install.err()).isZero();
        Result version = run(work, Map.of(), prefix.resolve("bin/protostar").toString(), "--version");
        assertThat(version.exitCode()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("protostar " + VersionProvider.version() + "\n");
    }

    private record Result(int exitCode, String out, String err) {}

    private Result run(Path directory, Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().put("PATH", stubs == null ? System.getenv("PATH") : stubs + ":" + System.getenv("PATH"));
        builder.environment().put("HOME", temp.resolve("home").toString());
        builder.environment().keySet().removeAll(List.of("XDG_STATE_HOME", "XDG_CONFIG_HOME", "PROTOSTAR_CONFIG",
                "PROTOSTAR_JAVA"));
        // The start-up cache would cost a training run of several seconds per test; its own tests cover it.
        builder.environment().put("PROTOSTAR_AOT", "0");
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] err = process.getErrorStream().readAllBytes();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out, new String(err, StandardCharsets.UTF_8));
    }
}
