package dev.protostar.core.testing;

import dev.protostar.api.FileAttributes;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every entry of a workspace: folders as {@code "path/"} mapped to {@code ""}, files to their UTF-8
 * text; {@link #withModes} adds each entry's mode.
 */
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

    /**
     * Every entry with its mode, for "identical, bit for bit": folders as {@code "path/"} mapped to
     * {@code "[0755]"}, files to {@code "[0644] "} and their text (non-UTF-8 bytes would show as
     * replacement characters, so the bytes' SHA-256 is appended), links to {@code "<link>"}.
     */
    public static Map<String, String> withModes(Workspace workspace) {
        Map<String, String> entries = new TreeMap<>();
        walkWithModes(workspace, WorkspacePath.root(), entries);
        return entries;
    }

    private static void walkWithModes(Workspace workspace, WorkspacePath folder, Map<String, String> entries) {
        for (WorkspacePath child : workspace.list(folder)) {
            FileAttributes attributes = workspace.attributes(child).orElseThrow();
            String mode = attributes.posixMode().isPresent()
                    ? String.format("[%04o]", attributes.posixMode().getAsInt()) : "[no mode]";
            if (attributes.isDirectory()) {
                entries.put(child + "/", mode);
                walkWithModes(workspace, child, entries);
            } else if (attributes.isFile()) {
                byte[] content = workspace.read(child);
                entries.put(child.toString(), mode + " " + new String(content, StandardCharsets.UTF_8)
                        + " #sha256:" + sha256(content));
            } else {
                entries.put(child.toString(), "<" + attributes.kind() + ">");
            }
        }
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
