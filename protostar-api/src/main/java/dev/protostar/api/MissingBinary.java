package dev.protostar.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A program that must be on the {@code PATH} before a run can start.
 *
 * @param name the program's name, such as {@code uv}
 * @param neededBy display names of the modules that need it, in registry order
 * @param installHint how to install it (or do without it), from the first module needing it that
 *     {@linkplain BootstrapModule#installHint(String) says so}; empty when none does
 */
public record MissingBinary(String name, List<String> neededBy, Optional<String> installHint) {

    /** A missing program without advice on installing it. */
    public MissingBinary(String name, List<String> neededBy) {
        this(name, neededBy, Optional.empty());
    }

    /** Copies {@code neededBy}. */
    public MissingBinary {
        neededBy = List.copyOf(neededBy);
        Objects.requireNonNull(installHint, "installHint");
    }
}
