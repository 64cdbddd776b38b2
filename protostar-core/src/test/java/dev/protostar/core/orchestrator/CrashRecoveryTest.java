package dev.protostar.core.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.CollisionStrategy;
import dev.protostar.api.JournalKey;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.RollbackFailedException;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.api.UntrustedJournalException;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspaceException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.journal.JournalSeals;
import dev.protostar.core.process.SimulatedProcessRunner;
import dev.protostar.core.testing.FaultInjectingWorkspace;
import dev.protostar.core.testing.WorkspaceSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that finds the journal of a killed run rolls it back first, before the collision phase,
 * and says so; a journal it cannot read stops it without changing anything.
 */
class CrashRecoveryTest {

    private static final String HEADER = "protostar-journal 1\nprotostar-folder created\n# written by hand\n";
    private static final String TEMP = ".config.toml.0b7e2a61-4f7e-4d6c-9a51-0c2f3f7d9e11.protostar-tmp";
    /** The key of "this machine": the killed run sealed its journal with it, and every run here is given it. */
    private static final JournalKey KEY = JournalKey.of(new byte[32]);

    @TempDir
    Path temp;

    private final RecordingListener listener = new RecordingListener();

    private static void write(Workspace ws, String path, String content) {
        PythonLikeProject.write(ws, path, content);
    }

    private static String sha256(String content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What a killed run leaves: it had changed config.toml (prior "old", mode 0640), created the
     * folder data/ and the file data/new.csv, and was writing config.toml again when it died.
     */
    private static void leaveKilledRun(Workspace ws) {
        write(ws, "config.toml", "old = true\n");
        ws.setPosixMode(WorkspacePath.of("config.toml"), 0640);
        write(ws, ".protostar/journal/run", HEADER);
        write(ws, ".protostar/journal/000001.bytes", "old = true\n");
        write(ws, ".protostar/journal/000001.entry", "protostar-journal-entry 1\npath config.toml\nprior file\n"
                + "mode 0640\nsize 11\nsha256 " + sha256("old = true\n") + "\nbytes 000001.bytes\n");
        write(ws, ".protostar/journal/000002.entry", "protostar-journal-entry 1\npath data\nprior created-directory\n");
        write(ws, ".protostar/journal/000003.entry", "protostar-journal-entry 1\npath data/new.csv\nprior absent\n");
        JournalSeals.seal(ws, KEY);
        write(ws, "config.toml", "new = true\n");
        ws.setPosixMode(WorkspacePath.of("config.toml"), 0600);
        write(ws, "data/new.csv", "1,2\n");
        write(ws, TEMP, "new = tr");
    }

    private RunReport runWith(Workspace ws, TestModule... modules) {
        SimulatedProcessRunner runner = SimulatedProcessRunner.create();
        return new Orchestrator().run(new RunRequest(ws, List.of(modules), CollisionStrategy.abort(), runner,
                runner.binaryLocator(), listener, KEY));
    }

    @Test
    void aLeftJournalIsRolledBackFirstAndTheRunSaysSo() {
        Workspace ws = Workspace.inMemory();
        leaveKilledRun(ws);

        RunReport report = runWith(ws);

        String note = "Recovered from an interrupted run: restored 3 paths as they were before it"
                + " (data/new.csv, config.toml, data).";
        assertThat(report.warnings()).containsExactly(note);
        assertThat(report.status()).isEqualTo(RunStatus.PARTIAL_SUCCESS);
        assertThat(listener.events.get(0)).isEqualTo("warn " + note);
        assertThat(listener.events.get(1)).isEqualTo("start COLLISION_INTERCEPT");
        assertThat(WorkspaceSnapshot.withModes(ws)).containsOnlyKeys("config.toml");
        assertThat(ws.readString(WorkspacePath.of("config.toml"))).isEqualTo("old = true\n");
        assertThat(ws.attributes(WorkspacePath.of("config.toml")).orElseThrow().posixMode()).hasValue(0640);
    }

    @Test
    void onARealFolderTheStaleLockOfTheKilledRunDoesNotBlockAndNothingIsLeftBehind() throws IOException {
        Path project = Files.createDirectories(temp.resolve("project"));
        Workspace ws = Workspace.at(project);
        leaveKilledRun(ws);
        Process finished = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).start();
        finished.getInputStream().readAllBytes();
        Files.writeString(project.resolve(".protostar/lock"), "Protostar run lock: a run is working in this folder.\n"
                + "pid " + finished.pid() + "\nprocess-started unknown\nlive lock." + finished.pid() + ".deadbeef.live\n");

        RunReport report = runWith(ws);

        assertThat(report.warnings()).singleElement().asString().startsWith("Recovered from an interrupted run: restored 3");
        try (Stream<Path> all = Files.walk(project)) {
            assertThat(all.map(p -> project.relativize(p).toString())).containsExactlyInAnyOrder("", "config.toml");
        }
        assertThat(Files.readString(project.resolve("config.toml"))).isEqualTo("old = true\n");
        assertThat(ws.attributes(WorkspacePath.of("config.toml")).orElseThrow().posixMode()).hasValue(0640);
    }

