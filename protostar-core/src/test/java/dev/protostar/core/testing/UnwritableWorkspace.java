package dev.protostar.core.testing;

import dev.protostar.api.FileAttributes;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A workspace that reads from another and fails the test on any attempt to change it: {@code
 * write}, {@code createDirectories} and {@code delete} throw {@link AssertionError}, which no
 * production code catches.
 */
public final class UnwritableWorkspace implements Workspace {

    private final Workspace delegate;

    /** Reads from {@code delegate}, never writes to it. */
    public UnwritableWorkspace(Workspace delegate) {
        this.delegate = delegate;
    }

    @Override
    public byte[] read(WorkspacePath path) {
        return delegate.read(path);
    }

    @Override
    public void write(WorkspacePath path, byte[] content) {
        throw new AssertionError("write(" + path + ") on a workspace that must stay untouched");
    }

    @Override
    public void createDirectories(WorkspacePath path) {
        throw new AssertionError("createDirectories(" + path + ") on a workspace that must stay untouched");
    }

    @Override
    public boolean delete(WorkspacePath path) {
        throw new AssertionError("delete(" + path + ") on a workspace that must stay untouched");
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
    public Optional<Path> localDirectory() {
        return delegate.localDirectory();
    }

    @Override
    public String describe() {
        return "unwritable " + delegate.describe();
    }
}
