package dev.protostar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Workspace} must show. Each implementation gets a subclass that says
 * how to make a fresh, empty workspace; the subclasses are the test classes.
 */
abstract class WorkspaceContract {

    /** A fresh, empty workspace; called once per test, after fields such as {@code @TempDir} are set. */
    protected abstract Workspace newWorkspace() throws Exception;

    /** The folder {@link Workspace#localDirectory()} must report, or empty when it must report none. */
    protected abstract Optional<Path> expectedLocalDirectory();

    /** Whether file names outside ASCII can be stored (the default file system depends on the locale). */
    protected boolean supportsNonAsciiNames() {
        return true;
    }

    /** Whether the workspace keeps modification times (a dry-run overlay keeps none of its own). */
    protected boolean keepsModificationTimes() {
        return true;
    }

    /**
     * Makes {@code link} in the root a symbolic link to a new folder outside the root that holds
     * {@code data/kept.txt}, and returns that folder; empty when the backend has no links.
     */
    protected Optional<Path> linkToAFolderOutside(String link) throws Exception {
        return Optional.empty();
    }

    protected Workspace ws;

    @BeforeEach
    final void createWorkspace() throws Exception {
        ws = newWorkspace();
    }

    static WorkspacePath p(String path) {
        return WorkspacePath.of(path);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Asserts a {@link WorkspaceException} about {@code path} whose message names it. */
    static void assertFailsNaming(WorkspacePath path, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(path.toString())
                .satisfies(e -> assertThat(((WorkspaceException) e).path()).contains(path));
    }

    // ------------------------------------------------------------------ read and write

    @Test
    void writtenTextReadsBackByteForByte() {
        byte[] content = utf8("line one\r\nline two\n\uFEFFünïcödé ✓\n");
        ws.write(p("notes.txt"), content);

        assertThat(ws.read(p("notes.txt"))).containsExactly(content);
        assertThat(ws.readString(p("notes.txt"))).isEqualTo("line one\r\nline two\n\uFEFFünïcödé ✓\n");
    }

    @Test
    void everyByteValueSurvives() {
        byte[] content = new byte[512];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 7);
        }
        ws.write(p("blob.bin"), content);

