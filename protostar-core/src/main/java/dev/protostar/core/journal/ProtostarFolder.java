package dev.protostar.core.journal;

import dev.protostar.api.WorkspacePath;

/**
 * {@code .protostar/}, the folder where a run keeps its lock and journal while it works. It exists
 * only during a run (or after a killed one) and is never user content: no manifest target may lie
 * inside it.
 */
public final class ProtostarFolder {

    /** The folder itself. */
    public static final WorkspacePath PATH = WorkspacePath.of(".protostar");

    /** The journal folder inside it. */
    static final WorkspacePath JOURNAL = PATH.resolve("journal");

    private ProtostarFolder() {}

    /** Whether {@code path} is the folder or lies inside it. */
    public static boolean contains(WorkspacePath path) {
        return path.startsWith(PATH);
    }
}
