package dev.protostar.api;

import java.util.Objects;

/**
 * One existing file that marks a module's territory, such as {@code pyproject.toml} for Python.
 *
 * @param path the existing file or folder
 * @param moduleId the id of the module whose marker it is
 * @param moduleName that module's display name
 */
public record Collision(WorkspacePath path, String moduleId, String moduleName) {

    /** Validates the fields. */
    public Collision {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(moduleName, "moduleName");
    }
}
