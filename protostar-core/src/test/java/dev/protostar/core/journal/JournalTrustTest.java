package dev.protostar.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.protostar.api.JournalKey;
import dev.protostar.api.UntrustedJournalException;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A journal is replayed only when this machine wrote it for this workspace: every seal is checked,
 * with the key, folder, host and nonce, before anything is replayed or removed; and a replay never
 * deletes or writes below a symbolic link.
 */
class JournalTrustTest {

    private static final JournalKey KEY = JournalKey.of(new byte[32]).onHost("this-host");
    private static final WorkspacePath CONFIG = WorkspacePath.of("config.toml");
    private static final WorkspacePath ENTRY_1 = WorkspacePath.of(".protostar/journal/000001.entry");
    private static final WorkspacePath ENTRY_2 = WorkspacePath.of(".protostar/journal/000002.entry");

    private final FileSystem fs = Jimfs.newFileSystem(
            Configuration.unix().toBuilder().setAttributeViews("basic", "owner", "posix", "unix").build());

    @AfterEach
    void close() throws Exception {
        fs.close();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A run that changed config.toml and created new.txt, then was killed: its journal stays open. */
    private static Workspace killedRun(Workspace ws, JournalKey key) {
        ws.write(CONFIG, utf8("old\n"));
        MutationJournal journal = new MutationJournal(ws, key);
        journal.beforeWrite(CONFIG);
        ws.write(CONFIG, utf8("new\n"));
        journal.beforeWrite(WorkspacePath.of("new.txt"));
        ws.write(WorkspacePath.of("new.txt"), utf8("new\n"));
        return ws; // never committed nor rolled back: the process "died"
    }

    private static Map<String, String> files(Workspace ws) {
        Map<String, String> all = new TreeMap<>();
        walk(ws, WorkspacePath.root(), all);
        return all;
    }

    private static void walk(Workspace ws, WorkspacePath folder, Map<String, String> all) {
        for (WorkspacePath child : ws.list(folder)) {
            if (ws.isDirectory(child)) {
                all.put(child + "/", "");
                walk(ws, child, all);
            } else {
                all.put(child.toString(), ws.readString(child));
            }
        }
    }

    private static void assertUntrusted(Workspace ws, JournalKey key, WorkspacePath file, String problem) {
        Map<String, String> before = files(ws);
        assertThatThrownBy(() -> Recovery.run(ws, key, JournalStore.identity(ws))).isInstanceOfSatisfying(UntrustedJournalException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(65);
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.getMessage()).contains("was not written by Protostar on this machine for this folder")
                    .contains(problem).endsWith("Nothing was replayed or changed.");
            assertThat(e.hint()).hasValue("Look at .protostar/journal/*.entry (each names a path; .bytes holds a file's"
                    + " earlier content); if you did not run Protostar here, delete .protostar/ and run again.");
        });
        assertThat(files(ws)).as("nothing replayed, nothing removed").isEqualTo(before);
    }

    @Test
    void aJournalThisMachineWroteIsReplayed() {
        Workspace ws = killedRun(Workspace.inMemory(), KEY);

        assertThat(Recovery.run(ws, KEY, JournalStore.identity(ws))).get().satisfies(o -> assertThat(o.restored())
                .containsExactlyInAnyOrder(CONFIG, WorkspacePath.of("new.txt")));
        assertThat(files(ws)).as("the session removes the empty .protostar/ later")
                .containsOnlyKeys("config.toml", ".protostar/").containsEntry("config.toml", "old\n");
    }

    @Test
    void anotherKeyDoesNotMatch() {
        Workspace ws = killedRun(Workspace.inMemory(), JournalKey.of(new byte[32]).onHost("this-host"));
        ws.write(WorkspacePath.of(".protostar/journal/run"), ws.read(WorkspacePath.of(".protostar/journal/run")));

        assertUntrusted(ws, JournalKey.of(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
                .onHost("this-host"), JournalStore.HEADER, "the seal of .protostar/journal/run does not match");
    }

    @Test
    void anEditedEntryIsRefusedByName() {
        Workspace ws = killedRun(Workspace.inMemory(), KEY);
        ws.write(ENTRY_2, utf8(ws.readString(ENTRY_2).replace("path new.txt", "path .git/hooks/post-commit")));

        assertUntrusted(ws, KEY, ENTRY_2, "the seal of " + ENTRY_2 + " does not match");
    }

    @Test
    void entriesCannotBeReordered() {
        Workspace ws = killedRun(Workspace.inMemory(), KEY);
        byte[] first = ws.read(ENTRY_1);
        ws.write(ENTRY_1, ws.read(ENTRY_2));
        ws.write(ENTRY_2, first);

        assertUntrusted(ws, KEY, ENTRY_1, "does not match");
    }

    @Test
    void anEntryOfAnotherJournalIsRefusedEvenUnderTheSameKey() {
        Workspace other = killedRun(Workspace.inMemory(), KEY);
        Workspace ws = killedRun(Workspace.inMemory(), KEY);
        ws.write(ENTRY_2, other.read(ENTRY_2));

        assertUntrusted(ws, KEY, ENTRY_2, "it belongs to another journal than .protostar/journal/run");
    }

    @Test
    void aJournalWrittenOnAnotherHostIsRefused() {
        Workspace ws = killedRun(Workspace.inMemory(), KEY.onHost("laptop-of-someone-else"));

        assertUntrusted(ws, KEY, JournalStore.HEADER, "it was written on the host laptop-of-someone-else, not on this"
                + " one (this-host)");
    }

    @Test
    void aJournalCopiedToAnotherFolderIsRefused() throws Exception {
        Path original = Files.createDirectories(fs.getPath("/work/original"));
        Path copy = Files.createDirectories(fs.getPath("/work/copy"));
        killedRun(Workspace.at(original), KEY);
        try (Stream<Path> all = Files.walk(original)) {
            for (Path path : (Iterable<Path>) all::iterator) {
                Path target = copy.resolve(original.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }

        assertUntrusted(Workspace.at(copy), KEY, JournalStore.HEADER,
                "it was written for the folder /work/original, not for this one (/work/copy)");
    }

    @Test
    void aMissingKeyFileMeansNoReplayAndIsNotCreatedByTheCheck() {
        Workspace ws = killedRun(Workspace.inMemory(), KEY);
        Path keyFile = fs.getPath("/home/u/.local/state/protostar/journal.key");

        assertUntrusted(ws, JournalKey.at(keyFile).onHost("this-host"), JournalStore.HEADER,
                "its seal cannot be checked: the journal key /home/u/.local/state/protostar/journal.key does not exist");
        assertThat(keyFile).doesNotExist();
    }

    @Test
    void withoutAKeyTheRunStillRollsBackButItsJournalIsNeverReplayed() {
        Workspace ws = Workspace.inMemory();
        ws.write(CONFIG, utf8("old\n"));
        JournalKey none = JournalKey.forUser(Map.of());
        MutationJournal journal = new MutationJournal(ws, none);
        journal.beforeWrite(CONFIG);
        ws.write(CONFIG, utf8("new\n"));

        assertThat(ws.readString(JournalStore.HEADER)).contains("\nseal-missing neither XDG_STATE_HOME nor HOME is set");
        assertUntrusted(ws, none, JournalStore.HEADER, "it was written while the journal key could not be read or created"
                + " (neither XDG_STATE_HOME nor HOME is set, so there is no place outside the project for Protostar's"
                + " journal key)");

        assertThat(journal.rollback().complete()).as("in process, the records need no seal").isTrue();
        assertThat(files(ws)).containsExactly(Map.entry("config.toml", "old\n"));
    }

    @Test
    void leftoverEntriesWithoutAHeaderAreRemovedOnlyWhenTheirSealsCheck() {
        Workspace ws = killedRun(Workspace.inMemory(), KEY);
        ws.delete(JournalStore.HEADER);
        Workspace forged = Workspace.inMemory();
        forged.createDirectories(ProtostarFolder.JOURNAL);
        forged.write(ENTRY_1, utf8("protostar-journal-entry 2\npath x\nprior absent\nnonce 00\nmac 00\n"));

        assertUntrusted(forged, KEY, ENTRY_1, "does not match");
        Workspace stranger = Workspace.inMemory();
        stranger.createDirectories(ProtostarFolder.JOURNAL);
        stranger.write(WorkspacePath.of(".protostar/journal/notes.md"), utf8("# mine\n"));
        assertUntrusted(stranger, KEY, WorkspacePath.of(".protostar/journal/notes.md"),
                "it holds .protostar/journal/notes.md, which no sealed entry of a run here accounts for");
        assertThat(Recovery.run(ws, KEY, JournalStore.identity(ws))).isEmpty();
        assertThat(files(ws)).as("leftovers removed, nothing replayed").containsOnlyKeys("config.toml", "new.txt", ".protostar/");
    }

    @Test
    void aReplayNeverDeletesBelowASymbolicLink() throws Exception {
        Path root = Files.createDirectories(fs.getPath("/work/project"));
        Path outside = Files.createDirectories(fs.getPath("/work/victim/data"));
        Files.writeString(outside.resolve("precious.txt"), "precious");
        Workspace ws = Workspace.at(root);
        ws.createDirectories(WorkspacePath.of("up"));
        MutationJournal journal = new MutationJournal(ws, KEY);
        journal.beforeWrite(WorkspacePath.of("up/data"));
        ws.delete(WorkspacePath.of("up"));
        Files.createSymbolicLink(root.resolve("up"), fs.getPath("../victim"));

        RollbackResult result = journal.rollback();

        assertThat(result.notRestored()).containsOnlyKeys(WorkspacePath.of("up/data"));
        assertThat(result.notRestored().get(WorkspacePath.of("up/data")))
                .startsWith("its folder up is now a symbolic link; Protostar never deletes or writes through a link");
        assertThat(Files.readString(outside.resolve("precious.txt"))).isEqualTo("precious");
    }

    @Test
    void aReplayRemovesALinkTheRunMadeButNotWhatItPointsTo() throws Exception {
        Path root = Files.createDirectories(fs.getPath("/work/project"));
        Path outside = Files.createDirectories(fs.getPath("/work/victim"));
        Files.writeString(outside.resolve("precious.txt"), "precious");
        Workspace ws = Workspace.at(root);
        MutationJournal journal = new MutationJournal(ws, KEY);
        journal.beforeTask(WorkspacePath.of(".venv"));
        Files.createSymbolicLink(root.resolve(".venv"), outside);

        assertThat(journal.rollback().complete()).isTrue();

        assertThat(root.resolve(".venv")).doesNotExist();
        assertThat(Files.readString(outside.resolve("precious.txt"))).isEqualTo("precious");
    }

    @Test
    void theSealedJournalReadsBackWithItsEntries() {
        Workspace ws = killedRun(Workspace.inMemory(), KEY);

        Optional<JournalStore.Leftover> leftover = JournalStore.read(ws, KEY, JournalStore.identity(ws));

        assertThat(leftover).get().satisfies(l -> {
            assertThat(l.open()).isTrue();
            assertThat(l.entries()).extracting(e -> e.state().path().toString()).containsExactly("config.toml", "new.txt");
        });
        assertThat(ws.readString(JournalStore.HEADER)).startsWith("protostar-journal 2\nprotostar-folder created\n"
                + "workspace in-memory workspace\nhost this-host\nnonce ").containsPattern("\nmac [0-9a-f]{64}\n$");
        assertThat(ws.readString(ENTRY_1)).containsPattern("\nnonce [0-9a-f]{32}\nmac [0-9a-f]{64}\n$");
    }
}
