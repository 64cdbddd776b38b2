package dev.protostar.core.lifecycle;

import dev.protostar.api.ChangeKind;
import dev.protostar.api.Change;
import dev.protostar.api.JournalKey;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.Utf8Text;
import dev.protostar.core.format.toml.TomlSlotEditor;
import dev.protostar.core.journal.Digests;
import dev.protostar.core.journal.MutationJournal;
import dev.protostar.core.journal.WorkspaceSession;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stops tracking a project: removes {@code protostar.lock} and the {@code [recipe]} table of {@code
 * .protostar.toml}, keeps every other file and byte. One journaled transaction: both happen or
 * neither does.
 */
public final class Ejection {

    /** The project's recipe file. */
    public static final WorkspacePath RECIPE_FILE = WorkspacePath.of(".protostar.toml");

    private Ejection() {}

    /** {@code text} without the line {@code init} wrote above {@code [recipe]}, once the table is gone. */
    private static String withoutRecipeComment(String text) {
        String comment = dev.protostar.core.config.RecipeFile.COMMENT.strip();
        StringBuilder out = new StringBuilder();
        for (String line : text.split("(?<=\n)", -1)) {
            if (!line.strip().equals(comment)) {
                out.append(line);
            }
        }
        return out.toString();
    }

    /**
     * Ejects {@code workspace}.
     *
     * @return what changed: the recipe file modified, the lock deleted; empty when the project was not
     *     tracked
     */
    public static List<Change> eject(Workspace workspace, JournalKey key) {
        List<Change> changes = new ArrayList<>();
        try (WorkspaceSession session = WorkspaceSession.open(workspace, key)) {
            MutationJournal journal = session.journal();
            if (workspace.isFile(RECIPE_FILE)) {
                byte[] old = workspace.read(RECIPE_FILE);
                String text = Utf8Text.decode(RECIPE_FILE, old);
                TomlSlotEditor editor = new TomlSlotEditor();
                String result = text;
                for (Slot slot : editor.slots(RECIPE_FILE, text).keySet()) {
                    if (!slot.keyPath().isEmpty() && slot.keyPath().get(0).equals("recipe")) {
                        result = slot.isMember()
                                ? editor.removeMember(RECIPE_FILE, result, slot.keyPath(), slot.member().orElseThrow())
                                : editor.remove(RECIPE_FILE, result, slot.keyPath());
                    }
                }
                result = withoutRecipeComment(result);
                if (!result.equals(text)) {
                    journal.beforeWrite(RECIPE_FILE);
                    byte[] now = result.getBytes(StandardCharsets.UTF_8);
                    workspace.write(RECIPE_FILE, now);
                    changes.add(new Change(RECIPE_FILE, ChangeKind.MODIFIED, Optional.of(Digests.sha256(old)),
                            Optional.of(Digests.sha256(now)), "protostar"));
                }
            }
            if (workspace.isFile(ProjectLock.PATH)) {
                byte[] old = workspace.read(ProjectLock.PATH);
                journal.beforeWrite(ProjectLock.PATH);
                workspace.delete(ProjectLock.PATH);
                changes.add(new Change(ProjectLock.PATH, ChangeKind.DELETED, Optional.of(Digests.sha256(old)),
                        Optional.empty(), "protostar"));
            }
            journal.commit();
            session.finish();
        }
        return changes;
    }
}
