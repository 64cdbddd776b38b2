package dev.protostar.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A generator was asked to write files that already exist. Generators never overwrite, so the
 * whole generation stopped before its first write: nothing was changed.
 *
 * <p>Not a {@link CollisionAbortedException}: that one says a scaffold could merge into the
 * existing files when forced, whereas a generator has nothing to merge and no force to offer.
 */
public final class TargetExistsException extends ProtostarException {

    private static final long serialVersionUID = 1L;

    private final transient List<WorkspacePath> existing;
    /** The generator target whose files already exist. */
    private final String target;

    /**
     * @param target the generator's name, such as {@code "cpp-class"}
     * @param existing every file of the generation that is already there (at least one)
     */
    public TargetExistsException(String target, List<WorkspacePath> existing) {
        super("Cannot generate " + target + ": "
                        + existing.stream().map(WorkspacePath::toString).collect(Collectors.joining(", "))
                        + (existing.size() == 1 ? " already exists" : " already exist")
                        + ". Generators never overwrite; nothing was written.",
                "Choose another name, or move " + (existing.size() == 1 ? "that file" : "those files")
                        + " aside and run again.",
                null);
        if (existing.isEmpty()) {
            throw new IllegalArgumentException("A TargetExistsException names at least one existing file");
        }
        this.target = target;
        this.existing = List.copyOf(existing);
    }

    /** 1: the generation was refused because of what is in the folder, not because something is broken. */
    @Override
    public int exitCode() {
        return 1;
    }

    /** The generator that was refused. */
    public String target() {
        return target;
    }

    /** The files that already exist, in the order the generator would have written them. */
    public List<WorkspacePath> existing() {
        return existing;
    }
}
