package dev.protostar.core.orchestrator;

import dev.protostar.api.FileAttributes;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspaceLock;
import dev.protostar.api.WorkspacePath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Passes every call to a workspace and remembers, for each path a write, folder creation or
 * deletion touched, who did it: {@code "protostar"} unless a system task is {@linkplain
 * #actingAs acting}. Paths are kept in the order they were first touched. One per dry run.
 */
final class AttributingWorkspace implements Workspace {

    static final String PROTOSTAR = "protostar";

    private final Workspace delegate;
    private final Map<WorkspacePath, Set<String>> actors = new LinkedHashMap<>();
    private String actor = PROTOSTAR;

    AttributingWorkspace(Workspace delegate) {
        this.delegate = delegate;
    }

    /** Runs {@code body} with every mutation attributed to {@code name}. */
    <T> T actingAs(String name, Supplier<T> body) {
        String previous = actor;
        actor = name;
        try {
            return body.get();
        } finally {
            actor = previous;
        }
    }

    /** Who touched {@code path}, in order; empty when nobody did. */
    List<String> actorsOf(WorkspacePath path) {
        return List.copyOf(actors.getOrDefault(path, Set.of()));
    }

    /** Every touched path, in the order it was first touched. */
    List<WorkspacePath> touchedInOrder() {
        return new ArrayList<>(actors.keySet());
    }

    private void touched(WorkspacePath path) {
        actors.computeIfAbsent(path, p -> new LinkedHashSet<>()).add(actor);
    }

    @Override
    public byte[] read(WorkspacePath path) {
        return delegate.read(path);
    }

    @Override
    public void write(WorkspacePath path, byte[] content) {
        delegate.write(path, content);
        touched(path);
    }

    @Override
    public void createDirectories(WorkspacePath path) {
        List<WorkspacePath> missing = new ArrayList<>();
        for (WorkspacePath p = path; !p.isRoot() && !delegate.exists(p); p = p.parent().orElseThrow()) {
            missing.add(0, p);
        }
        delegate.createDirectories(path);
        missing.forEach(this::touched);
    }

    @Override
    public boolean delete(WorkspacePath path) {
        boolean deleted = delegate.delete(path);
        if (deleted) {
            touched(path);
        }
        return deleted;
    }

    @Override
    public void setPosixMode(WorkspacePath path, int mode) {
        delegate.setPosixMode(path, mode);
        touched(path);
    }

    @Override
    public void setModifiedTime(WorkspacePath path, java.time.Instant time) {
        delegate.setModifiedTime(path, time);
    }

    @Override
    public WorkspaceLock lock(WorkspacePath folder) {
        return delegate.lock(folder);
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
        return delegate.describe();
    }
}
