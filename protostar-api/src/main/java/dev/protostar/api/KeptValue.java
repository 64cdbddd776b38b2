package dev.protostar.api;

import java.util.Objects;

/**
 * A value the user already had that a merge left alone although Protostar's default differs.
 *
 * @param file the file holding it
 * @param key its dotted key, such as {@code tool.ruff.line-length}
 */
public record KeptValue(WorkspacePath file, String key) {

    /** Validates the fields. */
    public KeptValue {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
    }

    @Override
    public String toString() {
        return file + ": " + key;
    }
}
