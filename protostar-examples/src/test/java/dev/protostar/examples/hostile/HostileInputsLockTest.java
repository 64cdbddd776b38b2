package dev.protostar.examples.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 under issue 12's rule: {@code protostar.lock} is committed with a project, so a cloned
 * repository can hold any lock it likes. A lock is read as untrusted input: it can never make a
 * sync write or delete outside the folder, follow a link, or remove a file whose content is not
 * exactly what Protostar wrote; a lock that cannot be used stops the run (exit 78) before anything
 * is written.
 */
class HostileInputsLockTest {

    @TempDir
    Path temp;

    private ClonedRepository scene;
    private Path clone;
    private Path victim;

    @BeforeEach
    void setUp() throws IOException {
        scene = ClonedRepository.in(temp, "victimdir");
        clone = scene.clone;
        victim = scene.victim;
    }

    private ClonedRepository.Run protostar(String... args) {
        return scene.protostar(args);
    }

    private void lock(String files) throws IOException {
        Files.writeString(clone.resolve("protostar.lock"), """
                schema_version = 1
                producer_version = "0.1.0"
                [request]
                languages = ["cpp"]
                tools = []
                presets = []
                modules = []
                dependencies = []
                dev_dependencies = []
                tasks = []
                """ + files, StandardCharsets.UTF_8);
    }

    private static String seedOnce(String path, String digest) {
        return """
                [[files]]
                path = "%s"
                policy = "seed-once"
                [[files.owned]]
                key = []
                value = "sha256:%s"
                """.formatted(path, digest);
    }

    private static String sha256(String content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> everything() throws IOException {
        Map<String, String> all = new HashMap<>(InputsFolderState.of(clone));
        InputsFolderState.of(victim).forEach((path, state) -> all.put("victim/" + path, state));
        return all;
    }

    @Test
    void aLockNamingAPathOutsideTheFolderIsRefusedBeforeAnythingIsWritten() throws IOException {
        lock(seedOnce("../victimdir/precious.txt", sha256("do not delete\n")));
        Map<String, String> before = everything();

        ClonedRepository.Run run = protostar("init", "--cpp", "--dir", "clone");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(78);
        assertThat(run.err()).contains("protostar.lock").contains("../victimdir/precious.txt");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aLockFromANewerProtostarIsRefusedWithWhatToDo() throws IOException {
        Files.writeString(clone.resolve("protostar.lock"), "schema_version = 99\nproducer_version = \"9.0.0\"\n");
        Map<String, String> before = everything();

        ClonedRepository.Run run = protostar("sync", "--dir", "clone");

        assertThat(run.exitCode()).isEqualTo(78);
        assertThat(run.err()).contains("schema 99").contains("upgrade Protostar");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aLockClaimingAFileThroughALinkNeitherFollowsNorDeletesIt() throws IOException {
        Files.createSymbolicLink(clone.resolve("up"), Path.of("../victimdir"));
        Files.createSymbolicLink(clone.resolve("Dockerfile"), Path.of("../victimdir/precious.txt"));
        lock(seedOnce("up/precious.txt", sha256("do not delete\n")) + seedOnce("Dockerfile", sha256("do not delete\n")));
        Map<String, String> outside = InputsFolderState.of(victim);

        ClonedRepository.Run run = protostar("init", "--cpp", "--dir", "clone");

        assertThat(InputsFolderState.of(victim)).isEqualTo(outside);
        assertThat(Files.isSymbolicLink(clone.resolve("up"))).isTrue();
        assertThat(Files.isSymbolicLink(clone.resolve("Dockerfile"))).as(run.out() + run.err()).isTrue();
    }

    @Test
    void aLockClaimingTheUsersFileWithAnotherDigestNeverRemovesIt() throws IOException {
        Files.writeString(clone.resolve("notes.txt"), "my notes\n");
        lock(seedOnce("notes.txt", sha256("what Protostar would have written\n")));

        ClonedRepository.Run run = protostar("init", "--cpp", "--dir", "clone");

        assertThat(Files.readString(clone.resolve("notes.txt"))).isEqualTo("my notes\n");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("notes.txt").contains("(retracted)").contains("--resolve");
    }

    @Test
    void aLockAskingForAToolNoProtostarHasIsAConfigurationError() throws IOException {
        Files.writeString(clone.resolve("protostar.lock"), """
                schema_version = 1
                producer_version = "0.1.0"
                [request]
                languages = ["cpp"]
                tools = ["curl-pipe-sh"]
                presets = []
                modules = []
                dependencies = []
                dev_dependencies = []
                tasks = []
                """);
        Map<String, String> before = everything();

        ClonedRepository.Run run = protostar("sync", "--dir", "clone");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(78);
        assertThat(run.err()).contains("protostar.lock").contains("curl-pipe-sh");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void anOversizedLockIsRefusedQuickly() throws IOException {
        Files.writeString(clone.resolve("protostar.lock"), "# " + "x".repeat(2 * 1024 * 1024) + "\n");
        Map<String, String> before = everything();

        ClonedRepository.Run run = protostar("status", "--dir", "clone");

        assertThat(run.exitCode()).isEqualTo(78);
        assertThat(run.err()).contains("protostar.lock");
        assertThat(everything()).isEqualTo(before);
    }
}
