package dev.protostar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.PreflightException;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.api.TaskFailedException;
import dev.protostar.api.Workspace;
import dev.protostar.core.process.CommonsExecProcessRunner;
import dev.protostar.testing.StubPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fluent API on a real temporary folder, with stub programs on a PATH the test controls. */
class ProtostarOnDiskTest {

    @TempDir
    Path temp;

    private Path project;
    private StubPath stubs;

    @BeforeEach
    void setUp() throws IOException {
        project = Files.createDirectories(temp.resolve("orbital-sim"));
        stubs = StubPath.in(temp.resolve("bin")).with("uv", StubPath.UV);
    }

    private Protostar.Builder builder() {
        return Protostar.builder().workspace(project)
                .processRunner(CommonsExecProcessRunner.withEnvironment(stubs.environment()));
    }

    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(p -> !p.equals(root)).toList()) {
                files.put(root.relativize(p).toString(), Files.isDirectory(p) ? "<dir>" : Files.readString(p));
            }
        }
        return files;
    }

    @Test
    void pythonOnARealFolderRunsUvAndMergesRuff() throws IOException {
        RunReport report = builder().python().run();

        assertThat(report.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(report.tasks()).noneMatch(run -> run.simulated());
        assertThat(stubs.calls()).containsExactly(
                "uv init --no-workspace --bare --pin-python --python 3.13", "uv add --dev -- ruff");
        assertThat(Files.readString(project.resolve("pyproject.toml"))).isEqualTo(ExpectedFiles.STUB_UV_PYPROJECT);
        assertThat(Files.readString(project.resolve(".python-version"))).isEqualTo("3.13\n");
        try (Stream<Path> files = Files.list(project)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".protostar-tmp"));
        }
    }

    @Test
    void aSecondRunWritesNoByteAndRunsNoProgram() throws IOException {
        builder().python().run();
        Map<String, String> before = snapshot(project);
        FileTime gitignoreTime = Files.getLastModifiedTime(project.resolve(".gitignore"));

        RunReport second = builder().python().force().run();

        assertThat(second.status()).isEqualTo(RunStatus.NO_CHANGES);
        assertThat(stubs.calls()).hasSize(2);
        assertThat(snapshot(project)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(project.resolve(".gitignore"))).isEqualTo(gitignoreTime);
    }

    @Test
    void missingUvIsReportedBeforeAnythingIsWritten() throws IOException {
        StubPath empty = StubPath.in(temp.resolve("nothing"));

        assertThatThrownBy(() -> Protostar.builder().workspace(project)
                        .processRunner(CommonsExecProcessRunner.withEnvironment(empty.environment()))
                        .python().run())
                .isInstanceOfSatisfying(PreflightException.class, e ->
                        assertThat(e.missing()).extracting(m -> m.name()).containsExactly("uv"));
        assertThat(snapshot(project)).isEmpty();
    }

    @Test
    void aFailingUvInitLeavesTheFolderAsItWas() throws IOException {
        stubs.with("uv", """
                #!/bin/sh
                printf '[project]\\nname = "half"\\n' > pyproject.toml
                echo "error: no interpreter for 3.13" >&2
                exit 2
                """);
        Files.writeString(project.resolve(".gitignore"), "mine\n");
        Map<String, String> before = snapshot(project);

        assertThatThrownBy(() -> builder().python().run())
                .isInstanceOfSatisfying(TaskFailedException.class, e -> {
                    assertThat(e.result().exitCode()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("no interpreter for 3.13").contains("rolled back");
                });
        assertThat(snapshot(project)).isEqualTo(before);
    }

    @Test
    void theSameRunWorksOnJimfsWithTheSimulatedRunner() throws IOException {
        try (var fs = com.google.common.jimfs.Jimfs.newFileSystem(com.google.common.jimfs.Configuration.unix())) {
            Path root = Files.createDirectories(fs.getPath("/work/orbital"));
            RunReport report = Protostar.builder().workspace(Workspace.at(root)).python().run();

            assertThat(report.status()).isEqualTo(RunStatus.SUCCESS);
            assertThat(report.tasks()).allMatch(run -> run.simulated());
            assertThat(Files.readString(root.resolve(".gitignore"))).startsWith(".DS_Store\n");
            assertThat(Files.readString(root.resolve("pyproject.toml"))).contains("[tool.ruff.lint]");
        }
    }
}