    @Test
    void aDryRunPlansFromTheRecoveredFolderAndChangesNothing() throws IOException {
        Workspace ws = Workspace.at(Files.createDirectories(temp.resolve("planned")));
        leaveKilledRun(ws);
        Map<String, String> before = WorkspaceSnapshot.withModes(ws);
        SimulatedProcessRunner runner = SimulatedProcessRunner.create();

        dev.protostar.api.Plan plan = new Orchestrator().plan(new RunRequest(ws, List.of(TestModule.of("m",
                ModuleCategory.LANGUAGE).contributing((m, c) -> m.inject("x.txt", "x"))), CollisionStrategy.abort(), runner,
                runner.binaryLocator(), listener, KEY));

        assertThat(plan.warnings()).singleElement().asString().startsWith("Recovered from an interrupted run: restored 3");
        assertThat(plan.changes()).as("the recovery, then the run").extracting(c -> c.path().toString())
                .contains("config.toml", "data/new.csv", "x.txt");
        assertThat(WorkspaceSnapshot.withModes(ws)).as("a dry run writes nothing").isEqualTo(before);
    }

    @Test
    void recoveryComesBeforeTheCollisionPhase() {
        Workspace ws = Workspace.inMemory();
        write(ws, ".protostar/journal/run", HEADER);
        write(ws, ".protostar/journal/000001.entry", "protostar-journal-entry 1\npath pyproject.toml\nprior absent\n");
        JournalSeals.seal(ws, KEY);
        write(ws, "pyproject.toml", "[project]\nname = \"half-made\"\n");

        RunReport report = runWith(ws, TestModule.of("py", ModuleCategory.LANGUAGE).marker("pyproject.toml")
                .contributing((m, c) -> m.inject("main.py", "print()\n")));

        assertThat(report.warnings()).containsExactly(
                "Recovered from an interrupted run: restored 1 path as they were before it (pyproject.toml).");
        assertThat(WorkspaceSnapshot.of(ws)).containsExactly(Map.entry("main.py", "print()\n"));
    }

    @Test
    void aKilledRunThatHadOnlyOpenedItsJournalIsNotedAndCleared() {
        Workspace ws = Workspace.inMemory();
        write(ws, ".protostar/journal/run", HEADER);
        JournalSeals.seal(ws, KEY);

        RunReport report = runWith(ws);

        assertThat(report.warnings()).containsExactly("Recovered from an interrupted run: it had changed nothing yet;"
                + " its journal in .protostar/journal was removed.");
        assertThat(WorkspaceSnapshot.of(ws)).isEmpty();
    }

    @Test
    void entriesWithoutAHeaderBelongToAFinishedRunAndAreRemovedWithoutReplay() {
        Workspace ws = Workspace.inMemory();
        write(ws, "pyproject.toml", "[project]\n");
        write(ws, ".protostar/journal/000001.entry", "protostar-journal-entry 1\npath pyproject.toml\nprior absent\n");
        JournalSeals.seal(ws, KEY);

        RunReport report = runWith(ws);

        assertThat(report.status()).isEqualTo(RunStatus.NO_CHANGES);
        assertThat(report.warnings()).isEmpty();
        assertThat(WorkspaceSnapshot.of(ws)).containsExactly(Map.entry("pyproject.toml", "[project]\n"));
    }

    @Test
    void aDamagedJournalStopsTheRunAndChangesNothing() {
        Workspace ws = Workspace.inMemory();
        write(ws, "config.toml", "new\n");
        write(ws, ".protostar/journal/run", HEADER);
        write(ws, ".protostar/journal/000001.bytes", "truncat");
        write(ws, ".protostar/journal/000001.entry", "protostar-journal-entry 1\npath config.toml\nprior file\n"
                + "mode 0644\nsize 11\nsha256 " + sha256("old = true\n") + "\nbytes 000001.bytes\n");
        JournalSeals.seal(ws, KEY);
        Map<String, String> before = WorkspaceSnapshot.withModes(ws);

        assertThatThrownBy(() -> runWith(ws, TestModule.of("m", ModuleCategory.LANGUAGE)
                        .contributing((m, c) -> m.inject("x.txt", "x"))))
                .isInstanceOfSatisfying(WorkspaceException.class, e -> {
                    assertThat(e.getMessage()).contains("was stopped before it finished")
                            .contains(".protostar/journal/000001.entry is damaged")
                            .contains("does not hold the recorded bytes")
                            .endsWith("Nothing was changed.");
                    assertThat(e.hint()).get().asString().contains("delete .protostar");
                });
        assertThat(WorkspaceSnapshot.withModes(ws)).isEqualTo(before);
    }

