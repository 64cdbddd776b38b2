package dev.protostar.all;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public type and member of the supported API (the package {@code dev.protostar.api} and the
 * facade package {@code dev.protostar}), and every field of its serialized forms, has a doc comment.
 * The Javadoc jars are built with doclint's "missing" group off, because that group also demands
 * {@code @param} and {@code @return} tags; this test keeps the part of it our rules ask for.
 */
class PublicApiJavadocTest {

    @Test
    void everyPublicTypeAndMemberOfTheApiAndTheFacadeHasADocComment(@TempDir Path out) throws IOException {
        Path root = Path.of(System.getProperty("protostar.root", ".."));
        List<Path> sources = new ArrayList<>(javaFiles(root.resolve("protostar-api/src/main/java/dev/protostar/api")));
        sources.addAll(javaFiles(root.resolve("protostar-modules/src/main/java/dev/protostar")));
        assertThat(sources).as("the API's sources under " + root.toAbsolutePath()).hasSizeGreaterThan(10);

        DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javadoc.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            DocumentationTool.DocumentationTask task = javadoc.getTask(null, files, diagnostics, null,
                    List.of("-Xdoclint:missing", "-Xmaxwarns", "100000", "-quiet", "--release", "17",
                            "-d", out.toString(), "-classpath", System.getProperty("java.class.path")),
                    files.getJavaFileObjectsFromPaths(sources));
            task.setLocale(Locale.ROOT);
            task.call();
        }

        List<String> undocumented = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getMessage(Locale.ROOT).equals("no comment"))
                .map(d -> root.toAbsolutePath().normalize().relativize(Path.of(d.getSource().toUri())) + ":" + d.getLineNumber())
                .toList();
        assertThat(undocumented).as("public types and members, and serialized fields, without a doc comment").isEmpty();
    }

    /** The {@code .java} files directly in {@code folder} (the facade package has sub-packages that are not API). */
    private static List<Path> javaFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
