package dev.protostar.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.FileAttributes;
import dev.protostar.api.JournalKey;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The on-disk entry format: readable, exact, and refusing anything it cannot vouch for. */
class JournalEntryTest {

    private static final byte[] BYTES = "a = 1\r\n\uFEFF\u00e9\n".getBytes(StandardCharsets.UTF_8);
    private static final String NONCE = "5c1e0d7f3a2b4c6d8e9f0a1b2c3d4e5f";
    private static final JournalKey KEY = JournalKey.of(new byte[32]).onHost("test-host");

    @Test
    void aFileEntryReadsLikeTheDocumentation() {
        JournalEntry entry = new JournalEntry(3, new PriorState.FileContent(WorkspacePath.of("src/app/settings.toml"),
                BYTES, OptionalInt.of(0640)), Optional.of(Instant.parse("2026-12-06T02:48:57.123456789Z")),
                Optional.of(Instant.parse("2026-12-06T02:40:00Z")), NONCE);

        assertThat(entry.entryName()).isEqualTo("000003.entry");
        assertThat(entry.render()).isEqualTo("protostar-journal-entry 2\npath src/app/settings.toml\nprior file\n"
                + "mode 0640\nsize " + BYTES.length + "\nsha256 " + Digests.sha256(BYTES) + "\nbytes 000003.bytes\n"
                + "modified 2026-12-06T02:48:57.123456789Z\nfolder-modified 2026-12-06T02:40:00Z\nnonce " + NONCE + "\n");
        JournalEntry back = JournalEntry.parse(3, entry.render(), name -> Optional.of(BYTES));
        assertThat(back.modified()).isEqualTo(entry.modified());
        assertThat(back.folderModified()).isEqualTo(entry.folderModified());
        assertThat(back.nonce()).isEqualTo(NONCE);
    }

    @Test
    void everyKindRoundTripsAndOddNamesSurvive() {
        WorkspacePath odd = WorkspacePath.of("we%ird/new\nline/ünï cödé\t.txt");
        List<PriorState> states = List.of(
                new PriorState.Absent(odd),
                new PriorState.CreatedDirectory(WorkspacePath.of("data")),
                new PriorState.ExistingDirectory(WorkspacePath.of(".git")),
                new PriorState.OtherEntry(WorkspacePath.of("link"), FileAttributes.Kind.SYMLINK),
                new PriorState.OtherEntry(WorkspacePath.of("fifo"), FileAttributes.Kind.OTHER),
                new PriorState.FileContent(odd, BYTES, OptionalInt.empty()));
        for (PriorState state : states) {
            JournalEntry entry = new JournalEntry(7, state, NONCE);
            JournalEntry back = JournalEntry.parse(7, entry.render(),
                    name -> name.equals(entry.bytesName()) ? Optional.of(BYTES) : Optional.empty());

            assertThat(back.state().path()).isEqualTo(state.path());
            assertThat(back.state().getClass()).isEqualTo(state.getClass());
            assertThat(back.render()).isEqualTo(entry.render());
        }
        assertThat(new JournalEntry(1, new PriorState.Absent(odd), NONCE).render()).contains("path we%25ird/new%0Aline/ünï cödé%09.txt\n");
    }

    @Test
    void damagedEntriesAreRefusedWithTheReason() {
        String file = new JournalEntry(1, new PriorState.FileContent(WorkspacePath.of("f"), BYTES, OptionalInt.of(0644)),
                NONCE).render();

        assertThatThrownBy(() -> JournalEntry.parse(1, file, name -> Optional.empty()))
                .hasMessageContaining("side file 000001.bytes with the prior bytes is missing");
        assertThatThrownBy(() -> JournalEntry.parse(1, file, name -> Optional.of(new byte[] {1})))
                .hasMessageContaining("does not hold the recorded bytes");
        assertThatThrownBy(() -> JournalEntry.parse(1, "protostar-journal-entry 1\npath f\nprior absent\n", n -> Optional.empty()))
                .hasMessageContaining("does not start with");
        assertThatThrownBy(() -> JournalEntry.parse(1, "protostar-journal-entry 2\npath ../x\nprior absent\nnonce a\n",
                        n -> Optional.empty()))
                .hasMessageContaining("'..' would leave the workspace root");
        assertThatThrownBy(() -> JournalEntry.parse(1, "protostar-journal-entry 2\npath f\nprior absent\n", n -> Optional.empty()))
                .hasMessageContaining("no \"nonce\" line");
        assertThatThrownBy(() -> JournalEntry.parse(1, file.replace("mode 0644", "mode 4755"), n -> Optional.of(BYTES)))
                .as("set-user-id and other bits beyond 0777 are never restored")
                .hasMessageContaining("beyond the permission bits 0777");
        assertThatThrownBy(() -> JournalEntry.parse(1, file.replace("prior file\n", "prior file\npath .git/hooks/x\n"),
                        n -> Optional.of(BYTES)))
                .hasMessageContaining("repeats \"path\"");
        assertThatThrownBy(() -> JournalEntry.parse(1, file.replace("bytes 000001.bytes", "bytes ../../etc/passwd"),
                        n -> Optional.of(BYTES)))
                .hasMessageContaining("does not name a side file of the journal");
    }

    @Test
    void aStandaloneJournalKeepsItsRecordsOnDiskAndRemovesThemWithItsFolder() {
        Workspace ws = Workspace.inMemory();
        ws.write(WorkspacePath.of("run.sh"), "#!/bin/sh\n".getBytes(StandardCharsets.UTF_8));
        ws.setPosixMode(WorkspacePath.of("run.sh"), 0755);
        MutationJournal journal = new MutationJournal(ws, KEY);

        journal.beforeWrite(WorkspacePath.of("run.sh"));
        ws.write(WorkspacePath.of("run.sh"), "changed".getBytes(StandardCharsets.UTF_8));
        ws.setPosixMode(WorkspacePath.of("run.sh"), 0600);

        Optional<JournalStore.Leftover> onDisk = JournalStore.read(ws, KEY, JournalStore.identity(ws));
        assertThat(onDisk).get().satisfies(l -> {
            assertThat(l.open()).isTrue();
            assertThat(l.folderCreated()).contains(true);
            assertThat(l.entries()).singleElement().satisfies(e -> assertThat(e.state())
                    .isInstanceOfSatisfying(PriorState.FileContent.class, f -> assertThat(f.mode()).hasValue(0755)));
        });

        RollbackResult result = journal.rollback();

        assertThat(result.complete()).isTrue();
        assertThat(result.restored()).containsExactly(WorkspacePath.of("run.sh"));
        assertThat(ws.readString(WorkspacePath.of("run.sh"))).isEqualTo("#!/bin/sh\n");
        assertThat(ws.attributes(WorkspacePath.of("run.sh")).orElseThrow().posixMode()).hasValue(0755);
        assertThat(ws.list(WorkspacePath.root())).containsExactly(WorkspacePath.of("run.sh"));
    }

    @Test
    void theJournalRefusesToRecordItsOwnFolderOrTheRoot() {
        MutationJournal journal = new MutationJournal(Workspace.inMemory());

        assertThatThrownBy(() -> journal.beforeWrite(WorkspacePath.of(".protostar/journal/run")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> journal.beforeTask(WorkspacePath.root())).isInstanceOf(IllegalArgumentException.class);
    }
}
