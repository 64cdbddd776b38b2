package dev.protostar.core.testing;

import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** Every entry of a workspace: folders as {@code "path/"} mapped to {@code ""}, files to their UTF-8 text. */
public final class WorkspaceSnapshot {

    private WorkspaceSnapshot() {}

    /** Every entry of {@code workspace}, sorted by path. */
    public static Map<String, String> of(Workspace workspace) {
        Map<String, String> entries = new TreeMap<>();
        walk(workspace, WorkspacePath.root(), entries);
        return entries;
    }

    private static void walk(Workspace workspace, WorkspacePath folder, Map<String, String> entries) {
        for (WorkspacePath child : workspace.list(folder)) {
            if (workspace.isDirectory(child)) {
                entries.put(child + "/", "");
                walk(workspace, child, entries);
            } else {
                entries.put(child.toString(), new String(workspace.read(child), StandardCharsets.UTF_8));
            }
        }
    }
}
