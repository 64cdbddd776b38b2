package dev.protostar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Jimfs;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Where the journal key lives, how it is made, and that it seals and checks without ever being shown. */
class JournalKeyTest {

    private static final byte[] MESSAGE = "protostar-journal 2\n".getBytes(StandardCharsets.UTF_8);

    private FileSystem fs;

    @BeforeEach
    void newFileSystem() {
        fs = Jimfs.newFileSystem(JimfsWorkspaceTest.UNIX_WITH_POSIX);
    }

    @AfterEach
    void closeFileSystem() throws Exception {
        fs.close();
    }

    @Test
    void theUsersKeyIsInTheStateFolderOfTheGivenEnvironment() {
        assertThat(JournalKey.forUser(Map.of("XDG_STATE_HOME", "/s", "HOME", "/h")).file())
                .contains(Path.of("/s/protostar/journal.key"));
        assertThat(JournalKey.forUser(Map.of("XDG_STATE_HOME", "relative", "HOME", "/h")).file())
                .as("a relative XDG_STATE_HOME is ignored, as the XDG specification says")
                .contains(Path.of("/h/.local/state/protostar/journal.key"));
        assertThat(JournalKey.forUser(Map.of("HOME", "/h")).file()).contains(Path.of("/h/.local/state/protostar/journal.key"));
    }

    @Test
    void withoutStateFolderOrHomeTheKeyIsUnavailableAndSaysWhy() {
        JournalKey none = JournalKey.forUser(Map.of());

        assertThat(none.file()).isEmpty();
        assertThatThrownBy(() -> none.sign(MESSAGE)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("neither XDG_STATE_HOME nor HOME is set");
    }

    @Test
    void theKeyFileIsMadeOnFirstNeedPrivateAndThenReused() throws Exception {
        Path file = fs.getPath("/home/u/.local/state/protostar/journal.key");
        JournalKey key = JournalKey.at(file);
        assertThat(file).as("not before it is needed").doesNotExist();

        byte[] mac = key.sign(MESSAGE);

        assertThat(Files.size(file)).isEqualTo(JournalKey.LENGTH);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(Files.list(file.getParent())).as("no temporary file left").containsExactly(file);
        assertThat(JournalKey.at(file).verify(MESSAGE, mac)).as("another run of this user checks the seal").isTrue();
        assertThat(JournalKey.at(file).sign(MESSAGE)).isEqualTo(mac);
        assertThat(key.toString()).doesNotContain(java.util.HexFormat.of().formatHex(Files.readAllBytes(file)));
    }

    @Test
    void checkingNeverCreatesTheKeyAndAMissingKeyIsSaid() {
        Path file = fs.getPath("/home/u/journal.key");

        assertThatThrownBy(() -> JournalKey.at(file).verify(MESSAGE, new byte[32]))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("does not exist");
        assertThat(file).doesNotExist();
    }

    @Test
    void aDamagedKeyFileIsRefusedNotReplaced() throws Exception {
        Path file = Files.createDirectories(fs.getPath("/k")).resolve("journal.key");
        Files.write(file, new byte[5]);

        assertThatThrownBy(() -> JournalKey.at(file).sign(MESSAGE)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("holds 5 bytes, not 32");
        assertThat(Files.size(file)).isEqualTo(5);
    }

    @Test
    void aKeyThatCannotBeCreatedSaysWhy() throws Exception {
        Path readOnly = Files.createDirectories(fs.getPath("/ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-x------"));
        JournalKey key = JournalKey.at(fs.getPath("/ro/file/as/folder/journal.key"));
        Files.writeString(fs.getPath("/ro/file"), "a file is in the way");

        assertThatThrownBy(() -> key.sign(MESSAGE)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot create the folder of the journal key /ro/file/as/folder/journal.key");
    }

    @Test
    void sealsDependOnKeyAndMessageAndHostsCanBeNamed() {
        JournalKey one = JournalKey.of(new byte[16]);
        JournalKey other = JournalKey.of(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});

        assertThat(one.verify(MESSAGE, one.sign(MESSAGE))).isTrue();
        assertThat(other.verify(MESSAGE, one.sign(MESSAGE))).isFalse();
        assertThat(one.verify("x".getBytes(StandardCharsets.UTF_8), one.sign(MESSAGE))).isFalse();
        assertThat(JournalKey.random().verify(MESSAGE, JournalKey.random().sign(MESSAGE))).isFalse();
        assertThat(one.onHost("build-7").host()).isEqualTo("build-7");
        assertThat(one.host()).isNotBlank();
        assertThatThrownBy(() -> JournalKey.of(new byte[15])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSealIsHmacSha256AsTheJavaRuntimeComputesIt() throws Exception {
        java.util.Random random = new java.util.Random(12);
        for (int keyLength : new int[] {16, 32, 64, 65, 200}) {
            for (int messageLength : new int[] {0, 1, 63, 64, 65, 1000}) {
                byte[] key = new byte[keyLength];
                byte[] message = new byte[messageLength];
                random.nextBytes(key);
                random.nextBytes(message);
                javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
                mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));

                assertThat(JournalKey.of(key).sign(message)).as(keyLength + "/" + messageLength)
                        .isEqualTo(mac.doFinal(message));
            }
        }
    }
}
