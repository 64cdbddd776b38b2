package dev.protostar.core.orchestrator;

import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** Every path of a workspace with its content (files) or "<dir>" (folders), for equality checks. */
final class WorkspaceSnapshot {

    private WorkspaceSnapshot() {}

    static Map<String, String> of(Workspace workspace) {
        Map<String, String> all = new TreeMap<>();
        walk(workspace, WorkspacePath.root(), all);
        return all;
    }

    private static void walk(Workspace workspace, WorkspacePath dir, Map<String, String> all) {
        for (WorkspacePath child : workspace.list(dir)) {
            if (workspace.isDirectory(child)) {
                all.put(child + "/", "<dir>");
                walk(workspace, child, all);
            } else {
                all.put(child.toString(), new String(workspace.read(child), StandardCharsets.UTF_8));
            }
        }
    }
}
