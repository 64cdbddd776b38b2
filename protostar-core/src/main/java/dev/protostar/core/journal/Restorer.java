package dev.protostar.core.journal;

import dev.protostar.api.FileAttributes;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Puts recorded paths back as they were, newest record first, and removes the temporary files a
 * stopped write may have left beside them. Restoring is idempotent: replaying the same records
 * twice gives the same workspace, so a recovery that is itself stopped can simply run again.
 */
final class Restorer {

    /** The hidden sibling {@code Workspace.at(Path)} writes through: {@code .<name>.<uuid>.protostar-tmp}. */
    private static final Pattern TEMP_FILE = Pattern.compile(
            "\\..*\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.protostar-tmp");
    private static final int NAMES_SHOWN = 3;

    private final Workspace workspace;

    Restorer(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Restores {@code newestFirst}; never throws for a path that cannot be restored, but names it.
     *
     * <p>Three passes, each newest record first: removals of what the run created (they free space,
     * and a full disk is a common reason for the failure), then files written back and entries that
     * existed checked, then folders the run created removed (by then they are empty unless someone
     * else put something there). The records name distinct paths and hold only the state before the
     * run, so the passes give the same workspace as one strict newest-first replay.
     */
    RollbackResult restore(List<PriorState> newestFirst) {
        List<PriorState> ordered = new java.util.ArrayList<>();
        newestFirst.stream().filter(s -> s instanceof PriorState.Absent).forEach(ordered::add);
        newestFirst.stream().filter(s -> !(s instanceof PriorState.Absent) && !(s instanceof PriorState.CreatedDirectory))
                .forEach(ordered::add);
        newestFirst.stream().filter(s -> s instanceof PriorState.CreatedDirectory).forEach(ordered::add);
        Map<WorkspacePath, String> notRestored = new LinkedHashMap<>();
        Set<WorkspacePath> restored = new LinkedHashSet<>();
        Set<WorkspacePath> folders = new LinkedHashSet<>();
        for (PriorState state : ordered) {
            state.path().parent().ifPresent(folders::add);
            try {
                Optional<String> problem = restore(state);
                if (problem.isPresent()) {
                    notRestored.putIfAbsent(state.path(), problem.get());
                } else {
                    restored.add(state.path());
                }
            } catch (RuntimeException e) {
                notRestored.putIfAbsent(state.path(), "restoring it failed: " + e.getMessage());
            }
        }
        for (WorkspacePath folder : folders) {
            try {
                removeTempFiles(folder);
            } catch (RuntimeException e) {
                notRestored.putIfAbsent(folder, "a temporary file in it could not be removed: " + e.getMessage());
            }
        }
        restored.removeAll(notRestored.keySet());
        return new RollbackResult(List.copyOf(restored), notRestored, List.of());
    }

    /**
     * Puts back modification times recorded before the run, after {@link #restore}: each file's own
     * time when the file was restored, and each folder's time (its entries were restored). Never
     * follows a link; a time that cannot be set is reported in the result's problems, as it is no
     * loss of content.
     *
     * @param priorTimes files and folders with their times before the run
     * @param restored what {@link #restore} returned
     * @return {@code restored}, with a problem for each time that could not be set
     */
    RollbackResult restoreTimes(Map<WorkspacePath, java.time.Instant> priorTimes, RollbackResult restored) {
        List<Exception> problems = new java.util.ArrayList<>();
        Set<WorkspacePath> files = new java.util.HashSet<>(restored.restored());
        priorTimes.forEach((path, time) -> {
            try {
                if (linkInParents(path).isPresent()) {
                    return;
                }
                Optional<FileAttributes> now = workspace.attributes(path);
                boolean applies = now.isPresent() && (now.get().isDirectory() || now.get().isFile() && files.contains(path));
                if (applies && now.get().modified().isPresent() && !now.get().modified().get().equals(time)) {
                    workspace.setModifiedTime(path, time);
                }
            } catch (RuntimeException e) {
                problems.add(new dev.protostar.api.WorkspaceException(path, "Could not put back the modification time of "
                        + (path.isRoot() ? "the workspace folder" : path) + ": " + e.getMessage(), null, e));
            }
        });
        return restored.withProblems(problems);
    }

    /**
     * The first proper ancestor of {@code path} that is a symbolic link, if any: nothing is deleted
     * or written below one, because that would reach outside the workspace.
     */
    private Optional<WorkspacePath> linkInParents(WorkspacePath path) {
        List<WorkspacePath> ancestors = new java.util.ArrayList<>();
        for (Optional<WorkspacePath> p = path.parent(); p.isPresent() && !p.get().isRoot(); p = p.get().parent()) {
            ancestors.add(p.get());
        }
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            Optional<FileAttributes> attributes = workspace.attributes(ancestors.get(i));
            if (attributes.isEmpty()) {
                return Optional.empty();
            }
            if (attributes.get().isSymbolicLink()) {
                return Optional.of(ancestors.get(i));
            }
        }
        return Optional.empty();
    }

