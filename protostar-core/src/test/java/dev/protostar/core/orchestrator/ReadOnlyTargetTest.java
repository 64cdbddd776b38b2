package dev.protostar.core.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.CollisionStrategy;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.ReadOnlyTargetException;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.api.SystemTask;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.testing.WorkspaceSnapshot;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A read-only file the run would modify is refused before the first write, unless the request allows it. */
class ReadOnlyTargetTest {

    private static final WorkspacePath GITIGNORE = WorkspacePath.of(".gitignore");
    private static final WorkspacePath PYPROJECT = WorkspacePath.of("pyproject.toml");

    private final Workspace workspace = Workspace.inMemory();
    private final RecordingListener listener = new RecordingListener();
    private final ScriptedProcessRunner runner = new ScriptedProcessRunner()
            .program("adder", (task, ws) -> {
                ws.write(PYPROJECT, "[project]\nname = \"x\"\ndependencies = [\"numpy\"]\n".getBytes(StandardCharsets.UTF_8));
                return ScriptedProcessRunner.ok("");
            });

    private RunReport run(boolean forceReadOnly, BootstrapModule... modules) {
        return new Orchestrator().run(new RunRequest(workspace, List.of(modules), CollisionStrategy.merge(), runner,
                runner.binaryLocator(), listener, forceReadOnly));
    }

    private void write(WorkspacePath path, String content, int mode) {
        workspace.write(path, content.getBytes(StandardCharsets.UTF_8));
        workspace.setPosixMode(path, mode);
    }

    private static TestModule ignoring(String... entries) {
        return TestModule.of("ignoring", ModuleCategory.LANGUAGE).contributing((m, c) -> m.directory("src")
                .vcsIgnore(entries).mergeToml("pyproject.toml", "[tool.x]\nkey = 1\n"));
    }

    private static TestModule installing() {
        return TestModule.of("installing", ModuleCategory.LANGUAGE).contributing((m, c) -> m.dependency("numpy")
                .dependencyInstaller((deps, dev, ctx) -> ctx.readString(PYPROJECT).orElse("").contains("numpy") ? List.of()
                        : List.of(SystemTask.command("adder", "--", "numpy").owns("pyproject.toml", "uv.lock").build())));
    }

    @Test
    void everyReadOnlyFileTheRunWouldModifyIsNamedAndNothingIsWritten() {
        write(GITIGNORE, "*.log\n", 0444);
        write(PYPROJECT, "[project]\nname = \"x\"\n", 0400);
        Map<String, String> before = WorkspaceSnapshot.withModes(workspace);

        ReadOnlyTargetException e = catchThrowableOfType(() -> run(false, ignoring(".venv/")),
                ReadOnlyTargetException.class);

        assertThat(e.paths()).containsExactly(PYPROJECT, GITIGNORE);
        assertThat(e.exitCode()).isEqualTo(1);
        assertThat(e.getMessage()).isEqualTo("The run would modify 2 read-only files: pyproject.toml, .gitignore."
                + " Protostar does not write a file whose mode forbids writing unless told to; the folder is as it"
                + " was before the run.");
        assertThat(e.hint()).contains("Make them writable (chmod u+w pyproject.toml .gitignore) or run again with"
                + " --force-readonly (API: Protostar.builder().forceReadOnly()) to write them anyway; a file written"
                + " that way keeps its mode.");
        assertThat(WorkspaceSnapshot.withModes(workspace)).isEqualTo(before);
        assertThat(workspace.exists(WorkspacePath.of("src"))).isFalse();
        assertThat(workspace.attributes(GITIGNORE).orElseThrow().posixMode()).hasValue(0444);
    }

    @Test
    void aReadOnlyFileTheRunWouldLeaveAsItIsIsNoObstacle() {
        write(GITIGNORE, ".venv/\n", 0444);
        write(PYPROJECT, "[tool.x]\nkey = 1\n", 0444);

        RunReport report = run(false, ignoring(".venv/"));

        assertThat(report.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(workspace.isDirectory(WorkspacePath.of("src"))).isTrue();
    }

    @Test
    void withForceReadOnlyTheFilesAreWrittenAndKeepTheirMode() {
        write(GITIGNORE, "*.log\n", 0444);

        run(true, ignoring(".venv/"));

        assertThat(workspace.readString(GITIGNORE)).isEqualTo("*.log\n.venv/\n");
        assertThat(workspace.attributes(GITIGNORE).orElseThrow().posixMode()).hasValue(0444);
    }

    @Test
    void anExistingReadOnlyFileATaskOwnsIsRefusedBeforeTheTaskRuns() {
        write(PYPROJECT, "[project]\nname = \"x\"\n", 0444);
        Map<String, String> before = WorkspaceSnapshot.withModes(workspace);

        ReadOnlyTargetException e = catchThrowableOfType(() -> run(false, installing()), ReadOnlyTargetException.class);

        assertThat(e.paths()).containsExactly(PYPROJECT);
        assertThat(WorkspaceSnapshot.withModes(workspace)).isEqualTo(before);
    }

    @Test
    void aTaskOwningAFileThatBecameReadOnlyDuringTheRunIsStoppedAndTheRunRolledBack() {
        TestModule chmodding = TestModule.of("chmodding", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                .directory("src")
                .systemTask(SystemTask.command("locker").owns("lockme").build())
                .systemTask(SystemTask.command("adder").owns("lockme").build()));
        runner.program("locker", (task, ws) -> {
            ws.write(WorkspacePath.of("lockme"), "x".getBytes(StandardCharsets.UTF_8));
            ws.setPosixMode(WorkspacePath.of("lockme"), 0444);
            return ScriptedProcessRunner.ok("");
        });

        ReadOnlyTargetException e = catchThrowableOfType(() -> run(false, chmodding), ReadOnlyTargetException.class);

        assertThat(e.paths()).containsExactly(WorkspacePath.of("lockme"));
        assertThat(WorkspaceSnapshot.withModes(workspace)).isEmpty();
    }
}
