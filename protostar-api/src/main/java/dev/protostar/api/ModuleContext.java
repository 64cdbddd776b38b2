package dev.protostar.api;

import java.util.List;
import java.util.Optional;

/**
 * What a module may look at while it declares its needs: the workspace, read-only, and the other
 * modules of the run. Nothing reachable from here can change the workspace.
 */
public interface ModuleContext {

    /** Whether an entry exists at {@code path}. */
    boolean exists(WorkspacePath path);

    /** Whether {@code path} is a folder. */
    boolean isDirectory(WorkspacePath path);

    /** The content of a file as UTF-8 text, or empty when there is no such file. */
    Optional<String> readString(WorkspacePath path);

    /** The direct children of a folder, sorted by name; empty when it is not a folder. */
    List<WorkspacePath> list(WorkspacePath directory);

    /** Whether a module with this id takes part in the run. */
    boolean isActive(String moduleId);

    /** The active module of this type, when one takes part in the run. */
    <T extends BootstrapModule> Optional<T> activeModule(Class<T> type);

    /** How existing files will be treated; {@link Resolution#MERGE} when nothing collided. */
    Resolution resolution();

    /** Shorthand for {@link #exists(WorkspacePath)} with {@link WorkspacePath#of(String)}. */
    default boolean exists(String path) {
        return exists(WorkspacePath.of(path));
    }
}
