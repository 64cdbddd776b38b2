package dev.protostar.core.lifecycle;

import dev.protostar.api.WorkspacePath;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of {@code protostar.lock}: the request and, per managed file, its policy and baseline.
 *
 * @param schemaVersion the lock format's version; a lock with a higher one is refused
 * @param producerVersion the Protostar version that wrote it
 * @param files sorted by path
 */
public record ProjectLock(int schemaVersion, String producerVersion, LockedRequest request, List<ManagedFile> files) {

    /** The lock file's place in a project. */
    public static final WorkspacePath PATH = WorkspacePath.of("protostar.lock");

    /** The schema this Protostar writes and the highest it reads. */
    public static final int SCHEMA_VERSION = 1;

    public ProjectLock {
        Objects.requireNonNull(producerVersion, "producerVersion");
        Objects.requireNonNull(request, "request");
        files = files.stream().sorted(Comparator.comparing(ManagedFile::path)).toList();
    }

    /** The entry of {@code path}, if the lock manages it. */
    public Optional<ManagedFile> file(WorkspacePath path) {
        return files.stream().filter(file -> file.path().equals(path)).findFirst();
    }
}
