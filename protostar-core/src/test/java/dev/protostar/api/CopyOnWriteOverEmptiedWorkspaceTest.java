package dev.protostar.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.core.testing.UnwritableWorkspace;
import dev.protostar.core.testing.WorkspaceSnapshot;
import dev.protostar.core.workspace.CopyOnWriteWorkspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;

/**
 * The workspace contract on a {@link CopyOnWriteWorkspace} whose base is full of files and folders
 * under the very names the contract uses, all deleted through the overlay first: every test then
 * runs over deletion marks, recreating what was deleted. The base must stay as it was.
 */
class CopyOnWriteOverEmptiedWorkspaceTest extends WorkspaceContract {

    private Workspace base;
    private Map<String, String> baseBefore;

    @Override
    protected Workspace newWorkspace() {
        base = Workspace.inMemory();
        for (String folder : List.of("a/b/c", "dir/sub", "src/pkg", "tests/unit", "c/d", ".venv/bin", "missing/deeper")) {
            base.createDirectories(WorkspacePath.of(folder));
        }
        for (String file : List.of("f.txt", "f", "config.toml", "plain", "empty", "notes.txt", "a/b/keep.txt", "a/b/c/x",
                "dir/file", "src/pkg/mod.py", "c/z.txt", ".venv/bin/python", "large.bin", "blob.bin")) {
            base.write(WorkspacePath.of(file), ("base " + file + "\n").getBytes(StandardCharsets.UTF_8));
        }
        baseBefore = WorkspaceSnapshot.of(base);
        CopyOnWriteWorkspace overlay = CopyOnWriteWorkspace.over(new UnwritableWorkspace(base));
        deleteTree(overlay, WorkspacePath.root());
        assertThat(overlay.list(WorkspacePath.root())).isEmpty();
        return overlay;
    }

    private static void deleteTree(Workspace workspace, WorkspacePath folder) {
        for (WorkspacePath child : new ArrayList<>(workspace.list(folder))) {
            if (workspace.isDirectory(child)) {
                deleteTree(workspace, child);
            }
            workspace.delete(child);
        }
    }

    @AfterEach
    void baseIsUntouched() {
        assertThat(WorkspaceSnapshot.of(base)).isEqualTo(baseBefore);
    }

    @Override
    protected Optional<Path> expectedLocalDirectory() {
        return Optional.empty();
    }

    /** The overlay keeps no times of its own: {@code setModifiedTime} only checks the entry. */
    @Override
    protected boolean keepsModificationTimes() {
        return false;
    }
}