    /** Restores one record; the reason when it cannot. */
    private Optional<String> restore(PriorState state) {
        WorkspacePath path = state.path();
        Optional<WorkspacePath> link = linkInParents(path);
        if (link.isPresent()) {
            return Optional.of("its folder " + link.get() + " is now a symbolic link; Protostar never deletes or writes"
                    + " through a link, so " + path + " was left as it is");
        }
        if (state instanceof PriorState.Absent) {
            deleteTree(path);
            return Optional.empty();
        }
        if (state instanceof PriorState.CreatedDirectory) {
            Optional<FileAttributes> now = workspace.attributes(path);
            if (now.isEmpty()) {
                return Optional.empty();
            }
            if (!now.get().isDirectory()) {
                return Optional.of("the run created a folder here, and now something else is in its place");
            }
            removeTempFiles(path);
            List<WorkspacePath> children = workspace.list(path);
            if (!children.isEmpty()) {
                return Optional.of("it is a folder the run created, and it now holds " + names(children)
                        + ", which the run did not create; it was kept");
            }
            workspace.delete(path);
            return Optional.empty();
        }
        if (state instanceof PriorState.FileContent file) {
            restoreFile(file);
            return Optional.empty();
        }
        if (state instanceof PriorState.ExistingDirectory) {
            Optional<FileAttributes> now = workspace.attributes(path);
            if (now.isEmpty()) {
                workspace.createDirectories(path); // its recorded files are restored beside this entry
                return Optional.empty();
            }
            return now.get().isDirectory() ? Optional.empty()
                    : Optional.of("it was a folder, and during the run it was replaced; its earlier content"
                            + " was not recorded and cannot be put back");
        }
        PriorState.OtherEntry other = (PriorState.OtherEntry) state;
        Optional<FileAttributes> now = workspace.attributes(path);
        return now.isPresent() && now.get().kind() == other.kind() ? Optional.empty()
                : Optional.of("it was a " + (other.kind() == FileAttributes.Kind.SYMLINK ? "symbolic link" : "special file")
                        + ", and during the run it was removed or replaced; it cannot be put back");
    }

    private void restoreFile(PriorState.FileContent file) {
        WorkspacePath path = file.path();
        Optional<FileAttributes> now = workspace.attributes(path);
        if (now.isPresent() && now.get().isDirectory()) {
            deleteTree(path);
            now = Optional.empty();
        }
        WorkspacePath parent = path.parent().orElseThrow();
        if (!parent.isRoot() && !workspace.isDirectory(parent)) {
            workspace.createDirectories(parent);
        }
        boolean same = now.isPresent() && now.get().isFile() && Arrays.equals(workspace.read(path), file.content());
        if (!same) {
            workspace.write(path, file.content());
        }
        if (file.mode().isPresent() && (file.mode().getAsInt() & ~0777) == 0) {
            Optional<FileAttributes> written = workspace.attributes(path);
            if (written.isPresent() && written.get().posixMode().isPresent()
                    && written.get().posixMode().getAsInt() != file.mode().getAsInt()) {
                workspace.setPosixMode(path, file.mode().getAsInt());
            }
        }
    }

    /** Removes a file, a link (never what it points to) or a whole folder; never descends into a link. */
    private void deleteTree(WorkspacePath path) {
        if (workspace.isDirectory(path)) {
            for (WorkspacePath child : workspace.list(path)) {
                deleteTree(child);
            }
        }
        workspace.delete(path);
    }

    private void removeTempFiles(WorkspacePath folder) {
        if (!workspace.isDirectory(folder)) {
            return;
        }
        for (WorkspacePath child : workspace.list(folder)) {
            if (TEMP_FILE.matcher(child.fileName()).matches() && workspace.isFile(child)) {
                workspace.delete(child);
            }
        }
    }

    private static String names(List<WorkspacePath> paths) {
        List<String> shown = paths.stream().limit(NAMES_SHOWN).map(WorkspacePath::toString).toList();
        String list = String.join(", ", shown);
        return paths.size() > NAMES_SHOWN ? list + " and " + (paths.size() - NAMES_SHOWN) + " more" : list;
    }
}
