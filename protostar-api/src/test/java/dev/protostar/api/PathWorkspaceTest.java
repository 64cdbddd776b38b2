package dev.protostar.api;

import static dev.protostar.api.WorkspaceContract.assertFailsNaming;
import static dev.protostar.api.WorkspaceContract.p;
import static dev.protostar.api.WorkspaceContract.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only {@code Workspace.at(Path)} promises: atomic writes, kept permissions, links, its root. */
class PathWorkspaceTest {

    @TempDir
    Path folder;

    private FileSystem jimfs;

    @AfterEach
    void closeJimfs() throws IOException {
        if (jimfs != null) {
            jimfs.close();
        }
    }

    private Path jimfsRoot(Configuration configuration) throws IOException {
        jimfs = Jimfs.newFileSystem(configuration);
        return Files.createDirectories(jimfs.getPath("/work/project"));
    }

    /** Every entry below {@code root}, as relative strings, sorted. */
    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> !path.equals(root))
                    .map(path -> root.relativize(path).toString())
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static List<String> leftoverTempFiles(Path root) throws IOException {
        return tree(root).stream().filter(name -> name.endsWith(PathWorkspace.TEMP_SUFFIX)).collect(Collectors.toList());
    }

    // ------------------------------------------------------------------ atomic writes

    @Test
    void successfulWritesLeaveNoTempFileOnTheDefaultFileSystem() throws IOException {
        assertNoTempFileAfterWrites(folder);
    }

    @Test
    void successfulWritesLeaveNoTempFileOnJimfs() throws IOException {
        assertNoTempFileAfterWrites(jimfsRoot(JimfsWorkspaceTest.UNIX_WITH_POSIX));
    }

    private static void assertNoTempFileAfterWrites(Path root) throws IOException {
        Workspace ws = Workspace.at(root);
        ws.createDirectories(p("src"));
        ws.write(p("a.txt"), utf8("first"));
        ws.write(p("a.txt"), utf8("second"));
        ws.write(p("src/b.txt"), utf8("b"));

        assertThat(tree(root)).containsExactly("a.txt", "src", "src/b.txt");
        assertThat(Files.readString(root.resolve("a.txt"))).isEqualTo("second");
    }

    @Test
    void aFailedWriteLeavesNoTempFileOnTheDefaultFileSystem() throws IOException {
        Workspace ws = Workspace.at(folder);
        ws.createDirectories(p("d"));

        assertThatThrownBy(() -> ws.write(p("d"), utf8("x"))).isInstanceOf(WorkspaceException.class);
        assertThat(tree(folder)).containsExactly("d");
    }

    /** 64 KiB of disk in 4 KiB blocks. */
    private Path smallDisk() throws IOException {
        return jimfsRoot(JimfsWorkspaceTest.UNIX_WITH_POSIX.toBuilder()
                .setBlockSize(4096)
                .setMaxSize(64 * 1024)
                .build());
    }

    @Test
    void aDiskFullWriteKeepsTheOldContentAndLeavesNoTempFile() throws IOException {
        Path root = smallDisk();
        Workspace ws = Workspace.at(root);
        byte[] old = new byte[20_000];
        new Random(7).nextBytes(old);
        ws.write(p("data.bin"), old);
        byte[] tooBig = new byte[100_000];

        assertThatThrownBy(() -> ws.write(p("data.bin"), tooBig))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("Cannot write data.bin")
                .hasMessageContaining("out of disk space")
                .satisfies(e -> assertThat(((WorkspaceException) e).path()).contains(p("data.bin")));

        assertThat(ws.read(p("data.bin"))).containsExactly(old);
        assertThat(leftoverTempFiles(root)).isEmpty();
        assertThat(tree(root)).containsExactly("data.bin");
    }

    @Test
    void aFailedWriteGivesItsSpaceBack() throws IOException {
        Path root = smallDisk();
        Workspace ws = Workspace.at(root);
        byte[] almostHalf = new byte[28 * 1024];
        ws.write(p("a.bin"), almostHalf);

        assertThatThrownBy(() -> ws.write(p("b.bin"), new byte[100_000])).isInstanceOf(WorkspaceException.class);

        // Only possible when the partial temp file of the failed write was deleted: a.bin (28 KiB)
        // plus its replacement's temp file (28 KiB) fit in 64 KiB, with 8 KiB to spare.
        ws.write(p("a.bin"), almostHalf);
        assertThat(ws.exists(p("b.bin"))).isFalse();
        assertThat(tree(root)).containsExactly("a.bin");
    }

    @Test
    void aDiskFullWriteOfANewFileCreatesNothing() throws IOException {
        Path root = smallDisk();
        Workspace ws = Workspace.at(root);

        assertThatThrownBy(() -> ws.write(p("new.bin"), new byte[100_000])).isInstanceOf(WorkspaceException.class);

        assertThat(ws.exists(p("new.bin"))).isFalse();
        assertThat(tree(root)).isEmpty();
    }

    // ------------------------------------------------------------------ permissions

    @Test
    void anExecutableKeepsItsModeWhenRewrittenOnJimfs() throws IOException {
        assertModesSurviveWrites(jimfsRoot(JimfsWorkspaceTest.UNIX_WITH_POSIX));
    }

    @Test
    void anExecutableKeepsItsModeWhenRewrittenOnTheDefaultFileSystem() throws IOException {
        assumeTrue(Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null,
                "the default file system keeps POSIX permissions");
        assertModesSurviveWrites(folder);
    }

    private static void assertModesSurviveWrites(Path root) throws IOException {
        Workspace ws = Workspace.at(root);
        ws.write(p("run.sh"), utf8("#!/bin/sh\necho old\n"));
        ws.write(p("secret.env"), utf8("TOKEN=old\n"));
        Files.setPosixFilePermissions(root.resolve("run.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(root.resolve("secret.env"), PosixFilePermissions.fromString("rw-------"));

        ws.write(p("run.sh"), utf8("#!/bin/sh\necho new\n"));
        ws.write(p("secret.env"), utf8("TOKEN=new\n"));

        assertThat(ws.attributes(p("run.sh")).orElseThrow().posixMode()).isEqualTo(OptionalInt.of(0755));
        assertThat(Files.getPosixFilePermissions(root.resolve("run.sh")))
                .isEqualTo(PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(ws.attributes(p("secret.env")).orElseThrow().posixMode()).isEqualTo(OptionalInt.of(0600));
        assertThat(ws.readString(p("run.sh"))).isEqualTo("#!/bin/sh\necho new\n");
    }

    @Test
    void attributesReportTheModeBitByBit() throws IOException {
        Path root = jimfsRoot(JimfsWorkspaceTest.UNIX_WITH_POSIX);
        Workspace ws = Workspace.at(root);
        ws.write(p("f"), utf8("x"));
        String[] symbolic = {"r--------", "-w-------", "--x------", "---r-----", "----w----", "-----x---",
            "------r--", "-------w-", "--------x", "rwxrwxrwx", "---------", "rw-r-----"};
        int[] octal = {0400, 0200, 0100, 0040, 0020, 0010, 0004, 0002, 0001, 0777, 0000, 0640};
        for (int i = 0; i < symbolic.length; i++) {
            Files.setPosixFilePermissions(root.resolve("f"), PosixFilePermissions.fromString(symbolic[i]));
            assertThat(ws.attributes(p("f")).orElseThrow().posixMode()).as(symbolic[i]).isEqualTo(OptionalInt.of(octal[i]));
        }
    }

    @Test
    void aFileSystemWithoutPosixPermissionsReportsNoMode() throws IOException {
        Workspace ws = Workspace.at(jimfsRoot(Configuration.unix()));
        ws.write(p("f"), utf8("x"));
        ws.write(p("f"), utf8("y"));

        assertThat(ws.attributes(p("f")).orElseThrow().posixMode()).isEmpty();
        assertThat(ws.attributes(p("f")).orElseThrow().kind()).isEqualTo(FileAttributes.Kind.FILE);
        assertThat(ws.readString(p("f"))).isEqualTo("y");
    }

    // ------------------------------------------------------------------ links

    private static void linkOrSkip(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here: " + e);
        }
    }

    @Test
    void aSymlinkIsReportedAsALinkNotAsWhatItPointsTo() throws IOException {
        Workspace ws = Workspace.at(folder);
        ws.createDirectories(p("dir"));
        ws.write(p("target.txt"), utf8("target"));
        linkOrSkip(folder.resolve("file-link"), folder.resolve("target.txt"));
        linkOrSkip(folder.resolve("dir-link"), folder.resolve("dir"));
        linkOrSkip(folder.resolve("dangling"), folder.resolve("nowhere"));

        for (String name : List.of("file-link", "dir-link", "dangling")) {
            FileAttributes attributes = ws.attributes(p(name)).orElseThrow();
            assertThat(attributes.kind()).as(name).isEqualTo(FileAttributes.Kind.SYMLINK);
            assertThat(attributes.isSymbolicLink()).as(name).isTrue();
            assertThat(ws.exists(p(name))).as(name).isTrue();
            assertThat(ws.isFile(p(name))).as(name).isFalse();
            assertThat(ws.isDirectory(p(name))).as(name).isFalse();
        }
        assertThat(ws.list(WorkspacePath.root())).extracting(WorkspacePath::toString)
                .containsExactly("dangling", "dir", "dir-link", "file-link", "target.txt");
    }

    @Test
    void deletingALinkKeepsItsTarget() throws IOException {
        Workspace ws = Workspace.at(folder);
        ws.write(p("target.txt"), utf8("target"));
        linkOrSkip(folder.resolve("link"), folder.resolve("target.txt"));

        assertThat(ws.delete(p("link"))).isTrue();

        assertThat(ws.exists(p("link"))).isFalse();
        assertThat(ws.readString(p("target.txt"))).isEqualTo("target");
    }

    // ------------------------------------------------------------------ names

    @Test
    void aNameTheFileSystemCannotHoldFailsAsAWorkspaceException() throws IOException {
        jimfs = Jimfs.newFileSystem(Configuration.windows());
        Workspace ws = Workspace.at(Files.createDirectories(jimfs.getPath("C:\\work\\project")));
        WorkspacePath questionMark = p("src/what?.txt");

        assertFailsNaming(questionMark, () -> ws.write(questionMark, utf8("x")));
        assertFailsNaming(questionMark, () -> ws.read(questionMark));
        assertFailsNaming(questionMark, () -> ws.attributes(questionMark));
        // A drive-relative segment would name a folder on another drive; it must be refused, not followed.
        assertFailsNaming(p("src/c:evil"), () -> ws.createDirectories(p("src/c:evil")));
        assertThat(Files.exists(jimfs.getPath("C:\\work\\project\\src"))).isFalse();
    }

    @Test
    void listingAFolderThatHoldsANameNoWorkspacePathCanSpellNamesThatCauseNotTheDisk() throws IOException {
        Workspace ws = Workspace.at(folder);
        ws.createDirectories(p("dir"));
        Files.writeString(folder.resolve("dir").resolve("back\\slash"), "x");

        assertThatThrownBy(() -> ws.list(p("dir")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(65);
                    assertThat(e.path()).isEqualTo(p("dir"));
                    assertThat(e.getMessage()).startsWith("dir: holds \"back\\slash\", a name a workspace path cannot"
                            + " spell (");
                    assertThat(e.hint()).get().asString().startsWith("Rename \"back\\slash\"")
                            .doesNotContain("disk", "writable");
                });
        Files.writeString(folder.resolve("top\\level.cpp"), "x");
        assertThatThrownBy(() -> ws.list(WorkspacePath.root()))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith(".: holds \"top\\level.cpp\"");
    }

    @Test
    void failuresThatAreNoIoErrorsDoNotBlameTheDisk() {
        Workspace ws = Workspace.at(folder);
        ws.createDirectories(p("dir"));

        assertThatThrownBy(() -> ws.write(p("dir"), new byte[0])).isInstanceOf(WorkspaceException.class)
                .satisfies(e -> assertThat(((WorkspaceException) e).hint()).get().asString().doesNotContain("disk"));
        assertThatThrownBy(() -> ws.list(p("missing"))).isInstanceOf(WorkspaceException.class)
                .satisfies(e -> assertThat(((WorkspaceException) e).hint()).get().asString().doesNotContain("disk"));
    }

    // ------------------------------------------------------------------ the root

    @Test
    void aMissingRootIsRefused() {
        Path missing = folder.resolve("does-not-exist");

        assertThatThrownBy(() -> Workspace.at(missing))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist")
                .satisfies(e -> assertThat(((WorkspaceException) e).path()).isEmpty());
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void aFileAsRootIsRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("file.txt"), "x");

        assertThatThrownBy(() -> Workspace.at(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void aMissingRootOnJimfsIsRefused() throws IOException {
        Path missing = jimfsRoot(JimfsWorkspaceTest.UNIX_WITH_POSIX).resolve("nope");

        assertThatThrownBy(() -> Workspace.at(missing))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("/work/project/nope");
    }

    @Test
    void theRootIsNormalisedSoDotSegmentsDoNotMatter() {
        Workspace ws = Workspace.at(folder.resolve(".").resolve("sub/..")); // sub does not need to exist
        ws.write(p("f"), utf8("x"));

        assertThat(ws.localDirectory()).contains(folder.toAbsolutePath().normalize());
        assertThat(Files.exists(folder.resolve("f"))).isTrue();
    }

    @Test
    void describeNamesTheRoot() throws IOException {
        assertThat(Workspace.at(folder).describe()).contains(folder.toString());
        assertThat(Workspace.at(jimfsRoot(JimfsWorkspaceTest.UNIX_WITH_POSIX)).describe()).contains("/work/project");
    }
}
