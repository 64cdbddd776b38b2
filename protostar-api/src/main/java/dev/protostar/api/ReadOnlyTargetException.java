package dev.protostar.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The run would modify files that are read-only (their mode has no owner-write bit, such as {@code
 * 0444}), and it was not told to write read-only files. The check looks at the mode the workspace
 * reports, not at whether a write would succeed, so it holds for every user, {@code root} included.
 * It covers the files Protostar edits and the existing files a task it starts owns (for example
 * {@code pyproject.toml} for {@code uv add}). Every such file is named; the folder is as it was
 * before the run.
 *
 * <p>A collision-level refusal, like {@link CollisionAbortedException}: nothing is broken, the run
 * stopped on what it found in the folder.
 */
public final class ReadOnlyTargetException extends ProtostarException {

    private static final long serialVersionUID = 1L;

    private final transient List<WorkspacePath> paths;

    /**
     * @param paths every read-only file the run would have modified (at least one), in the order found
     * @throws IllegalArgumentException when {@code paths} is empty
     */
    public ReadOnlyTargetException(List<WorkspacePath> paths) {
        super(message(paths), "Make " + (paths.size() == 1 ? "it" : "them") + " writable (chmod u+w "
                + paths.stream().map(WorkspacePath::toString).collect(Collectors.joining(" "))
                + ") or run again with --force-readonly (API: Protostar.builder().forceReadOnly()) to write "
                + (paths.size() == 1 ? "it" : "them") + " anyway; a file written that way keeps its mode.", null);
        this.paths = List.copyOf(paths);
    }

    private static String message(List<WorkspacePath> paths) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("A ReadOnlyTargetException names at least one file");
        }
        return "The run would modify " + (paths.size() == 1 ? "a read-only file" : paths.size() + " read-only files")
                + ": " + paths.stream().map(WorkspacePath::toString).collect(Collectors.joining(", "))
                + ". Protostar does not write a file whose mode forbids writing unless told to; the folder is as it"
                + " was before the run.";
    }

    /** 1: the run stopped on what it found in the folder, as for {@link CollisionAbortedException}. */
    @Override
    public int exitCode() {
        return 1;
    }

    /** The read-only files the run would have modified, in the order found. */
    public List<WorkspacePath> paths() {
        return paths;
    }
}
