package dev.protostar.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.protostar.api.FileAttributes;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspaceException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.testing.UnwritableWorkspace;
import dev.protostar.core.testing.WorkspaceSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the overlay adds to the workspace contract: read-through, isolation, deletion marks, merged views. */
class CopyOnWriteWorkspaceTest {

    private final Workspace base = Workspace.inMemory();
    private CopyOnWriteWorkspace overlay;
    private Map<String, String> baseBefore;

    private static WorkspacePath p(String path) {
        return WorkspacePath.of(path);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void seed() {
        base.createDirectories(p("src/pkg"));
        base.createDirectories(p("docs"));
        base.write(p("pyproject.toml"), utf8("[project]\nname = \"mine\"\n"));
        base.write(p("src/pkg/__init__.py"), utf8(""));
        base.write(p("src/pkg/core.py"), utf8("x = 1\n"));
        base.write(p("README.md"), utf8("# Mine\n"));
        baseBefore = WorkspaceSnapshot.of(base);
        overlay = CopyOnWriteWorkspace.over(new UnwritableWorkspace(base));
    }

    private void assertBaseUntouched() {
        assertThat(WorkspaceSnapshot.of(base)).isEqualTo(baseBefore);
    }

    @Test
    void readsFallThroughToTheBaseUntilAPathIsTouched() {
        assertThat(overlay.readString(p("pyproject.toml"))).isEqualTo("[project]\nname = \"mine\"\n");
        assertThat(overlay.isDirectory(p("src/pkg"))).isTrue();
        assertThat(overlay.list(WorkspacePath.root()))
                .containsExactly(p("README.md"), p("docs"), p("pyproject.toml"), p("src"));
        assertThat(WorkspaceSnapshot.of(overlay)).isEqualTo(baseBefore);
        assertThat(overlay.touchedPaths()).isEmpty();
    }

    @Test
    void writesStayInTheOverlay() {
        overlay.write(p("pyproject.toml"), utf8("[project]\nname = \"changed\"\n"));
        overlay.write(p("src/pkg/new.py"), utf8("y = 2\n"));

        assertThat(overlay.readString(p("pyproject.toml"))).isEqualTo("[project]\nname = \"changed\"\n");
        assertThat(overlay.readString(p("src/pkg/new.py"))).isEqualTo("y = 2\n");
        assertThat(base.exists(p("src/pkg/new.py"))).isFalse();
        assertBaseUntouched();
        assertThat(overlay.touchedPaths()).containsExactly(p("pyproject.toml"), p("src/pkg/new.py"));
    }

    @Test
    void changesToTheBaseShowThroughOnlyWhereTheOverlayHasNotWritten() {
        overlay.write(p("README.md"), utf8("# Overlay\n"));
        base.write(p("README.md"), utf8("# Base again\n"));
        base.write(p("docs/index.md"), utf8("docs\n"));

        assertThat(overlay.readString(p("README.md"))).isEqualTo("# Overlay\n");
        assertThat(overlay.readString(p("docs/index.md"))).isEqualTo("docs\n");
    }

    @Test
    void aDeletedBaseFileIsGoneFromEveryView() {
        assertThat(overlay.delete(p("README.md"))).isTrue();

        assertThat(overlay.exists(p("README.md"))).isFalse();
        assertThat(overlay.attributes(p("README.md"))).isEmpty();
        assertThat(overlay.list(WorkspacePath.root())).doesNotContain(p("README.md"));
        assertThatThrownBy(() -> overlay.read(p("README.md")))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("README.md").hasMessageContaining("does not exist");
        assertThat(overlay.delete(p("README.md"))).isFalse();
        assertThat(overlay.touchedPaths()).containsExactly(p("README.md"));
        assertBaseUntouched();
    }

    @Test
    void aFileWrittenAfterItsDeletionIsANewFile() {
        overlay.delete(p("README.md"));
        overlay.write(p("README.md"), utf8("# New\n"));

        assertThat(overlay.readString(p("README.md"))).isEqualTo("# New\n");
        assertThat(overlay.list(WorkspacePath.root())).contains(p("README.md"));
        assertBaseUntouched();
    }

    @Test
    void aBaseFolderCanBeDeletedOnlyOnceItIsEmptyInTheMergedView() {
        assertThatThrownBy(() -> overlay.delete(p("src/pkg"))).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("not empty");

        overlay.delete(p("src/pkg/__init__.py"));
        overlay.delete(p("src/pkg/core.py"));
        assertThat(overlay.list(p("src/pkg"))).isEmpty();
        assertThat(overlay.delete(p("src/pkg"))).isTrue();

        assertThat(overlay.exists(p("src/pkg"))).isFalse();
        assertThat(overlay.exists(p("src/pkg/core.py"))).isFalse();
        assertThat(overlay.list(p("src"))).isEmpty();
        assertThatThrownBy(() -> overlay.list(p("src/pkg"))).isInstanceOf(WorkspaceException.class);
        assertThatThrownBy(() -> overlay.write(p("src/pkg/core.py"), utf8("z"))).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("src/pkg");
        assertBaseUntouched();
    }

    @Test
    void aRecreatedFolderDoesNotBringBackWhatWasDeletedInIt() {
        overlay.delete(p("src/pkg/__init__.py"));
        overlay.delete(p("src/pkg/core.py"));
        overlay.delete(p("src/pkg"));

        overlay.createDirectories(p("src/pkg/sub"));

        assertThat(overlay.list(p("src/pkg"))).containsExactly(p("src/pkg/sub"));
        assertThat(overlay.exists(p("src/pkg/core.py"))).isFalse();
    }

    @Test
    void aBaseFileCanBeReplacedByAFolderAndTheOtherWayRound() {
        overlay.delete(p("README.md"));
        overlay.createDirectories(p("README.md/inside"));
        overlay.delete(p("src/pkg/__init__.py"));
        overlay.delete(p("src/pkg/core.py"));
        overlay.delete(p("src/pkg"));
        overlay.write(p("src/pkg"), utf8("now a file\n"));

        assertThat(overlay.isDirectory(p("README.md"))).isTrue();
        assertThat(overlay.list(p("README.md"))).containsExactly(p("README.md/inside"));
        assertThat(overlay.isFile(p("src/pkg"))).isTrue();
        assertThat(overlay.attributes(p("src/pkg/core.py"))).isEmpty();
        assertBaseUntouched();
    }

    @Test
    void listingMergesBaseAndOverlayEntriesSortedByName() {
        overlay.write(p("AAA.txt"), utf8("first\n"));
        overlay.write(p("zzz.txt"), utf8("last\n"));
        overlay.createDirectories(p("src/app"));
        overlay.write(p("src/pkg/b.py"), utf8(""));
        overlay.delete(p("src/pkg/core.py"));
        overlay.write(p("pyproject.toml"), utf8("[project]\n"));

        assertThat(overlay.list(WorkspacePath.root())).containsExactly(
                p("AAA.txt"), p("README.md"), p("docs"), p("pyproject.toml"), p("src"), p("zzz.txt"));
        assertThat(overlay.list(p("src"))).containsExactly(p("src/app"), p("src/pkg"));
        assertThat(overlay.list(p("src/pkg"))).containsExactly(p("src/pkg/__init__.py"), p("src/pkg/b.py"));
        assertThat(overlay.list(p("src/app"))).isEmpty();
    }

    @Test
    void attributesDescribeTheMergedView() {
        overlay.write(p("pyproject.toml"), utf8("[project]\nname = \"a much longer name\"\n"));
        overlay.createDirectories(p("build/out"));
        overlay.write(p("build/out/log.txt"), utf8("12345"));

        FileAttributes rewritten = overlay.attributes(p("pyproject.toml")).orElseThrow();
        assertThat(rewritten.isFile()).isTrue();
        assertThat(rewritten.size()).isEqualTo(utf8("[project]\nname = \"a much longer name\"\n").length);
        assertThat(overlay.attributes(p("build")).orElseThrow().isDirectory()).isTrue();
        assertThat(overlay.attributes(p("build/out")).orElseThrow().posixMode()).isEqualTo(OptionalInt.of(0755));
        assertThat(overlay.attributes(p("build/out/log.txt")).orElseThrow())
                .isEqualTo(new FileAttributes(FileAttributes.Kind.FILE, 5, OptionalInt.of(0644)));
        assertThat(overlay.attributes(p("README.md"))).isEqualTo(base.attributes(p("README.md")));
        assertThat(overlay.attributes(p("README.md/child"))).isEmpty();
        assertThat(overlay.touchedPaths()).containsExactly(
                p("build"), p("build/out"), p("build/out/log.txt"), p("pyproject.toml"));
    }

    @Test
    void checksUseTheMergedView() {
        assertThatThrownBy(() -> overlay.createDirectories(p("README.md/x"))).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("README.md");
        assertThatThrownBy(() -> overlay.write(p("docs"), utf8("x"))).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("folder");
        assertThatThrownBy(() -> overlay.write(p("nowhere/file"), utf8("x"))).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("nowhere");
        assertThatThrownBy(() -> overlay.read(p("docs"))).isInstanceOf(WorkspaceException.class);
        assertThat(overlay.touchedPaths()).isEmpty();
    }

    @Test
    void failuresSayTheyHappenedInADryRun() {
        assertThatThrownBy(() -> overlay.write(p("nowhere/file"), utf8("x"))).hasMessageContaining("(dry run)");
    }

    @Test
    void anOverlayOfALocalFolderHasNoLocalDirectoryAndKeepsTheFolderIntact(@TempDir Path temp) throws IOException {
        Path project = Files.createDirectories(temp.resolve("orbital-sim"));
        Files.writeString(project.resolve("pyproject.toml"), "[project]\n");
        Workspace onDisk = Workspace.at(project);
        CopyOnWriteWorkspace diskOverlay = CopyOnWriteWorkspace.over(onDisk);

        diskOverlay.write(p("pyproject.toml"), utf8("[project]\nname = \"x\"\n"));
        diskOverlay.createDirectories(p(".git/hooks"));

        assertThat(onDisk.localDirectory()).isPresent();
        assertThat(diskOverlay.localDirectory()).isEmpty();
        assertThat(diskOverlay.base()).isSameAs(onDisk);
        assertThat(diskOverlay.describe()).startsWith(onDisk.describe()).endsWith("(dry run)");
        assertThat(Files.readString(project.resolve("pyproject.toml"))).isEqualTo("[project]\n");
        assertThat(Files.exists(project.resolve(".git"))).isFalse();
    }

    @Test
    void aRewrittenFileKeepsItsModeFromTheBase(@TempDir Path temp) throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path secret = Files.writeString(temp.resolve(".env"), "TOKEN=1\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        CopyOnWriteWorkspace diskOverlay = CopyOnWriteWorkspace.over(Workspace.at(temp));

        diskOverlay.write(p(".env"), utf8("TOKEN=2\n"));

        assertThat(diskOverlay.attributes(p(".env")).orElseThrow().posixMode()).isEqualTo(OptionalInt.of(0600));
        assertThat(Files.readString(secret)).isEqualTo("TOKEN=1\n");
    }
}