        assertThat(ws.read(p("blob.bin"))).containsExactly(content);
    }

    @Test
    void anEmptyFileIsAFileOfSizeZero() {
        ws.write(p("empty"), new byte[0]);

        assertThat(ws.read(p("empty"))).isEmpty();
        assertThat(ws.isFile(p("empty"))).isTrue();
        assertThat(ws.attributes(p("empty")).orElseThrow().size()).isZero();
    }

    @Test
    void aOneMegabyteFileSurvives() {
        byte[] content = new byte[1 << 20];
        new Random(20240601L).nextBytes(content);
        ws.write(p("large.bin"), content);

        assertThat(ws.read(p("large.bin"))).containsExactly(content);
        assertThat(ws.attributes(p("large.bin")).orElseThrow().size()).isEqualTo(1 << 20);
    }

    @Test
    void writeReplacesTheWholeContent() {
        ws.write(p("config.toml"), utf8("a much longer first version of the file\n"));
        ws.write(p("config.toml"), utf8("short\n"));

        assertThat(ws.read(p("config.toml"))).containsExactly(utf8("short\n"));
        assertThat(ws.attributes(p("config.toml")).orElseThrow().size()).isEqualTo(6);
        assertThat(ws.list(WorkspacePath.root())).containsExactly(p("config.toml"));
    }

    @Test
    void writeAndReadDoNotShareArraysWithTheCaller() {
        byte[] content = utf8("original");
        ws.write(p("f"), content);
        content[0] = 'X';

        byte[] first = ws.read(p("f"));
        first[1] = 'Y';

        assertThat(ws.read(p("f"))).containsExactly(utf8("original"));
    }

    @Test
    void writesIntoNestedFolders() {
        ws.createDirectories(p(".venv/bin"));
        ws.write(p(".venv/bin/python"), utf8("#!/bin/sh\n"));

        assertThat(ws.read(p(".venv/bin/python"))).containsExactly(utf8("#!/bin/sh\n"));
    }

    @Test
    void aFileNameOf255CharactersCanBeWritten() {
        WorkspacePath longName = p("n".repeat(251) + ".txt");
        ws.write(longName, utf8("long\n"));
        ws.write(longName, utf8("longer\n"));

        assertThat(ws.read(longName)).containsExactly(utf8("longer\n"));
        assertThat(ws.list(WorkspacePath.root())).containsExactly(longName);
    }

    @Test
    void nonAsciiNamesRoundTrip() {
        assumeThat(supportsNonAsciiNames()).as("the platform can encode non-ASCII file names").isTrue();
        ws.createDirectories(p("dönüş/文件"));
        ws.write(p("dönüş/文件/ß.txt"), utf8("x"));

        assertThat(ws.list(p("dönüş"))).containsExactly(p("dönüş/文件"));
        assertThat(ws.list(p("dönüş/文件"))).containsExactly(p("dönüş/文件/ß.txt"));
        assertThat(ws.read(p("dönüş/文件/ß.txt"))).containsExactly(utf8("x"));
    }

    @Test
    void writeIntoAMissingFolderFailsNamingThePathAndCreatesNothing() {
        WorkspacePath target = p("missing/deeper/file.txt");

        assertFailsNaming(target, () -> ws.write(target, utf8("x")));
        assertThatThrownBy(() -> ws.write(target, utf8("x"))).hasMessageContaining("missing/deeper");
        assertThat(ws.exists(p("missing"))).isFalse();
        assertThat(ws.list(WorkspacePath.root())).isEmpty();
    }

    @Test
    void writeBelowAFileFails() {
        ws.write(p("plain"), utf8("keep me"));

        assertFailsNaming(p("plain/child"), () -> ws.write(p("plain/child"), utf8("x")));
        assertThat(ws.read(p("plain"))).containsExactly(utf8("keep me"));
    }

    @Test
    void writeOntoAFolderFailsAndLeavesTheFolder() {
        ws.createDirectories(p("src/pkg"));
        ws.write(p("src/pkg/mod.py"), utf8("print(1)\n"));

        assertFailsNaming(p("src/pkg"), () -> ws.write(p("src/pkg"), utf8("x")));
        assertThat(ws.isDirectory(p("src/pkg"))).isTrue();
        assertThat(ws.read(p("src/pkg/mod.py"))).containsExactly(utf8("print(1)\n"));
    }

    @Test
    void writeOntoTheRootFails() {
        assertThatThrownBy(() -> ws.write(WorkspacePath.root(), utf8("x"))).isInstanceOf(WorkspaceException.class);
        assertThat(ws.isDirectory(WorkspacePath.root())).isTrue();
    }

    @Test
    void readOfAMissingFileNamesThePath() {
        assertFailsNaming(p("nope/absent.txt"), () -> ws.read(p("nope/absent.txt")));
        assertThatThrownBy(() -> ws.read(p("absent.txt"))).hasMessageContaining("does not exist");
    }

    @Test
    void readOfAFolderFailsNamingIt() {
        ws.createDirectories(p("dir"));

        assertFailsNaming(p("dir"), () -> ws.read(p("dir")));
    }

    @Test
    void readBelowAFileFailsNamingThePath() {
        ws.write(p("plain"), utf8("x"));

        assertFailsNaming(p("plain/child"), () -> ws.read(p("plain/child")));
    }

    // ------------------------------------------------------------------ folders

    @Test
    void createDirectoriesCreatesEveryMissingParent() {
        ws.createDirectories(p("a/b/c"));

        assertThat(ws.isDirectory(p("a"))).isTrue();
        assertThat(ws.isDirectory(p("a/b"))).isTrue();
        assertThat(ws.isDirectory(p("a/b/c"))).isTrue();
        assertThat(ws.list(p("a/b/c"))).isEmpty();
    }

    @Test
    void createDirectoriesIsIdempotent() {
        ws.createDirectories(p("a/b"));
        ws.write(p("a/b/keep.txt"), utf8("kept"));

        ws.createDirectories(p("a/b"));
        ws.createDirectories(p("a"));
        ws.createDirectories(WorkspacePath.root());

        assertThat(ws.list(p("a"))).containsExactly(p("a/b"));
        assertThat(ws.list(p("a/b"))).containsExactly(p("a/b/keep.txt"));
        assertThat(ws.read(p("a/b/keep.txt"))).containsExactly(utf8("kept"));
    }

    @Test
    void createDirectoriesFailsWhenAFileIsInTheWay() {
        ws.write(p("tests"), utf8("not a folder"));

        assertFailsNaming(p("tests"), () -> ws.createDirectories(p("tests")));
        assertThat(ws.isFile(p("tests"))).isTrue();
        assertThat(ws.read(p("tests"))).containsExactly(utf8("not a folder"));
    }

    @Test
    void createDirectoriesFailsWhenAFileIsInTheWayHigherUp() {
        ws.createDirectories(p("a"));
        ws.write(p("a/b"), utf8("not a folder"));

        assertFailsNaming(p("a/b/c/d"), () -> ws.createDirectories(p("a/b/c/d")));
        assertThat(ws.read(p("a/b"))).containsExactly(utf8("not a folder"));
        assertThat(ws.list(p("a"))).containsExactly(p("a/b"));
    }

    // ------------------------------------------------------------------ delete

    @Test
    void deleteRemovesAFile() {
        ws.write(p("f.txt"), utf8("x"));

        assertThat(ws.delete(p("f.txt"))).isTrue();
        assertThat(ws.exists(p("f.txt"))).isFalse();
        assertThat(ws.list(WorkspacePath.root())).isEmpty();
    }

    @Test
    void deleteRemovesAnEmptyFolder() {
        ws.createDirectories(p("a/b"));

        assertThat(ws.delete(p("a/b"))).isTrue();
        assertThat(ws.exists(p("a/b"))).isFalse();
        assertThat(ws.isDirectory(p("a"))).isTrue();
    }

    @Test
    void deleteOfSomethingMissingReturnsFalse() {
        ws.write(p("plain"), utf8("x"));

        assertThat(ws.delete(p("missing"))).isFalse();
        assertThat(ws.delete(p("missing/child"))).isFalse();
        assertThat(ws.delete(p("plain/child"))).isFalse();
        assertThat(ws.read(p("plain"))).containsExactly(utf8("x"));
    }

    @Test
    void deleteOfANonEmptyFolderFailsAndRemovesNothing() {
        ws.createDirectories(p("a/b"));
        ws.write(p("a/b/f"), utf8("x"));

        assertFailsNaming(p("a"), () -> ws.delete(p("a")));
        assertThatThrownBy(() -> ws.delete(p("a"))).hasMessageContaining("not empty");
        assertThat(ws.read(p("a/b/f"))).containsExactly(utf8("x"));
    }

    @Test
    void deleteOfTheRootIsRefused() {
        assertThatThrownBy(() -> ws.delete(WorkspacePath.root())).isInstanceOf(WorkspaceException.class);
        assertThat(ws.isDirectory(WorkspacePath.root())).isTrue();
    }

    // ------------------------------------------------------------------ list

    @Test
    void listReturnsDirectChildrenSortedByName() {
        for (String name : List.of("b.txt", "a.txt", "Z.txt", "_x", "10", "9", ".hidden")) {
            ws.write(p(name), utf8(name));
        }
        ws.createDirectories(p("c/d"));
        ws.write(p("c/d/e.txt"), utf8("e"));
        ws.write(p("c/z.txt"), utf8("z"));
        ws.write(p("c/a.txt"), utf8("a"));

        assertThat(ws.list(WorkspacePath.root())).extracting(WorkspacePath::toString)
                .containsExactly(".hidden", "10", "9", "Z.txt", "_x", "a.txt", "b.txt", "c");
        assertThat(ws.list(p("c"))).containsExactly(p("c/a.txt"), p("c/d"), p("c/z.txt"));
        assertThat(ws.list(p("c/d"))).containsExactly(p("c/d/e.txt"));
    }

    @Test
    void listOfAnEmptyRootIsEmpty() {
        assertThat(ws.list(WorkspacePath.root())).isEmpty();
    }

    @Test
    void listOfAFileOrSomethingMissingFails() {
        ws.write(p("f"), utf8("x"));

        assertFailsNaming(p("f"), () -> ws.list(p("f")));
        assertFailsNaming(p("missing"), () -> ws.list(p("missing")));
    }

    // ------------------------------------------------------------------ attributes

    @Test
    void attributesOfAFile() {
        ws.write(p("f.txt"), utf8("12345"));

        FileAttributes attributes = ws.attributes(p("f.txt")).orElseThrow();
        assertThat(attributes.kind()).isEqualTo(FileAttributes.Kind.FILE);
        assertThat(attributes.isFile()).isTrue();
        assertThat(attributes.isDirectory()).isFalse();
        assertThat(attributes.isSymbolicLink()).isFalse();
        assertThat(attributes.size()).isEqualTo(5);
        assertThat(attributes.posixMode()).isPresent();
        assertThat(attributes.posixMode().getAsInt() & 0400).as("owner may read").isEqualTo(0400);
        assertThat(attributes.posixMode().getAsInt() & ~0777).as("only permission bits").isZero();
    }

    @Test
    void attributesOfAFolder() {
        ws.createDirectories(p("d"));
        ws.write(p("d/f"), utf8("content"));

        FileAttributes attributes = ws.attributes(p("d")).orElseThrow();
        assertThat(attributes.kind()).isEqualTo(FileAttributes.Kind.DIRECTORY);
        assertThat(attributes.isDirectory()).isTrue();
        assertThat(attributes.size()).isZero();
        assertThat(attributes.posixMode()).isPresent();
        assertThat(ws.attributes(WorkspacePath.root()).orElseThrow().kind()).isEqualTo(FileAttributes.Kind.DIRECTORY);
    }

    @Test
    void attributesOfSomethingMissingAreEmpty() {
        ws.write(p("plain"), utf8("x"));

        assertThat(ws.attributes(p("missing"))).isEmpty();
        assertThat(ws.attributes(p("missing/child"))).isEmpty();
        assertThat(ws.attributes(p("plain/child"))).isEmpty();
    }

    @Test
    void existsIsFileAndIsDirectoryAgree() {
        ws.createDirectories(p("dir"));
        ws.write(p("dir/file"), utf8("x"));
        ws.write(p("plain"), utf8("x"));

        assertThat(ws.exists(WorkspacePath.root())).isTrue();
        assertThat(ws.isDirectory(WorkspacePath.root())).isTrue();
        assertThat(ws.isFile(WorkspacePath.root())).isFalse();

        assertThat(ws.exists(p("dir"))).isTrue();
        assertThat(ws.isDirectory(p("dir"))).isTrue();
        assertThat(ws.isFile(p("dir"))).isFalse();

        assertThat(ws.exists(p("dir/file"))).isTrue();
        assertThat(ws.isFile(p("dir/file"))).isTrue();
        assertThat(ws.isDirectory(p("dir/file"))).isFalse();

        assertThat(ws.exists(p("dir/missing"))).isFalse();
        assertThat(ws.isFile(p("dir/missing"))).isFalse();
        assertThat(ws.isDirectory(p("dir/missing"))).isFalse();

        assertThat(ws.exists(p("plain/child"))).isFalse();
        assertThat(ws.isFile(p("plain/child"))).isFalse();
        assertThat(ws.isDirectory(p("plain/child"))).isFalse();
    }

    // ------------------------------------------------------------------ modification times

    @Test
    void aSetModificationTimeReadsBackForFilesAndFolders() {
        org.junit.jupiter.api.Assumptions.assumeTrue(keepsModificationTimes(), "this workspace keeps no times");
        ws.createDirectories(p("d"));
        ws.write(p("d/f"), utf8("x"));
        java.time.Instant earlier = java.time.Instant.parse("2001-02-03T04:05:06Z");

        ws.setModifiedTime(p("d/f"), earlier);
        ws.setModifiedTime(p("d"), earlier);

        assertThat(ws.attributes(p("d/f")).orElseThrow().modified()).contains(earlier);
        assertThat(ws.attributes(p("d")).orElseThrow().modified()).contains(earlier);
    }

    @Test
    void writingAFileOrAddingAnEntryMovesTheTimeOn() {
        org.junit.jupiter.api.Assumptions.assumeTrue(keepsModificationTimes(), "this workspace keeps no times");
        ws.createDirectories(p("d"));
        ws.write(p("d/f"), utf8("x"));
        java.time.Instant earlier = java.time.Instant.parse("2001-02-03T04:05:06Z");
        ws.setModifiedTime(p("d/f"), earlier);
        ws.setModifiedTime(p("d"), earlier);

        ws.write(p("d/f"), utf8("y"));
        ws.write(p("d/g"), utf8("z"));

        assertThat(ws.attributes(p("d/f")).orElseThrow().modified()).isPresent().get().isNotEqualTo(earlier);
        assertThat(ws.attributes(p("d")).orElseThrow().modified()).isPresent().get().isNotEqualTo(earlier);
    }

    @Test
    void settingTheTimeOfSomethingMissingFailsNamingIt() {
        assertFailsNaming(p("missing"), () -> ws.setModifiedTime(p("missing"), java.time.Instant.EPOCH));
    }

    // ------------------------------------------------------------------ identity

    @Test
    void localDirectoryIsPresentOnlyOnTheDefaultFileSystem() {
        assertThat(ws.localDirectory()).isEqualTo(expectedLocalDirectory());
    }

    @Test
    void describeSaysSomething() {
        assertThat(ws.describe()).isNotBlank();
    }

    // ------------------------------------------------------------------ modes

    @Test
    void setPosixModeChangesTheModeAndARewriteKeepsIt() {
        ws.write(p("run.sh"), utf8("#!/bin/sh\n"));

        ws.setPosixMode(p("run.sh"), 0750);
        assertThat(ws.attributes(p("run.sh")).orElseThrow().posixMode()).hasValue(0750);

        ws.write(p("run.sh"), utf8("#!/bin/sh\necho hi\n"));
        assertThat(ws.attributes(p("run.sh")).orElseThrow().posixMode()).hasValue(0750);

        ws.setPosixMode(p("run.sh"), 0644);
        assertThat(ws.attributes(p("run.sh")).orElseThrow().posixMode()).hasValue(0644);
    }

    @Test
    void setPosixModeWorksOnFolders() {
        ws.createDirectories(p("bin"));

        ws.setPosixMode(p("bin"), 0700);

        assertThat(ws.attributes(p("bin")).orElseThrow().posixMode()).hasValue(0700);
        ws.setPosixMode(p("bin"), 0755);
    }

    @Test
    void setPosixModeOfSomethingMissingFailsNamingIt() {
        assertFailsNaming(p("absent.sh"), () -> ws.setPosixMode(p("absent.sh"), 0755));
    }

    @Test
    void setPosixModeRefusesBitsBeyondPermissions() {
        ws.write(p("f"), utf8("x"));

        assertThatThrownBy(() -> ws.setPosixMode(p("f"), 04755)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("04755");
        assertThat(ws.attributes(p("f")).orElseThrow().posixMode().getAsInt() & 0400).isEqualTo(0400);
    }

    // ------------------------------------------------------------------ run lock

    @Test
    void aSecondLockFailsAtOnceUntilTheFirstIsClosed() {
        ws.createDirectories(p(".protostar"));
        WorkspaceLock first = ws.lock(p(".protostar"));

        assertThatThrownBy(() -> ws.lock(p(".protostar")))
                .isInstanceOf(WorkspaceBusyException.class)
                .hasMessageContaining("Another Protostar run is working in")
                .extracting(e -> ((ProtostarException) e).exitCode()).isEqualTo(75);

        first.close();
        first.close();
        ws.lock(p(".protostar")).close();
    }

    @Test
    void closingTheLockRemovesEveryFileItMade() {
        ws.createDirectories(p(".protostar"));

        try (WorkspaceLock lock = ws.lock(p(".protostar"))) {
            assertThat(lock).isNotNull();
        }

        assertThat(ws.list(p(".protostar"))).isEmpty();
    }

    // ------------------------------------------------------------------ symbolic links

    @Test
    void nothingIsWrittenDeletedOrListedBelowASymbolicLink() throws Exception {
        Optional<Path> outside = linkToAFolderOutside("up");
        org.junit.jupiter.api.Assumptions.assumeTrue(outside.isPresent(), "this workspace has no symbolic links");
        Path kept = outside.get().resolve("data/kept.txt");
        java.util.List<ThrowingCallable> calls = List.of(
                () -> ws.write(p("up/data/kept.txt"), utf8("replaced")),
                () -> ws.write(p("up/new.txt"), utf8("new")),
                () -> ws.delete(p("up/data/kept.txt")),
                () -> ws.delete(p("up/data")),
                () -> ws.createDirectories(p("up/made/here")),
                () -> ws.setPosixMode(p("up/data/kept.txt"), 0777),
                () -> ws.setModifiedTime(p("up/data/kept.txt"), java.time.Instant.EPOCH),
                () -> ws.list(p("up/data")));
        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call).isInstanceOfSatisfying(WorkspaceException.class, e -> {
                assertThat(e.getMessage()).contains("up is a symbolic link").contains("never writes, deletes or lists");
                assertThat(e.hint()).get().asString().contains("Replace the link up");
            });
        }
        assertThat(java.nio.file.Files.readString(kept)).isEqualTo("kept");
        assertThat(java.nio.file.Files.exists(outside.get().resolve("new.txt"))).isFalse();
        assertThat(java.nio.file.Files.exists(outside.get().resolve("made"))).isFalse();
        assertThat(ws.attributes(p("up")).orElseThrow().isSymbolicLink()).as("the link itself may still be removed").isTrue();
        assertThat(ws.delete(p("up"))).isTrue();
        assertThat(java.nio.file.Files.readString(kept)).isEqualTo("kept");
    }
}
