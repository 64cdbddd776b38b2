package dev.protostar.core.orchestrator;

import dev.protostar.api.FileAttributes;
import dev.protostar.api.ValidationException;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.journal.ProtostarFolder;
import java.util.Optional;

/**
 * Refuses, before anything is written, targets Protostar must not write: a path inside {@code
 * .protostar/} (the run's lock and journal), a path that runs through a symbolic link or a special
 * file, a file where a folder must go, a folder where a file must go.
 */
final class TargetGuard {

    private final Workspace workspace;

    TargetGuard(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Checks a file target: every ancestor is a folder or absent, the target a file or absent. */
    void checkFile(WorkspacePath path) {
        checkNotReserved(path);
        checkAncestors(path);
        Optional<FileAttributes> attributes = workspace.attributes(path);
        if (attributes.isEmpty() || attributes.get().isFile()) {
            return;
        }
        throw refuse(path, attributes.get(), "a file");
    }

    /** Checks a folder target: every ancestor and the target itself is a folder or absent. */
    void checkDirectory(WorkspacePath path) {
        checkNotReserved(path);
        checkAncestors(path);
        Optional<FileAttributes> attributes = workspace.attributes(path);
        if (attributes.isEmpty() || attributes.get().isDirectory()) {
            return;
        }
        throw refuse(path, attributes.get(), "a folder");
    }

    /** Checks a path a system task declares it creates or rewrites: never Protostar's own folder or the root. */
    void checkOwned(WorkspacePath path) {
        if (path.isRoot() || ProtostarFolder.PATH.startsWith(path)) {
            throw new ValidationException(path, 0, 0, "a system task may not own " + (path.isRoot() ? "the whole"
                    + " workspace" : path) + ": it holds " + ProtostarFolder.PATH + "/, where Protostar keeps the run's"
                    + " lock and journal.", "Declare the files and folders the task really creates; nothing was changed.");
        }
        checkNotReserved(path);
    }

    static void checkNotReserved(WorkspacePath path) {
        if (ProtostarFolder.contains(path)) {
            throw new ValidationException(path, 0, 0, "it lies in " + ProtostarFolder.PATH + "/, the folder where"
                    + " Protostar keeps the run's lock and journal; no module may write there.",
                    "Choose another path for it; nothing was changed.");
        }
    }

    private void checkAncestors(WorkspacePath path) {
        for (WorkspacePath p = path.parent().orElse(null); p != null && !p.isRoot(); p = p.parent().orElse(null)) {
            Optional<FileAttributes> attributes = workspace.attributes(p);
            if (attributes.isPresent() && !attributes.get().isDirectory()) {
                throw refuse(p, attributes.get(), "a folder (it lies on the way to " + path + ")");
            }
        }
    }

    private static ValidationException refuse(WorkspacePath path, FileAttributes found, String expected) {
        String what = switch (found.kind()) {
            case SYMLINK -> "a symbolic link, and Protostar never writes through links";
            case DIRECTORY -> "a folder";
            case FILE -> "a file";
            case OTHER -> "a special file (device, pipe or socket)";
        };
        return new ValidationException(path, 0, 0, "expected " + expected + " but found " + what + ".",
                "Move " + path + " aside (or replace the link with a real file or folder) and run again; nothing was changed.");
    }
}
