package dev.protostar.all;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A small host application compiled from {@code src/test/hosts} against the built artifacts and run in
 * a JVM of its own, as a host would run: the paths come from the failsafe configuration in the POM.
 */
final class HostProgram {

    private HostProgram() {}

    /** The path the build passed as system property {@code name}. */
    static Path buildPath(String name) {
        String value = System.getProperty(name);
        assertThat(value).as("system property %s, set by maven-failsafe-plugin in protostar-all/pom.xml: "
                + "run these tests with mvn verify", name).isNotBlank();
        return Path.of(value);
    }

    /** Every jar directly in {@code directory}, sorted by name. */
    static List<Path> jarsIn(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pathOf(List<Path> entries) {
        return entries.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
    }

    /**
     * Compiles the {@code .java} files under {@code sourceRoots} into a new folder {@code out}, and copies
     * the other files there as resources ({@code META-INF/services}); fails on any diagnostic.
     */
    static Path compile(Path out, List<Path> sourceRoots, List<String> options) throws IOException {
        Files.createDirectories(out);
        List<Path> sources = new ArrayList<>();
        for (Path root : sourceRoots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    if (file.toString().endsWith(".java")) {
                        sources.add(file);
                    } else {
                        Path copy = out.resolve(root.relativize(file).toString());
                        Files.createDirectories(copy.getParent());
                        Files.copy(file, copy);
                    }
                }
            }
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> arguments = new ArrayList<>(List.of("-d", out.toString(), "-Xlint:all", "--release", "17"));
            arguments.addAll(options);
            boolean compiled = javac.getTask(null, files, diagnostics, arguments, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            List<String> messages = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                    .map(d -> d.getKind() + " " + d.getSource() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                    .toList();
            assertThat(messages).as("javac diagnostics").isEmpty();
            assertThat(compiled).isTrue();
        }
        return out;
    }

    /** What a finished host process printed. */
    record Result(int exitCode, String stdout, String stderr) {

        /** The printed sections: the text after each {@code === name} line, up to the next one. */
        Map<String, String> sections() {
            Map<String, String> sections = new LinkedHashMap<>();
            String name = null;
            StringBuilder text = new StringBuilder();
            for (String line : stdout.lines().toList()) {
                if (line.startsWith("=== ")) {
                    if (name != null) {
                        sections.put(name, text.toString());
                    }
                    name = line.substring(4);
                    text.setLength(0);
                } else if (name != null) {
                    text.append(line).append('\n');
                }
            }
            if (name != null) {
                sections.put(name, text.toString());
            }
            return sections;
        }
    }

    /** Runs {@code java} with {@code arguments} in {@code workDirectory}, with its state folder there too. */
    static Result java(Path workDirectory, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        Path stdout = workDirectory.resolve("stdout.txt");
        Path stderr = workDirectory.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDirectory.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().put("XDG_STATE_HOME", workDirectory.resolve("state").toString());
        // The JVM announces these on standard error, which the tests expect to be empty.
        builder.environment().keySet().removeAll(java.util.Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        Process process = builder.start();
        // A guard against a hung JVM, not a timing assertion: the host takes about a second.
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the host program did not finish within 5 minutes: " + command);
        }
        return new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }

    /** A fresh folder for one test's files under the build's work folder. */
    static Path workFolder(String name) throws IOException {
        Path folder = buildPath("protostar.work").resolve(name);
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        return Files.createDirectories(folder);
    }
}
