package dev.protostar.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MutationJournalTest {

    private final Workspace workspace = Workspace.inMemory();
    private final MutationJournal journal = new MutationJournal(workspace);

    private static WorkspacePath p(String path) {
        return WorkspacePath.of(path);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void rollbackRestoresModifiedFileByteForByteAndRemovesCreatedOnes() {
        workspace.write(p("keep.txt"), bytes("original\r\n"));
        journal.beforeWrite(p("keep.txt"));
        workspace.write(p("keep.txt"), bytes("changed"));
        journal.beforeWrite(p("new.txt"));
        workspace.write(p("new.txt"), bytes("new"));

        assertThat(journal.rollback().notRestored()).isEmpty();

        assertThat(workspace.read(p("keep.txt"))).isEqualTo(bytes("original\r\n"));
        assertThat(workspace.exists(p("new.txt"))).isFalse();
    }

    @Test
    void onlyTheFirstRecordOfAPathCounts() {
        workspace.write(p("a.toml"), bytes("one"));
        journal.beforeWrite(p("a.toml"));
        workspace.write(p("a.toml"), bytes("two"));
        journal.beforeWrite(p("a.toml"));
        workspace.write(p("a.toml"), bytes("three"));

        journal.rollback();

        assertThat(workspace.read(p("a.toml"))).isEqualTo(bytes("one"));
    }

    @Test
    void createdDirectoriesAreRemovedInnermostFirst() {
        workspace.createDirectories(p("existing"));
        journal.beforeCreateDirectories(p("existing/a/b"));
        workspace.createDirectories(p("existing/a/b"));
        journal.beforeWrite(p("existing/a/b/file"));
        workspace.write(p("existing/a/b/file"), bytes("x"));

        assertThat(journal.rollback().notRestored()).isEmpty();

        assertThat(workspace.list(WorkspacePath.root())).containsExactly(p("existing"));
        assertThat(workspace.list(p("existing"))).isEmpty();
    }

    @Test
    void aCreatedDirectoryThatGainedForeignContentIsReportedNotDeleted() {
        journal.beforeCreateDirectories(p("data"));
        workspace.createDirectories(p("data"));
        workspace.write(p("data/foreign.csv"), bytes("1,2"));

        assertThat(journal.rollback().notRestored()).containsOnlyKeys(p("data"));
        assertThat(workspace.read(p("data/foreign.csv"))).isEqualTo(bytes("1,2"));
    }

    @Test
    void aTreeATaskCreatedIsRemovedWhole() {
        journal.beforeTask(p(".git"));
        workspace.createDirectories(p(".git/refs/heads"));
        workspace.write(p(".git/HEAD"), bytes("ref: refs/heads/main\n"));

        assertThat(journal.rollback().notRestored()).isEmpty();
        assertThat(workspace.exists(p(".git"))).isFalse();
    }

    @Test
    void commitForgetsEverything() {
        journal.beforeWrite(p("a"));
        workspace.write(p("a"), bytes("a"));
        journal.commit();

        assertThat(journal.isEmpty()).isTrue();
        assertThat(journal.rollback().notRestored()).isEmpty();
        assertThat(workspace.exists(p("a"))).isTrue();
    }
}
