package dev.protostar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.GenerationReport;
import dev.protostar.api.ProtostarException;
import dev.protostar.api.RollbackFailedException;
import dev.protostar.api.TargetExistsException;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspaceException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.journal.WorkspaceSession;
import dev.protostar.core.testing.FaultInjectingWorkspace;
import dev.protostar.core.testing.WorkspaceSnapshot;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Generators never overwrite and never leave half a generation behind: an existing target stops
 * the generation before its first write, and a failed write removes what was created.
 */
class GenerateAllOrNothingTest {

    private static final WorkspacePath HEADER = WorkspacePath.of("Motor.hpp");
    private static final WorkspacePath SOURCE = WorkspacePath.of("Motor.cpp");

    /** A workspace with the user's own files, so that "as it was" means something. */
    private static Workspace userProject() {
        Workspace workspace = Workspace.inMemory();
        workspace.createDirectories(WorkspacePath.of("src"));
        workspace.write(WorkspacePath.of("src/main.cpp"), "int main() {}\n".getBytes(StandardCharsets.UTF_8));
        workspace.write(WorkspacePath.of("README.md"), "# Rover\r\n".getBytes(StandardCharsets.UTF_8));
        workspace.setPosixMode(WorkspacePath.of("README.md"), 0600);
        return workspace;
    }

    private static GenerationReport motor(Workspace workspace) {
        return Protostar.generate("cpp-class").name("Motor").workspace(workspace).run();
    }

    @Test
    void anExistingTargetStopsTheGenerationBeforeAnyWriteAndNamesTheFile() {
        Workspace workspace = userProject();
        workspace.write(SOURCE, "// mine\n".getBytes(StandardCharsets.UTF_8));
        Map<String, String> before = WorkspaceSnapshot.withModes(workspace);
        FaultInjectingWorkspace counting = FaultInjectingWorkspace.counting(workspace);

        assertThatThrownBy(() -> motor(counting))
                .isInstanceOfSatisfying(TargetExistsException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(
                            "Cannot generate cpp-class: Motor.cpp already exists. Generators never overwrite; nothing was written.");
                    assertThat(e.hint()).hasValue("Choose another name, or move that file aside and run again.");
                    assertThat(e.exitCode()).isEqualTo(1);
                    assertThat(e.target()).isEqualTo("cpp-class");
                    assertThat(e.existing()).containsExactly(SOURCE);
                });

