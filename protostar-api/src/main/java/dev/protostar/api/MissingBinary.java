package dev.protostar.api;

import java.util.List;

/**
 * A program that must be on the {@code PATH} before a run can start.
 *
 * @param name the program's name, such as {@code uv}
 * @param neededBy display names of the modules that need it, in registry order
 */
public record MissingBinary(String name, List<String> neededBy) {

    /** Copies {@code neededBy}. */
    public MissingBinary {
        neededBy = List.copyOf(neededBy);
    }
}
