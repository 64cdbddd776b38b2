package dev.protostar.api;

import dev.protostar.core.testing.UnwritableWorkspace;
import dev.protostar.core.workspace.CopyOnWriteWorkspace;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The workspace contract on a {@link CopyOnWriteWorkspace} over an empty base that must never be
 * written to. (In package {@code dev.protostar.api} to reach the package-private contract.)
 */
class CopyOnWriteOverEmptyWorkspaceTest extends WorkspaceContract {

    @Override
    protected Workspace newWorkspace() {
        return CopyOnWriteWorkspace.over(new UnwritableWorkspace(Workspace.inMemory()));
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
