package dev.protostar.core.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.protostar.api.CollisionStrategy;
import dev.protostar.api.JournalKey;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TaskFailedException;
import dev.protostar.api.ValidationException;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.testing.FaultInjectingWorkspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run that leaves the folder's entries as they were — nothing to do, aborted, rolled back, or
 * killed and recovered — leaves the modification times as they were too: the project folder's own
 * (making and removing {@code .protostar/} does not count), each restored file's, and each folder's
 * whose entries were restored. On the default file system and in memory (a logical clock).
 */
class ModificationTimesTest {

    private static final JournalKey KEY = JournalKey.of(new byte[32]);
    private static final Instant LONG_AGO = Instant.parse("2001-02-03T04:05:06Z");
    private static final List<String> TIMED = List.of("", "config.toml", "src", "src/app.py");

    @TempDir
    static Path temp;

    private static int folders;

    static Stream<Supplier<Workspace>> backends() {
        return Stream.of(named("in memory", Workspace::inMemory), named("default file system", () -> {
            try {
                return Workspace.at(java.nio.file.Files.createDirectories(temp.resolve("project-" + folders++)));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    private static Supplier<Workspace> named(String name, Supplier<Workspace> backend) {
        return new Supplier<>() {
            @Override
            public Workspace get() {
                return backend.get();
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    /** A project whose every entry was last changed long ago (a different time each, so a mix-up shows). */
    private static Workspace project(Supplier<Workspace> backend) {
        Workspace ws = backend.get();
        ws.write(WorkspacePath.of("config.toml"), utf8("a = 1\n"));
        ws.createDirectories(WorkspacePath.of("src"));
        ws.write(WorkspacePath.of("src/app.py"), utf8("print()\n"));
        for (int i = TIMED.size() - 1; i >= 0; i--) {
            ws.setModifiedTime(path(TIMED.get(i)), LONG_AGO.plusSeconds(i));
        }
        return ws;
    }

    private static WorkspacePath path(String path) {
        return path.isEmpty() ? WorkspacePath.root() : WorkspacePath.of(path);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Instant> times(Workspace ws) {
        Map<String, Instant> times = new LinkedHashMap<>();
        for (String path : TIMED) {
            times.put(path.isEmpty() ? "(the project folder)" : path,
                    ws.attributes(path(path)).orElseThrow().modified().orElseThrow());
        }
        return times;
    }

    private static RunReport run(Workspace ws, TestModule module) {
        ScriptedProcessRunner runner = new ScriptedProcessRunner()
                .program("broken", (task, w) -> {
                    w.write(WorkspacePath.of("src/cache.bin"), utf8("junk"));
                    return ScriptedProcessRunner.failed(3, "broken\n");
                });
        return new Orchestrator().run(new RunRequest(ws, List.of(module), CollisionStrategy.merge(), runner,
                runner.binaryLocator(), ProtostarListener.none(), KEY));
    }

    /** Merges into config.toml, adds src/new.py and a folder, then a task that fails after writing into src/. */
    private static TestModule failingLate() {
        return TestModule.of("m", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                .mergeToml("config.toml", "b = 2\n").inject("src/new.py", "x = 1\n").directory("docs")
                .postInstallTask(SystemTask.command("broken").owns("src/cache.bin").build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void aRunWithNothingToDoLeavesEveryTime(Supplier<Workspace> backend) {
        Workspace ws = project(backend);
        Map<String, Instant> before = times(ws);

        RunReport report = run(ws, TestModule.of("m", ModuleCategory.LANGUAGE)
                .contributing((m, c) -> m.mergeToml("config.toml", "a = 1\n")));

        assertThat(report.status()).isEqualTo(RunStatus.NO_CHANGES);
        assertThat(times(ws)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void aRunStoppedAtValidationLeavesEveryTime(Supplier<Workspace> backend) {
        Workspace ws = project(backend);
        ws.write(WorkspacePath.of("config.toml"), utf8("a = [\n"));
        ws.setModifiedTime(WorkspacePath.of("config.toml"), LONG_AGO.plusSeconds(1));
        ws.setModifiedTime(WorkspacePath.root(), LONG_AGO);
        Map<String, Instant> before = times(ws);

        Throwable failure = catchThrowable(() -> run(ws, failingLate()));

        assertThat(failure).isInstanceOf(ValidationException.class);
        assertThat(times(ws)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void aRolledBackRunPutsBackTheTimesOfFilesAndFolders(Supplier<Workspace> backend) {
        Workspace ws = project(backend);
        Map<String, Instant> before = times(ws);

        Throwable failure = catchThrowable(() -> run(ws, failingLate()));

        assertThat(failure).isInstanceOf(TaskFailedException.class).hasMessageContaining("rolled back");
        assertThat(ws.readString(WorkspacePath.of("config.toml"))).isEqualTo("a = 1\n");
        assertThat(ws.list(WorkspacePath.of("src"))).containsExactly(WorkspacePath.of("src/app.py"));
        assertThat(times(ws)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void aKilledRunRecoveredByTheNextOneLeavesTheTimesAsBeforeIt(Supplier<Workspace> backend) {
        Workspace probe = project(backend);
        FaultInjectingWorkspace counting = FaultInjectingWorkspace.counting(probe);
        catchThrowable(() -> run(counting, failingLate()));
        int lastWriteBeforeTheTask = counting.log().indexOf("write src/new.py") + 1;
        Workspace ws = project(backend);
        Map<String, Instant> before = times(ws);

        Throwable died = catchThrowable(() -> run(FaultInjectingWorkspace.dyingAt(ws, lastWriteBeforeTheTask + 1),
                failingLate()));
        assertThat(died).isNotNull();
        RunReport recovery = run(ws, TestModule.of("none", ModuleCategory.LANGUAGE));

        assertThat(recovery.warnings()).singleElement().asString().startsWith("Recovered from an interrupted run");
        assertThat(ws.readString(WorkspacePath.of("config.toml"))).isEqualTo("a = 1\n");
        assertThat(times(ws)).isEqualTo(before);
    }
}
