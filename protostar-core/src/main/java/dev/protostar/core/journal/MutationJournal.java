package dev.protostar.core.journal;

import dev.protostar.api.FileAttributes;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Remembers, before each mutation of a run, what the touched paths held, so that a failed run can
 * put the workspace back. Only the first state recorded for a path counts: that is the state
 * before the run. Rollback replays the records newest first.
 *
 * <p>Files are restored byte for byte. Paths that did not exist are removed (a whole tree for what
 * a system task created). A folder that existed before a task ran is not restored file by file;
 * the files a task declares it rewrites are.
 */
public final class MutationJournal {

    private final Workspace workspace;
    private final Deque<PriorState> records = new ArrayDeque<>();
    private final Set<WorkspacePath> seen = new HashSet<>();

    /** A journal for mutations of {@code workspace}. */
    public MutationJournal(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Records the state of a file that is about to be written. */
    public void beforeWrite(WorkspacePath path) {
        record(path, false);
    }

    /** Records that {@code path} and any missing parents are about to be created as folders. */
    public void beforeCreateDirectories(WorkspacePath path) {
        List<WorkspacePath> missing = new ArrayList<>();
        for (WorkspacePath p = path; !p.isRoot() && !workspace.exists(p); p = p.parent().orElseThrow()) {
            missing.add(p);
        }
        for (int i = missing.size() - 1; i >= 0; i--) {
            WorkspacePath p = missing.get(i);
            if (seen.add(p)) {
                records.push(new PriorState.CreatedDirectory(p));
            }
        }
    }

    /** Records the state of a path a system task may create or rewrite. */
    public void beforeTask(WorkspacePath owned) {
        record(owned, true);
    }

    private void record(WorkspacePath path, boolean tree) {
        if (!seen.add(path)) {
            return;
        }
        Optional<FileAttributes> attributes = workspace.attributes(path);
        if (attributes.isEmpty()) {
            records.push(new PriorState.Absent(path));
        } else if (attributes.get().isFile()) {
            records.push(new PriorState.FileContent(path, workspace.read(path)));
        } else {
            records.push(new PriorState.Existing(path));
        }
    }

    /** Whether nothing has been recorded. */
    public boolean isEmpty() {
        return records.isEmpty();
    }

    /**
     * Puts every recorded path back as it was, newest record first, and forgets the records.
     *
     * @return the paths that could not be restored, in the order they were tried; empty on success
     */
    public List<WorkspacePath> rollback() {
        List<WorkspacePath> failed = new ArrayList<>();
        Iterator<PriorState> newestFirst = records.iterator();
        while (newestFirst.hasNext()) {
            PriorState state = newestFirst.next();
            try {
                if (!restore(state)) {
                    failed.add(state.path());
                }
            } catch (RuntimeException e) {
                failed.add(state.path());
            }
        }
        records.clear();
        seen.clear();
        return failed;
    }

    private boolean restore(PriorState state) {
        if (state instanceof PriorState.Absent absent) {
            deleteTree(absent.path());
            return true;
        }
        if (state instanceof PriorState.CreatedDirectory created) {
            if (!workspace.exists(created.path())) {
                return true;
            }
            if (!workspace.isDirectory(created.path()) || !workspace.list(created.path()).isEmpty()) {
                return false;
            }
            workspace.delete(created.path());
            return true;
        }
        if (state instanceof PriorState.FileContent file) {
            if (workspace.isDirectory(file.path())) {
                deleteTree(file.path());
            }
            workspace.write(file.path(), file.content());
            return true;
        }
        return true;
    }

    private void deleteTree(WorkspacePath path) {
        if (workspace.isDirectory(path)) {
            for (WorkspacePath child : workspace.list(path)) {
                deleteTree(child);
            }
        }
        workspace.delete(path);
    }

    /** Forgets every record: the run committed. */
    public void commit() {
        records.clear();
        seen.clear();
    }
}