    @Test
    void aSealedJournalOfAnotherFormatIsNotReplayed() {
        Workspace ws = Workspace.inMemory();
        String body = "protostar-journal 3\n";
        write(ws, ".protostar/journal/run", body + "mac " + java.util.HexFormat.of().formatHex(
                KEY.sign(("protostar-journal-header-seal\n" + body).getBytes(StandardCharsets.UTF_8))) + "\n");
        Map<String, String> before = WorkspaceSnapshot.withModes(ws);

        assertThatThrownBy(() -> runWith(ws)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("another Protostar version");
        assertThat(WorkspaceSnapshot.withModes(ws)).isEqualTo(before);
    }

    @Test
    void anUnsealedJournalOfAnEarlierProtostarIsNotReplayed() {
        Workspace ws = Workspace.inMemory();
        write(ws, "pyproject.toml", "[project]\n");
        write(ws, ".protostar/journal/run", HEADER);
        write(ws, ".protostar/journal/000001.entry", "protostar-journal-entry 1\npath pyproject.toml\nprior absent\n");
        Map<String, String> before = WorkspaceSnapshot.withModes(ws);

        assertThatThrownBy(() -> runWith(ws)).isInstanceOfSatisfying(UntrustedJournalException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(65);
            assertThat(e.file()).isEqualTo(WorkspacePath.of(".protostar/journal/run"));
            assertThat(e.getMessage()).contains("carries no seal").endsWith("Nothing was replayed or changed.");
        });
        assertThat(WorkspaceSnapshot.withModes(ws)).isEqualTo(before);
    }

    @Test
    void aForeignFileInAFolderTheKilledRunCreatedIsNamedAndKept() {
        Workspace ws = Workspace.inMemory();
        leaveKilledRun(ws);
        write(ws, "data/mine.csv", "precious\n");

        assertThatThrownBy(() -> runWith(ws))
                .isInstanceOfSatisfying(RollbackFailedException.class, e -> {
                    assertThat(e.notRestored()).containsExactly(WorkspacePath.of("data"));
                    assertThat(e.reasons().get(WorkspacePath.of("data"))).contains("data/mine.csv");
                    assertThat(e.getMessage()).contains("An earlier Protostar run in in-memory workspace was stopped");
                });
        assertThat(WorkspaceSnapshot.of(ws)).containsOnlyKeys("config.toml", "data/", "data/mine.csv");
        assertThat(ws.readString(WorkspacePath.of("config.toml"))).isEqualTo("old = true\n");

        assertThat(runWith(ws).status()).as("the journal is gone: the next run is a normal one")
                .isEqualTo(RunStatus.NO_CHANGES);
    }

    @Test
    void aRunKilledWhileWritingLeavesAJournalThatTheNextRunReplays() {
        Workspace ws = Workspace.inMemory();
        write(ws, "README.md", "# mine\n");
        Map<String, String> seed = WorkspaceSnapshot.withModes(ws);
        TestModule module = TestModule.of("m", ModuleCategory.LANGUAGE).contributing((m, c) -> m
                .directory("src/app").inject("src/app/__init__.py", "").vcsIgnore(".venv/"));
        FaultInjectingWorkspace dying = FaultInjectingWorkspace.dyingAt(ws, 9);

        assertThatThrownBy(() -> runWith(dying, module)).isInstanceOf(RollbackFailedException.class);
        assertThat(ws.isFile(WorkspacePath.of(".protostar/journal/run"))).as("the journal outlived the run").isTrue();

        RunReport recovery = runWith(ws);

        assertThat(recovery.warnings()).singleElement().asString().startsWith("Recovered from an interrupted run");
        assertThat(WorkspaceSnapshot.withModes(ws)).isEqualTo(seed);
    }

    @Test
    void theExecutorUsedOnItsOwnAlsoRecoversFirstAndLocks() {
        Workspace ws = Workspace.inMemory();
        leaveKilledRun(ws);
        SimulatedProcessRunner runner = SimulatedProcessRunner.create();
        dev.protostar.api.ExecutionContext context = new dev.protostar.api.ExecutionContext(ws,
                dev.protostar.api.Resolution.MERGE, runner, listener);

        RunReport report = new DefaultSystemExecutor(KEY).execute(
                dev.protostar.api.EnvironmentManifest.builder().vcsIgnore(".venv/").build(), context);

        assertThat(report.warnings()).singleElement().asString().startsWith("Recovered from an interrupted run: restored 3");
        assertThat(WorkspaceSnapshot.of(ws)).containsOnlyKeys("config.toml", ".gitignore");
        try (dev.protostar.api.WorkspaceLock held = ws.lock(WorkspacePath.of(".protostar"))) {
            assertThat(held).isNotNull();
            assertThatThrownBy(() -> new DefaultSystemExecutor().execute(
                            dev.protostar.api.EnvironmentManifest.builder().vcsIgnore("x").build(), context))
                    .isInstanceOf(WorkspaceException.class);
        }
    }
}
