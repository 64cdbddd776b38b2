package dev.protostar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The workspace contract on {@link Workspace#inMemory()}, plus what only it promises. */
class InMemoryWorkspaceTest extends WorkspaceContract {

    @Override
    protected Workspace newWorkspace() {
        return Workspace.inMemory();
    }

    @Override
    protected Optional<Path> expectedLocalDirectory() {
        return Optional.empty();
    }

    @Test
    void filesAre0644AndFoldersAre0755() {
        ws.createDirectories(p("d"));
        ws.write(p("d/f"), utf8("x"));

        assertThat(ws.attributes(p("d")).orElseThrow().posixMode()).isEqualTo(OptionalInt.of(0755));
        assertThat(ws.attributes(p("d/f")).orElseThrow().posixMode()).isEqualTo(OptionalInt.of(0644));
        assertThat(ws.attributes(WorkspacePath.root()).orElseThrow().posixMode()).isEqualTo(OptionalInt.of(0755));
    }

    @Test
    void twoInMemoryWorkspacesAreIndependent() {
        Workspace other = Workspace.inMemory();
        ws.write(p("f"), utf8("x"));

        assertThat(other.exists(p("f"))).isFalse();
        assertThat(other.list(WorkspacePath.root())).isEmpty();
    }
}
