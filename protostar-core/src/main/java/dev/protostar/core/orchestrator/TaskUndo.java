package dev.protostar.core.orchestrator;

import dev.protostar.api.FileAttributes;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Puts back what one failed system task changed, from the {@link TreeSnapshot} taken just before it:
 * so the workspace is as it was before that task — Protostar's own earlier writes of the run stay.
 * Removes what the task created (a link is removed, never followed), recreates removed folders,
 * writes changed files back from their copies with their mode, puts modes back, and then, where the
 * workspace keeps them, modification times. Never throws for a path it cannot restore: it names it.
 */
final class TaskUndo {

    private static final int NAMES_SHOWN = 10;

    /**
     * What undoing achieved.
     *
     * @param restored paths written back or re-moded
     * @param removed paths the task created, now removed
     * @param notRestored paths that are not as before the task, with why
     */
    record Result(List<WorkspacePath> restored, List<WorkspacePath> removed, Map<WorkspacePath, String> notRestored) {

        /** The sentence added to the task's failure. */
        String note() {
            if (restored.isEmpty() && removed.isEmpty() && notRestored.isEmpty()) {
                return "It had changed nothing in the workspace.";
            }
            List<String> parts = new ArrayList<>();
            if (!restored.isEmpty()) {
                parts.add("restored " + names(restored));
            }
            if (!removed.isEmpty()) {
                parts.add("removed " + names(removed));
            }
            String done = parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
            if (notRestored.isEmpty()) {
                return "Its changes were undone: the workspace is as it was before it ran" + done + ".";
            }
            List<String> missing = new ArrayList<>();
            notRestored.forEach((path, why) -> missing.add(path + " (" + why + ")"));
            return "Its changes were undone" + done + ", except for " + notRestored.size()
                    + (notRestored.size() == 1 ? " path" : " paths") + " that could not be put back: "
                    + String.join("; ", missing) + ".";
        }

        private static String names(List<WorkspacePath> paths) {
            List<String> sorted = paths.stream().map(WorkspacePath::toString).sorted().toList();
            String shown = String.join(", ", sorted.subList(0, Math.min(NAMES_SHOWN, sorted.size())));
            return sorted.size() > NAMES_SHOWN ? shown + " and " + (sorted.size() - NAMES_SHOWN) + " more" : shown;
        }
    }

    private final Workspace workspace;
    private final String command;

    TaskUndo(Workspace workspace, String command) {
        this.workspace = workspace;
        this.command = command;
    }

    Result undo(TreeSnapshot before, TaskFootprint footprint) {
        List<WorkspacePath> restored = new ArrayList<>();
        List<WorkspacePath> removed = new ArrayList<>();
        Map<WorkspacePath, String> notRestored = new LinkedHashMap<>();
        for (WorkspacePath created : footprint.created()) {
            attempt(created, notRestored, () -> {
                deleteTree(created);
                if (before.get(created).isEmpty()) {
                    removed.add(created);
                }
            });
        }
        Map<WorkspacePath, TreeSnapshot.Entry> toWrite = new LinkedHashMap<>(footprint.removed());
        footprint.rewritten().forEach(toWrite::putIfAbsent);
        toWrite.forEach((path, earlier) -> attempt(path, notRestored, () -> {
            if (!notRestored.containsKey(path) && put(path, earlier, notRestored)) {
                restored.add(path);
            }
        }));
        footprint.modeChanged().forEach((path, earlier) -> {
            if (toWrite.containsKey(path)) {
                return;
            }
            attempt(path, notRestored, () -> {
                setMode(path, earlier.attributes());
                restored.add(path);
            });
        });
        restoreTimes(before, footprint);
        Set<WorkspacePath> failed = notRestored.keySet();
        restored.removeAll(failed);
        removed.removeAll(failed);
        return new Result(List.copyOf(new LinkedHashSet<>(restored)), List.copyOf(removed), notRestored);
    }

