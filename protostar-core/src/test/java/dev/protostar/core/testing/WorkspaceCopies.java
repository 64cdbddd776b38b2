package dev.protostar.core.testing;

import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;

/** Copies of workspaces, for tests that compare two runs from the same seed. */
public final class WorkspaceCopies {

    private WorkspaceCopies() {}

    /** A new in-memory workspace holding every folder and file of {@code source}. */
    public static Workspace inMemoryCopyOf(Workspace source) {
        Workspace copy = Workspace.inMemory();
        copyFolder(source, copy, WorkspacePath.root());
        return copy;
    }

    private static void copyFolder(Workspace source, Workspace target, WorkspacePath folder) {
        for (WorkspacePath child : source.list(folder)) {
            if (source.isDirectory(child)) {
                target.createDirectories(child);
                copyFolder(source, target, child);
            } else {
                target.write(child, source.read(child));
            }
        }
    }
}
