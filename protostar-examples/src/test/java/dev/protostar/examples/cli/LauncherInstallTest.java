package dev.protostar.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher started through a symbolic link, and {@code ./protostar install [--prefix DIR]}: run
 * in a copy of the checkout's layout with built jars, a stub {@code mvn} that records each build and a
 * stub {@code java} that records its arguments.
 */
class LauncherInstallTest {

    private static final Path LAUNCHER = Path.of("..", "protostar").toAbsolutePath().normalize();
    private static final Path LAUNCHER_FILES = Path.of("launcher").toAbsolutePath();

    @TempDir
    Path temp;

    private Path root;
    private Path bin;
    private Path elsewhere;

    @BeforeEach
    void layOutABuiltCheckout() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
                "the launcher is a bash script and this machine has no bash");
        root = Files.createDirectories(temp.resolve("checkout"));
        Files.copy(LAUNCHER, root.resolve("protostar"));
        executable(root.resolve("protostar"));
        for (String file : List.of("ClassFileUpgrade.java", "install.bash")) {
            write(root.resolve("protostar-examples/launcher").resolve(file), Files.readString(LAUNCHER_FILES.resolve(file)));
        }
        write(root.resolve("pom.xml"), "<project/>\n");
        write(root.resolve("protostar-examples/pom.xml"), "<project/>\n");
        write(root.resolve("protostar-examples/src/main/java/Some.java"), "class Some {}\n");
        // Built after the sources, as by `mvn verify`: the launcher has nothing to build.
        write(root.resolve("protostar-examples/target/protostar-cli.jar"), "cli jar\n");
        write(root.resolve("protostar-examples/target/lib/picocli-4.7.7.jar"), "picocli jar\n");
        bin = Files.createDirectories(temp.resolve("bin"));
        write(bin.resolve("mvn"), "#!/bin/sh\necho mvn >> \"$CALLS\"\nexit 1\n");
        write(bin.resolve("java"), "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$ARGS\"\necho ran\n");
        executable(bin.resolve("mvn"));
        executable(bin.resolve("java"));
        elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    }

    @Test
    void aLinkToTheCheckoutsLauncherRunsTheCheckoutsJar() throws Exception {
        Path links = Files.createDirectories(temp.resolve("links"));
        Files.createSymbolicLink(links.resolve("protostar"), root.resolve("protostar"));
        Files.createSymbolicLink(links.resolve("second"), links.resolve("protostar"));

        for (String link : List.of("protostar", "second")) {
            Result run = run(elsewhere, links.resolve(link).toString(), "--version");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).isEqualTo("ran\n");
            assertThat(javaArguments()).containsSubsequence("-cp", root.resolve("protostar-examples/target/protostar-cli.jar")
                    .toString(), "dev.protostar.examples.cli.ProtostarCli", "--version");
        }
        assertThat(builds()).isZero();
        try (Stream<Path> files = Files.list(links)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("protostar", "second");
        }
    }

    @Test
    void installCopiesTheDistributionAndLinksTheLauncher() throws Exception {
        Path prefix = temp.resolve("prefix");

        Result install = run(elsewhere, root.resolve("protostar").toString(), "install", "--prefix", prefix.toString());

        assertThat(install.exitCode()).as(install.err()).isZero();
        assertThat(install.out()).startsWith("protostar: installed in " + prefix.resolve("lib/protostar") + "; "
                + prefix.resolve("bin/protostar") + " links to its launcher.\n");
        assertThat(tree(prefix)).containsOnlyKeys("bin/protostar", "lib/protostar/.protostar-install",
                "lib/protostar/protostar", "lib/protostar/protostar-cli.jar", "lib/protostar/lib/picocli-4.7.7.jar",
                "lib/protostar/launcher/ClassFileUpgrade.java", "lib/protostar/launcher/install.bash");
        assertThat(Files.readSymbolicLink(prefix.resolve("bin/protostar"))).isEqualTo(Path.of("../lib/protostar/protostar"));
        assertThat(Files.readString(prefix.resolve("lib/protostar/protostar-cli.jar"))).isEqualTo("cli jar\n");
        assertThat(Files.mismatch(prefix.resolve("lib/protostar/protostar"), LAUNCHER)).isEqualTo(-1L);
        assertThat(Files.isExecutable(prefix.resolve("lib/protostar/protostar"))).isTrue();

        Result installed = run(elsewhere, prefix.resolve("bin/protostar").toString(), "--version");

        assertThat(installed.exitCode()).as(installed.err()).isZero();
        assertThat(installed.out()).isEqualTo("ran\n");
        assertThat(javaArguments()).containsSubsequence("-cp", prefix.resolve("lib/protostar/protostar-cli.jar").toString(),
                "dev.protostar.examples.cli.ProtostarCli", "--version");
        assertThat(builds()).as("an installed launcher never builds").isZero();
    }

    @Test
    void theInstalledLauncherNeverBuildsEvenWhenItsJarIsOlderThanEverything() throws Exception {
        Path prefix = temp.resolve("prefix");
        assertThat(run(elsewhere, root.resolve("protostar").toString(), "install", "--prefix", prefix.toString())
                .exitCode()).isZero();
        Files.setLastModifiedTime(prefix.resolve("lib/protostar/protostar-cli.jar"),
                java.nio.file.attribute.FileTime.fromMillis(0));

        assertThat(run(elsewhere, prefix.resolve("bin/protostar").toString(), "--version").out()).isEqualTo("ran\n");
        assertThat(builds()).isZero();
    }

    @Test
    void theStartUpCachesMoveWithTheirRecordedPaths() throws Exception {
        Path target = root.resolve("protostar-examples/target");
        write(target.resolve("protostar-cli.aot"), "cache\n");
        write(target.resolve("protostar-cli.aot.key"), "/usr/bin/java 25 -XX:+UseSerialGC " + target
                + "/protostar-cli.jar " + target + "/lib/picocli-4.7.7.jar\n");
        write(target.resolve("protostar-cli.aot.classpath"), target + "/aot-lib/picocli-4.7.7.jar:" + target
                + "/protostar-cli.jar\n");
        write(target.resolve("aot-lib/picocli-4.7.7.jar"), "upgraded picocli\n");
        Path prefix = temp.resolve("prefix");

        assertThat(run(elsewhere, root.resolve("protostar").toString(), "install", "--prefix", prefix.toString())
                .exitCode()).isZero();

        Path installed = prefix.resolve("lib/protostar");
        assertThat(Files.readString(installed.resolve("protostar-cli.aot"))).isEqualTo("cache\n");
        assertThat(Files.readString(installed.resolve("protostar-cli.aot.key"))).isEqualTo("/usr/bin/java 25"
                + " -XX:+UseSerialGC " + installed + "/protostar-cli.jar " + installed + "/lib/picocli-4.7.7.jar\n");
        assertThat(Files.readString(installed.resolve("protostar-cli.aot.classpath"))).isEqualTo(installed
                + "/aot-lib/picocli-4.7.7.jar:" + installed + "/protostar-cli.jar\n");
        assertThat(Files.readString(installed.resolve("aot-lib/picocli-4.7.7.jar"))).isEqualTo("upgraded picocli\n");
    }

    @Test
    void installingAgainReplacesTheOldCopyCompletely() throws Exception {
        Path prefix = temp.resolve("prefix");
        assertThat(run(elsewhere, root.resolve("protostar").toString(), "install", "--prefix", prefix.toString())
                .exitCode()).isZero();
        write(prefix.resolve("lib/protostar/lib/removed-dependency-1.0.jar"), "old\n");
        write(root.resolve("protostar-examples/target/protostar-cli.jar"), "newer cli jar\n");

        Result again = run(elsewhere, root.resolve("protostar").toString(), "install", "--prefix=" + prefix);

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(tree(prefix)).doesNotContainKey("lib/protostar/lib/removed-dependency-1.0.jar")
                .containsEntry("lib/protostar/protostar-cli.jar", "newer cli jar\n");
        try (Stream<Path> files = Files.list(prefix.resolve("lib"))) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("protostar");
        }
    }

    @Test
    void theDefaultPrefixIsDotLocalInHome() throws Exception {
        Path home = Files.createDirectories(temp.resolve("home"));

        Result install = run(elsewhere, Map.of("HOME", home.toString()), root.resolve("protostar").toString(), "install");

        assertThat(install.exitCode()).as(install.err()).isZero();
        assertThat(home.resolve(".local/bin/protostar")).isSymbolicLink();
        assertThat(home.resolve(".local/lib/protostar/protostar-cli.jar")).isRegularFile();
        assertThat(install.out()).contains(home.resolve(".local/bin") + " is not on your PATH");
    }

    @Test
    void aRelativePrefixIsTheFolderOfTheCurrentDirectory() throws Exception {
        Result install = run(elsewhere, root.resolve("protostar").toString(), "install", "--prefix", "opt");

        assertThat(install.exitCode()).as(install.err()).isZero();
        assertThat(elsewhere.resolve("opt/bin/protostar")).isSymbolicLink();
    }

    @Test
    void somethingThatIsNotAnInstallIsNeverReplaced() throws Exception {
        Path prefix = temp.resolve("prefix");
        write(prefix.resolve("lib/protostar/notes.txt"), "mine\n");
        Map<String, String> before = tree(prefix);

        Result install = run(elsewhere, root.resolve("protostar").toString(), "install", "--prefix", prefix.toString());

        assertThat(install.exitCode()).isEqualTo(1);
        assertThat(install.err()).isEqualTo("protostar install: " + prefix.resolve("lib/protostar")
                + " exists and is not a protostar install; nothing was changed.\n"
                + "  hint: move it away, or choose another folder with --prefix\n");
        assertThat(tree(prefix)).isEqualTo(before);
    }

    @Test
    void aFileWhereTheLinkGoesIsNeverReplaced() throws Exception {
        Path prefix = temp.resolve("prefix");
        write(prefix.resolve("bin/protostar"), "#!/bin/sh\necho another protostar\n");
        Map<String, String> before = tree(prefix);

        Result install = run(elsewhere, root.resolve("protostar").toString(), "install", "--prefix", prefix.toString());

        assertThat(install.exitCode()).isEqualTo(1);
        assertThat(install.err()).startsWith("protostar install: " + prefix.resolve("bin/protostar")
                + " exists and is not a link; nothing was changed.\n");
        assertThat(tree(prefix)).isEqualTo(before);
    }

    @Test
    void badArgumentsAreUsageErrors() throws Exception {
        Path file = write(temp.resolve("a-file"), "x\n");
        String launcher = root.resolve("protostar").toString();

        assertThat(run(elsewhere, launcher, "install", "--prefix")).isEqualTo(new Result(2, "",
                "protostar install: --prefix needs a folder.\n  hint: protostar install --prefix ~/.local\n"));
        assertThat(run(elsewhere, launcher, "install", "--frobnicate")).isEqualTo(new Result(2, "",
                "protostar install: unknown argument '--frobnicate'.\n  hint: protostar install --help\n"));
        assertThat(run(elsewhere, launcher, "install", "--prefix", file.toString())).isEqualTo(new Result(2, "",
                "protostar install: " + file + " is not a folder.\n  hint: give a folder (it is created when missing)\n"));
        assertThat(run(elsewhere, Map.of("HOME", ""), launcher, "install").exitCode()).isEqualTo(2);
        Result help = run(elsewhere, launcher, "install", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: protostar install [--prefix DIR]\n")
                .contains("Uninstall: rm -rf DIR/lib/protostar DIR/bin/protostar");
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files).as("nothing created in the current folder").isEmpty();
        }
    }

    @Test
    void installingIntoTheCheckoutItselfIsRefused() throws Exception {
        Result install = run(elsewhere, root.resolve("protostar").toString(), "install", "--prefix",
                root.resolve("protostar-examples/target").toString());

        assertThat(install.exitCode()).isEqualTo(2);
        assertThat(install.err()).contains("contain one another");
    }

    private record Result(int exitCode, String out, String err) {}

    private Result run(Path directory, String... command) throws Exception {
        return run(directory, Map.of(), command);
    }

    private Result run(Path directory, Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().put("PATH", bin + ":/usr/bin:/bin");
        builder.environment().put("CALLS", temp.resolve("calls.log").toString());
        builder.environment().put("ARGS", temp.resolve("java-args.txt").toString());
        builder.environment().put("PROTOSTAR_JAVA", bin.resolve("java").toString());
        builder.environment().put("PROTOSTAR_AOT", "0");
        builder.environment().put("HOME", temp.resolve("no-home").toString());
        builder.environment().remove("JAVA_HOME");
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] err = process.getErrorStream().readAllBytes();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        return new Result(process.exitValue(), out, new String(err, StandardCharsets.UTF_8));
    }

    private List<String> javaArguments() throws IOException {
        return Files.readAllLines(temp.resolve("java-args.txt"));
    }

    private int builds() throws IOException {
        Path calls = temp.resolve("calls.log");
        return Files.exists(calls) ? Files.readAllLines(calls).size() : 0;
    }

    /** Every file and link below {@code folder}: a file's text, a link's target. */
    private static Map<String, String> tree(Path folder) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.forEach(paths::add);
        }
        for (Path path : paths) {
            String name = folder.relativize(path).toString();
            if (Files.isSymbolicLink(path)) {
                tree.put(name, "-> " + Files.readSymbolicLink(path));
            } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                tree.put(name, Files.readString(path));
            }
        }
        return tree;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