    /** Puts one removed or rewritten entry back; false (and the reason recorded) when it cannot. */
    private boolean put(WorkspacePath path, TreeSnapshot.Entry earlier, Map<WorkspacePath, String> notRestored) {
        FileAttributes was = earlier.attributes();
        Optional<WorkspacePath> link = linkAbove(path);
        if (link.isPresent()) {
            notRestored.put(path, "its folder " + link.get() + " is now a symbolic link; Protostar never writes through"
                    + " a link");
            return false;
        }
        Optional<FileAttributes> now = workspace.attributes(path);
        if (was.isDirectory()) {
            if (now.isPresent() && !now.get().isDirectory()) {
                deleteTree(path);
            }
            workspace.createDirectories(path);
            setMode(path, was);
            return true;
        }
        if (was.isFile() && earlier.hasCopy()) {
            if (now.isPresent() && !now.get().isFile()) {
                deleteTree(path);
            }
            path.parent().filter(p -> !p.isRoot() && !workspace.isDirectory(p)).ifPresent(workspace::createDirectories);
            workspace.write(path, earlier.content());
            setMode(path, was);
            return true;
        }
        notRestored.put(path, was.isFile() ? TaskFootprint.notKept(command)
                : "`" + command + "` changed or removed this " + (was.isSymbolicLink() ? "symbolic link" : "special file")
                        + ", which cannot be put back");
        return false;
    }

    /** The highest folder above {@code path} that is a symbolic link now, if any. */
    private Optional<WorkspacePath> linkAbove(WorkspacePath path) {
        List<WorkspacePath> above = new ArrayList<>();
        for (Optional<WorkspacePath> p = path.parent(); p.isPresent() && !p.get().isRoot(); p = p.get().parent()) {
            above.add(0, p.get());
        }
        for (WorkspacePath folder : above) {
            Optional<FileAttributes> attributes = workspace.attributes(folder);
            if (attributes.isEmpty()) {
                return Optional.empty();
            }
            if (attributes.get().isSymbolicLink()) {
                return Optional.of(folder);
            }
        }
        return Optional.empty();
    }

    private void setMode(WorkspacePath path, FileAttributes was) {
        if (was.posixMode().isEmpty()) {
            return;
        }
        Optional<FileAttributes> now = workspace.attributes(path);
        if (now.isPresent() && !now.get().posixMode().equals(was.posixMode())) {
            workspace.setPosixMode(path, was.posixMode().getAsInt());
        }
    }

    /**
     * Puts modification times back where the workspace keeps them, files first, then folders deepest
     * first (removing and writing entries changes a folder's time). Best effort: a time is not part of
     * what a restore promises, so a failure here is not reported.
     */
    private void restoreTimes(TreeSnapshot before, TaskFootprint footprint) {
        Set<WorkspacePath> paths = new LinkedHashSet<>();
        paths.addAll(footprint.touched().keySet());
        paths.addAll(footprint.removed().keySet());
        paths.addAll(footprint.rewritten().keySet());
        for (WorkspacePath created : footprint.created()) {
            created.parent().filter(p -> !p.isRoot()).ifPresent(paths::add);
        }
        for (WorkspacePath path : List.copyOf(paths)) {
            path.parent().filter(p -> !p.isRoot()).ifPresent(paths::add);
        }
        List<WorkspacePath> ordered = new ArrayList<>(paths);
        ordered.sort(Comparator.comparing((WorkspacePath p) -> before.get(p).map(e -> e.attributes().isDirectory())
                .orElse(false)).thenComparing(p -> -p.segments().size()));
        for (WorkspacePath path : ordered) {
            Optional<TreeSnapshot.Entry> earlier = before.get(path);
            if (earlier.isEmpty() || earlier.get().attributes().modified().isEmpty()) {
                continue;
            }
            try {
                Optional<FileAttributes> now = workspace.attributes(path);
                if (now.isPresent() && now.get().kind() == earlier.get().attributes().kind()
                        && !now.get().isSymbolicLink()
                        && !now.get().modified().equals(earlier.get().attributes().modified())) {
                    workspace.setModifiedTime(path, earlier.get().attributes().modified().get());
                }
            } catch (RuntimeException e) {
                // best effort, see above
            }
        }
    }

    private void deleteTree(WorkspacePath path) {
        Optional<FileAttributes> attributes = workspace.attributes(path);
        if (attributes.isEmpty()) {
            return;
        }
        if (attributes.get().isDirectory()) {
            for (WorkspacePath child : workspace.list(path)) {
                deleteTree(child);
            }
        }
        workspace.delete(path);
    }

    private static void attempt(WorkspacePath path, Map<WorkspacePath, String> notRestored, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            notRestored.putIfAbsent(path, "putting it back failed: " + e.getMessage());
        }
    }
}
