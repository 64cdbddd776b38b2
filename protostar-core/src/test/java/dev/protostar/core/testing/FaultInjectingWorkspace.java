package dev.protostar.core.testing;

import dev.protostar.api.FileAttributes;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspaceException;
import dev.protostar.api.WorkspaceLock;
import dev.protostar.api.WorkspacePath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A workspace decorator that counts and logs every mutating call ({@code write}, {@code
 * createDirectories}, {@code delete}, {@code setPosixMode}) and can make them fail:
 *
 * <ul>
 *   <li>{@link #counting} never fails; {@link #mutations()} and {@link #log()} tell what a run did;
 *   <li>{@link #failingAt} throws a {@link WorkspaceException} at the N-th mutating call only, before
 *       passing it on, so the call has no effect; later calls (the rollback's) succeed;
 *   <li>{@link #dyingAt} fails the N-th mutating call and every one after it, as if the process had
 *       been killed there: nothing more reaches the disk, not even the rollback. What it leaves is
 *       what a killed JVM leaves.
 * </ul>
 *
 * Reads, the run lock and everything else are passed on unchanged. Not thread-safe.
 */
public final class FaultInjectingWorkspace implements Workspace {

    private enum Mode { COUNT, FAIL_ONCE, DIE }

    private final Workspace delegate;
    private final Mode mode;
    private final int at;
    private final List<String> log = new ArrayList<>();
    private final Set<WorkspacePath> alwaysFailing = new HashSet<>();

    private FaultInjectingWorkspace(Workspace delegate, Mode mode, int at) {
        this.delegate = delegate;
        this.mode = mode;
        this.at = at;
    }

    /** Counts and logs, never fails. */
    public static FaultInjectingWorkspace counting(Workspace delegate) {
        return new FaultInjectingWorkspace(delegate, Mode.COUNT, 0);
    }

    /** Fails the {@code n}-th mutating call (1-based) and no other. */
    public static FaultInjectingWorkspace failingAt(Workspace delegate, int n) {
        return new FaultInjectingWorkspace(delegate, Mode.FAIL_ONCE, n);
    }

    /** Fails the {@code n}-th mutating call and every later one: the process "died" there. */
    public static FaultInjectingWorkspace dyingAt(Workspace delegate, int n) {
        return new FaultInjectingWorkspace(delegate, Mode.DIE, n);
    }

    /** Also fails every mutating call on these paths, whenever it comes (e.g. during the rollback). */
    public FaultInjectingWorkspace alsoFailingOn(WorkspacePath... paths) {
        alwaysFailing.addAll(List.of(paths));
        return this;
    }

    /** The text every injected failure's message contains for call {@code n}. */
    public static String marker(int n) {
        return "injected fault at mutation #" + n;
    }

    /** How many mutating calls were made, the failed ones included. */
    public int mutations() {
        return log.size();
    }

    /** Every mutating call in order, as {@code "write path"}, {@code "mkdirs path"}, {@code "delete path"}, {@code "chmod path"}. */
    public List<String> log() {
        return List.copyOf(log);
    }

    /** The workspace this one decorates. */
    public Workspace delegate() {
        return delegate;
    }

    private void mutation(String operation, WorkspacePath path) {
        log.add(operation + " " + path);
        int n = log.size();
        boolean fail = alwaysFailing.contains(path)
                || (mode == Mode.FAIL_ONCE && n == at)
                || (mode == Mode.DIE && n >= at);
        if (fail) {
            throw new WorkspaceException(path, "Cannot " + operation + " " + path + ": " + marker(n)
                    + (mode == Mode.DIE && n >= at ? " (the process is dead)" : "") + ".", null, null);
        }
    }

    @Override
    public byte[] read(WorkspacePath path) {
        return delegate.read(path);
    }

    @Override
    public void write(WorkspacePath path, byte[] content) {
        mutation("write", path);
        delegate.write(path, content);
    }

    @Override
    public void createDirectories(WorkspacePath path) {
        mutation("mkdirs", path);
        delegate.createDirectories(path);
    }

    @Override
    public boolean delete(WorkspacePath path) {
        mutation("delete", path);
        return delegate.delete(path);
    }

    @Override
    public void setPosixMode(WorkspacePath path, int mode) {
        mutation("chmod", path);
        delegate.setPosixMode(path, mode);
    }

    @Override
    public void setModifiedTime(WorkspacePath path, java.time.Instant time) {
        mutation("touch", path);
        delegate.setModifiedTime(path, time);
    }

    @Override
    public List<WorkspacePath> list(WorkspacePath directory) {
        return delegate.list(directory);
    }

    @Override
    public Optional<FileAttributes> attributes(WorkspacePath path) {
        return delegate.attributes(path);
    }

    @Override
    public WorkspaceLock lock(WorkspacePath folder) {
        return delegate.lock(folder);
    }

    @Override
    public Optional<Path> localDirectory() {
        return delegate.localDirectory();
    }

    @Override
    public String describe() {
        return delegate.describe();
    }

    @Override
    public String toString() {
        return "FaultInjecting[" + mode + " " + at + "](" + delegate + ")";
    }
}
