package dev.protostar.api;

import java.util.List;
import java.util.Objects;

/**
 * One hook of a pre-commit repository.
 *
 * @param id the hook's id in its repository, such as {@code "ruff"}
 * @param args extra arguments, such as {@code "--fix"}; empty for none
 * @param additionalDependencies packages the hook's environment needs, such as a mypy hook's
 *     project dependencies; empty for none
 */
public record PreCommitHook(String id, List<String> args, List<String> additionalDependencies) {

    /** Validates and copies the fields. */
    public PreCommitHook {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("A pre-commit hook needs an id");
        }
        args = List.copyOf(args);
        additionalDependencies = List.copyOf(additionalDependencies);
    }

    /** A hook with no arguments and no additional dependencies. */
    public static PreCommitHook of(String id) {
        return new PreCommitHook(id, List.of(), List.of());
    }
}
