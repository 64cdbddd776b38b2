package dev.protostar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run lock of {@code Workspace.at(Path)} across workspace objects and across processes: the
 * second run fails at once, a lock left by a killed process does not block, and a refused attempt in
 * the same JVM does not silently drop the holder's operating-system lock.
 */
class PathWorkspaceLockTest {

    private static final WorkspacePath FOLDER = WorkspacePath.of(".protostar");

    @TempDir
    Path project;

    private Path protostarFolder() throws IOException {
        return Files.createDirectories(project.resolve(".protostar"));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    /** A separate JVM running {@link LockProbeMain}; its first output line says whether it got the lock. */
    private Process probe(String... extra) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                LockProbeMain.class.getName(), project.toString()));
        command.addAll(List.of(extra));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String firstLine(Process process) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = reader.readLine();
        return line == null ? "<no output>" : line;
    }

    @Test
    void aSecondWorkspaceObjectOnTheSameFolderIsRefusedNamingFolderLockAndHolder() throws IOException {
        protostarFolder();
        try (WorkspaceLock held = Workspace.at(project).lock(FOLDER)) {
            assertThat(held).isNotNull();
            assertThatThrownBy(() -> Workspace.at(project).lock(FOLDER))
                    .isInstanceOfSatisfying(WorkspaceBusyException.class, e -> {
                        assertThat(e.exitCode()).as("EX_TEMPFAIL, not an I/O error").isEqualTo(75);
                        assertThat(e.getMessage())
                                .startsWith("Another Protostar run is working in " + project)
                                .contains("(lock " + project.resolve(".protostar/lock"))
                                .contains("held by this process (pid " + ProcessHandle.current().pid() + " on host ")
                                .endsWith("wait for it to finish, or remove the stale lock if no run is active.");
                        assertThat(e.path()).contains(WorkspacePath.of(".protostar/lock"));
                    });
        }
    }

    @Test
    void theGateNamesItsHolderInPlainText() throws IOException {
        Path folder = protostarFolder();
        try (WorkspaceLock held = Workspace.at(project).lock(FOLDER)) {
            assertThat(held).isNotNull();
            String gate = Files.readString(folder.resolve("lock"));
            assertThat(gate).startsWith("Protostar run lock: a run is working in this folder.\n")
                    .contains("pid " + ProcessHandle.current().pid() + "\n")
                    .containsPattern("live lock\\.\\d+\\.[0-9a-f]{8}\\.live\n");
            assertThat(names(folder)).hasSize(2).contains("lock");
        }
        assertThat(names(folder)).isEmpty();
    }

    @Test
    void aRefusedAttemptInTheSameJvmLeavesTheHolderLockedAgainstOtherProcesses() throws Exception {
        protostarFolder();
        try (WorkspaceLock held = Workspace.at(project).lock(FOLDER)) {
            assertThat(held).isNotNull();
            assertThatThrownBy(() -> Workspace.at(project).lock(FOLDER)).isInstanceOf(WorkspaceException.class);

            Process other = probe();
            String answer = firstLine(other);
            other.waitFor();

            assertThat(answer).startsWith("HELD Another Protostar run is working in " + project)
                    .contains("held by process " + ProcessHandle.current().pid());
        }
    }

    @Test
    void aLockHeldByAnotherProcessIsRefusedAndItsLeftoversAfterAKillDoNotBlock() throws Exception {
        Path folder = protostarFolder();
        Process holder = probe("hold");
        String answer = firstLine(holder);
        assertThat(answer).startsWith("LOCKED");
        long holderPid = holder.pid();

        assertThatThrownBy(() -> Workspace.at(project).lock(FOLDER))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("held by process " + holderPid);

        holder.destroyForcibly();
        holder.waitFor();
        assertThat(names(folder)).as("a killed holder leaves its gate and live file").hasSize(2);

        try (WorkspaceLock taken = Workspace.at(project).lock(FOLDER)) {

            assertThat(taken).isNotNull();
            assertThat(Files.readString(folder.resolve("lock"))).contains("pid " + ProcessHandle.current().pid());
        }
        assertThat(names(folder)).isEmpty();
    }

    @Test
    void aLeftoverGateWhoseLiveFileIsGoneDoesNotBlock() throws Exception {
        Path folder = protostarFolder();
        Process finished = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).start();
        finished.getInputStream().readAllBytes();
        finished.waitFor();
        Files.writeString(folder.resolve("lock"), "Protostar run lock: a run is working in this folder.\n"
                + "pid " + finished.pid() + "\nprocess-started unknown\nlive lock." + finished.pid() + ".deadbeef.live\n");

        Workspace.at(project).lock(FOLDER).close();

        assertThat(names(folder)).isEmpty();
    }

    /** This machine's name as the kernel gives it; the tests that need it run only where there is one. */
    private static String kernelHostName() throws IOException {
        Path kernel = Path.of("/proc/sys/kernel/hostname");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(kernel),
                "no /proc/sys/kernel/hostname here: the expected host name cannot be read independently");
        return Files.readString(kernel).strip();
    }

    @Test
    void theGateAndTheMessageNameTheHoldersHost() throws IOException {
        Path folder = protostarFolder();
        String host = kernelHostName();
        try (WorkspaceLock held = Workspace.at(project).lock(FOLDER)) {
            assertThat(Files.readString(folder.resolve("lock"))).contains("\nhost " + host + "\n");
            assertThatThrownBy(() -> Workspace.at(project).lock(FOLDER))
                    .isInstanceOf(WorkspaceBusyException.class)
                    .hasMessageContaining("held by this process (pid " + ProcessHandle.current().pid() + " on host "
                            + host + ")");
        }
    }

    @Test
    void aGateWithThisPidAndStartTimeFromAnotherHostIsNotThisProcessAndNamesThatHost() throws Exception {
        Path folder = protostarFolder();
        Process holder = probe("hold");
        assertThat(firstLine(holder)).startsWith("LOCKED");
        try {
            String liveFile = names(folder).stream().filter(n -> n.endsWith(".live")).findFirst().orElseThrow();
            ProcessHandle self = ProcessHandle.current();
            String started = self.info().startInstant().map(Object::toString).orElse("unknown");
            Files.writeString(folder.resolve("lock"), "Protostar run lock: a run is working in this folder.\n"
                    + "pid " + self.pid() + "\nprocess-started " + started + "\nhost build-7.example\u0007\n"
                    + "live " + liveFile + "\n");

            assertThatThrownBy(() -> Workspace.at(project).lock(FOLDER))
                    .isInstanceOf(WorkspaceBusyException.class)
                    .hasMessageContaining("held by process " + self.pid() + " started " + started
                            + " on host build-7.example?)")
                    .hasMessageNotContaining("this process");
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
    }

    @Test
    void aGateWithoutAHostLineIsNeverTakenForThisProcess() throws Exception {
        Path folder = protostarFolder();
        Process holder = probe("hold");
        assertThat(firstLine(holder)).startsWith("LOCKED");
        try {
            String liveFile = names(folder).stream().filter(n -> n.endsWith(".live")).findFirst().orElseThrow();
            ProcessHandle self = ProcessHandle.current();
            String started = self.info().startInstant().map(Object::toString).orElse("unknown");
            Files.writeString(folder.resolve("lock"), "Protostar run lock: a run is working in this folder.\n"
                    + "pid " + self.pid() + "\nprocess-started " + started + "\nlive " + liveFile + "\n");

            assertThatThrownBy(() -> Workspace.at(project).lock(FOLDER))
                    .isInstanceOf(WorkspaceBusyException.class)
                    .hasMessageContaining("held by process " + self.pid() + " started " + started + " on host unknown)");
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
    }

    @Test
    void aLockInAMissingFolderFailsNamingIt() {
        assertThatThrownBy(() -> Workspace.at(project).lock(FOLDER))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(".protostar");
    }

    @Test
    void onJimfsWhoseChannelLocksExcludeNothingTheGateStillExcludesASecondWorkspaceObject() throws IOException {
        try (java.nio.file.FileSystem jimfs = com.google.common.jimfs.Jimfs.newFileSystem(JimfsWorkspaceTest.UNIX_WITH_POSIX)) {
            Path root = Files.createDirectories(jimfs.getPath("/work/project/.protostar")).getParent();
            try (WorkspaceLock held = Workspace.at(root).lock(FOLDER)) {
                assertThat(held).isNotNull();
                assertThatThrownBy(() -> Workspace.at(root).lock(FOLDER))
                        .isInstanceOf(WorkspaceException.class)
                        .hasMessageContaining("held by this process");
            }
            assertThat(names(root.resolve(".protostar"))).isEmpty();
            Workspace.at(root).lock(FOLDER).close();
        }
    }

    private long deadPid() throws Exception {
        Process finished = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).start();
        finished.getInputStream().readAllBytes();
        finished.waitFor();
        return finished.pid();
    }

    @Test
    void anEmptyGateLeftByARunKilledWhileCreatingItDoesNotBlockAndDeadLiveFilesAreSwept() throws Exception {
        Path folder = protostarFolder();
        long dead = deadPid();
        Files.writeString(folder.resolve("lock"), "");
        Files.writeString(folder.resolve("lock." + dead + ".0badf00d.live"), "");

        Workspace.at(project).lock(FOLDER).close();

        assertThat(names(folder)).isEmpty();
    }

    @Test
    void anEmptyGateIsHeldWhileAnotherProcessHoldsItsLiveFile() throws Exception {
        Path folder = protostarFolder();
        Process holder = probe("hold");
        assertThat(firstLine(holder)).startsWith("LOCKED");
        try {
            Files.writeString(folder.resolve("lock"), "");

            assertThatThrownBy(() -> Workspace.at(project).lock(FOLDER))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("held by an unknown process");
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
    }

    @Test
    void aGateThatCannotBeWrittenForLackOfSpaceIsRemovedAgain() throws IOException {
        com.google.common.jimfs.Configuration tiny = JimfsWorkspaceTest.UNIX_WITH_POSIX.toBuilder()
                .setBlockSize(64).setMaxSize(64).build();
        try (java.nio.file.FileSystem jimfs = com.google.common.jimfs.Jimfs.newFileSystem(tiny)) {
            Path root = Files.createDirectories(jimfs.getPath("/p/.protostar")).getParent();
            Files.write(root.resolve("filler"), new byte[64]);

            assertThatThrownBy(() -> Workspace.at(root).lock(FOLDER))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("Cannot create the run lock");
            assertThat(names(root.resolve(".protostar"))).isEmpty();
        }
    }
}