        assertThat(counting.mutations()).as("not a single mutation, not even the run lock").isZero();
        assertThat(WorkspaceSnapshot.withModes(workspace)).isEqualTo(before);
    }

    @Test
    void everyExistingTargetIsNamedAndAFolderInTheWayCountsToo() {
        Workspace workspace = userProject();
        workspace.createDirectories(HEADER);
        workspace.write(SOURCE, new byte[0]);

        assertThatThrownBy(() -> motor(workspace))
                .isInstanceOfSatisfying(TargetExistsException.class, e -> {
                    assertThat(e.existing()).containsExactly(HEADER, SOURCE);
                    assertThat(e.getMessage()).startsWith("Cannot generate cpp-class: Motor.hpp, Motor.cpp already exist.");
                    assertThat(e.hint()).hasValue("Choose another name, or move those files aside and run again.");
                });
    }

    @Test
    void eachGeneratorRefusesItsOwnExistingFile() {
        for (String[] target : new String[][] {{"cmake", null, "CMakeLists.txt"}, {"tex", null, "main.tex"},
                {"circuitpython", null, "code.py"}, {"pio", "uno", "platformio.ini"}}) {
            Workspace workspace = userProject();
            workspace.write(WorkspacePath.of(target[2]), "keep me\n".getBytes(StandardCharsets.UTF_8));
            Map<String, String> before = WorkspaceSnapshot.withModes(workspace);
            Generation generation = Protostar.generate(target[0]).workspace(workspace);
            if (target[1] != null) {
                generation.name(target[1]);
            }

            assertThatThrownBy(generation::run).as(target[0])
                    .isInstanceOfSatisfying(TargetExistsException.class,
                            e -> assertThat(e.existing()).containsExactly(WorkspacePath.of(target[2])));
            assertThat(WorkspaceSnapshot.withModes(workspace)).as(target[0]).isEqualTo(before);
        }
    }

    @Test
    void aFailureAtAnyMutationUpToTheCommitLeavesTheWorkspaceAsItWas() {
        FaultInjectingWorkspace probe = FaultInjectingWorkspace.counting(userProject());
        motor(probe);
        assertThat(probe.log()).contains("write Motor.hpp", "write Motor.cpp");
        int commit = probe.log().indexOf("delete .protostar/journal/run") + 1;
        assertThat(commit).as("the journal's end is the commit point, after both files").isGreaterThan(
                probe.log().indexOf("write Motor.cpp") + 1);

        for (int n = 1; n <= commit; n++) {
            Workspace workspace = userProject();
            Map<String, String> before = WorkspaceSnapshot.withModes(workspace);
            FaultInjectingWorkspace failing = FaultInjectingWorkspace.failingAt(workspace, n);

            assertThatThrownBy(() -> motor(failing)).as("failure at mutation %d (%s)", n, probe.log().get(n - 1))
                    .isInstanceOf(ProtostarException.class)
                    .hasMessageContaining(FaultInjectingWorkspace.marker(n));
            assertThat(WorkspaceSnapshot.withModes(workspace)).as("after a failure at mutation %d", n).isEqualTo(before);
        }
    }

    @Test
    void aFailureAfterTheCommitKeepsTheFilesAndReportsWhatWasLeftOver() {
        FaultInjectingWorkspace probe = FaultInjectingWorkspace.counting(userProject());
        motor(probe);
        int commit = probe.log().indexOf("delete .protostar/journal/run") + 1;

        for (int n = commit + 1; n <= probe.mutations(); n++) {
            Workspace workspace = userProject();

            GenerationReport report = motor(FaultInjectingWorkspace.failingAt(workspace, n));

            assertThat(report.created()).as("mutation %d", n).containsExactly(HEADER, SOURCE);
            assertThat(report.warnings()).as("mutation %d", n).isNotEmpty()
                    .allSatisfy(w -> assertThat(w).contains("can be deleted by hand"));
            assertThat(workspace.exists(HEADER) && workspace.exists(SOURCE)).isTrue();
        }
    }

    @Test
    void whenTheSecondFileCannotBeWrittenTheFirstIsRemovedAndTheErrorSaysSo() {
        FaultInjectingWorkspace probe = FaultInjectingWorkspace.counting(userProject());
        motor(probe);
        int writeOfSource = probe.log().indexOf("write Motor.cpp") + 1;
        Workspace workspace = userProject();
        Map<String, String> before = WorkspaceSnapshot.withModes(workspace);

        assertThatThrownBy(() -> motor(FaultInjectingWorkspace.failingAt(workspace, writeOfSource)))
                .isInstanceOfSatisfying(WorkspaceException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Cannot write Motor.cpp: " + FaultInjectingWorkspace.marker(writeOfSource)
                            + ". Every file this generation had created was removed again; the folder is as it was.");
                    assertThat(e.exitCode()).isEqualTo(74);
                    assertThat(e.path()).hasValue(SOURCE);
                });
        assertThat(WorkspaceSnapshot.withModes(workspace)).isEqualTo(before);
    }

    @Test
    void aCreatedFileThatCannotBeRemovedIsNamedInARollbackFailure() {
        Workspace workspace = userProject();
        Workspace stuck = new StuckWorkspace(workspace, SOURCE, HEADER);

        assertThatThrownBy(() -> motor(stuck))
                .isInstanceOfSatisfying(RollbackFailedException.class, e -> {
                    assertThat(e.notRestored()).containsExactly(HEADER);
                    assertThat(e.exitCode()).isEqualTo(74);
                    assertThat(e.getMessage()).contains("The failure: Cannot write Motor.cpp: refused");
                    assertThat(e.getCause()).isInstanceOf(WorkspaceException.class);
                });
        assertThat(workspace.exists(HEADER)).as("named, because it could not be removed").isTrue();
        assertThat(workspace.exists(SOURCE)).isFalse();
    }

    @Test
    void aGenerationKilledMidwayIsRolledBackByTheNextOneWhichThenSucceeds() {
        FaultInjectingWorkspace probe = FaultInjectingWorkspace.counting(userProject());
        motor(probe);
        int writeOfSource = probe.log().indexOf("write Motor.cpp") + 1;
        Workspace workspace = userProject();
        Map<String, String> before = WorkspaceSnapshot.of(workspace);

        assertThatThrownBy(() -> motor(FaultInjectingWorkspace.dyingAt(workspace, writeOfSource)))
                .isInstanceOf(ProtostarException.class);
        assertThat(workspace.exists(HEADER)).as("the killed run left its first file").isTrue();

        GenerationReport report = motor(workspace);

        assertThat(report.created()).containsExactly(HEADER, SOURCE);
        assertThat(report.warnings()).singleElement().asString().startsWith("Recovered from an interrupted run");
        Map<String, String> after = WorkspaceSnapshot.of(workspace);
        assertThat(after).containsAllEntriesOf(before).containsOnlyKeys(
                List.of("src/", "src/main.cpp", "README.md", "Motor.hpp", "Motor.cpp"));
    }

    @Test
    void aGenerationNeverRunsBesideAnotherRunInTheSameWorkspace() {
        Workspace workspace = userProject();
        try (WorkspaceSession other = WorkspaceSession.open(workspace, dev.protostar.api.JournalKey.random())) {
            Map<String, String> during = WorkspaceSnapshot.withModes(workspace);

            assertThatThrownBy(() -> motor(workspace))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageStartingWith("Another Protostar run is working in");
            assertThat(WorkspaceSnapshot.withModes(workspace)).isEqualTo(during);
            other.finish();
        }
        assertThat(motor(workspace).created()).containsExactly(HEADER, SOURCE);
    }

    /** Refuses to write one file and to delete another; everything else passes through. */
    private static final class StuckWorkspace implements Workspace {

        private final Workspace delegate;
        private final WorkspacePath unwritable;
        private final WorkspacePath undeletable;

        StuckWorkspace(Workspace delegate, WorkspacePath unwritable, WorkspacePath undeletable) {
            this.delegate = delegate;
            this.unwritable = unwritable;
            this.undeletable = undeletable;
        }

        @Override
        public byte[] read(WorkspacePath path) {
            return delegate.read(path);
        }

        @Override
        public void write(WorkspacePath path, byte[] content) {
            if (path.equals(unwritable)) {
                throw new WorkspaceException(path, "Cannot write " + path + ": refused.", null, null);
            }
            delegate.write(path, content);
        }

        @Override
        public void createDirectories(WorkspacePath path) {
            delegate.createDirectories(path);
        }

        @Override
        public boolean delete(WorkspacePath path) {
            if (path.equals(undeletable)) {
                throw new WorkspaceException(path, "Cannot delete " + path + ": refused.", null, null);
            }
            return delegate.delete(path);
        }

        @Override
        public java.util.List<WorkspacePath> list(WorkspacePath directory) {
            return delegate.list(directory);
        }

        @Override
        public java.util.Optional<dev.protostar.api.FileAttributes> attributes(WorkspacePath path) {
            return delegate.attributes(path);
        }

        @Override
        public void setPosixMode(WorkspacePath path, int mode) {
            delegate.setPosixMode(path, mode);
        }

        @Override
        public void setModifiedTime(WorkspacePath path, java.time.Instant time) {
            delegate.setModifiedTime(path, time);
        }

        @Override
        public dev.protostar.api.WorkspaceLock lock(WorkspacePath folder) {
            return delegate.lock(folder);
        }

        @Override
        public java.util.Optional<java.nio.file.Path> localDirectory() {
            return delegate.localDirectory();
        }

        @Override
        public String describe() {
            return delegate.describe();
        }
    }
}
