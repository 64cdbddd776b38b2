package dev.protostar.core.orchestrator;

import dev.protostar.api.FileAttributes;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a run's system tasks changed that the journal cannot put back by itself, kept in memory for
 * the run's rollback: paths that cannot be restored at all (named, with why, in the rollback's
 * outcome), and the permissions of folders a task removed (the journal recreates such a folder; the
 * rollback then gives it its mode back). After a crash only the journal is left: a recovered folder
 * then has default permissions, and the unrestorable paths are not named.
 */
final class TaskLedger {

    private final Workspace workspace;
    private final Map<WorkspacePath, String> notRestorable = new LinkedHashMap<>();
    private final Map<WorkspacePath, Integer> folderModes = new LinkedHashMap<>();

    TaskLedger(Workspace workspace) {
        this.workspace = workspace;
    }

    /** {@code path} cannot be put back as it was before the run, because {@code why}. */
    void notRestorable(WorkspacePath path, String why) {
        notRestorable.putIfAbsent(path, why);
    }

    /** A task removed the folder {@code path}, which had {@code mode} before the run. */
    void removedFolder(WorkspacePath path, OptionalInt mode) {
        mode.ifPresent(m -> folderModes.putIfAbsent(path, m));
    }

    /**
     * Called after the journal was rolled back: gives recreated folders their modes back, and returns
     * every path that is not as before the run, with why.
     */
    Map<WorkspacePath, String> afterRollback() {
        Map<WorkspacePath, String> missing = new LinkedHashMap<>(notRestorable);
        folderModes.forEach((path, mode) -> {
            try {
                Optional<FileAttributes> now = workspace.attributes(path);
                if (now.isPresent() && now.get().isDirectory() && now.get().posixMode().isPresent()
                        && now.get().posixMode().getAsInt() != mode) {
                    workspace.setPosixMode(path, mode);
                }
            } catch (RuntimeException e) {
                missing.putIfAbsent(path, "it was recreated, but its permissions could not be set back to "
                        + String.format("%04o", mode) + ": " + e.getMessage());
            }
        });
        return missing;
    }
}
