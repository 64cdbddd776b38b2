package dev.protostar.api;

import java.util.List;
import java.util.Objects;

/**
 * What a generation wrote.
 *
 * @param target the generator's name, such as {@code "cpp-class"}
 * @param created the files it created, in the order it wrote them
 * @param warnings what did not stop it, such as a note that an earlier, killed run was rolled back
 *     first, or a file that could not be cleaned up afterwards; usually empty
 */
public record GenerationReport(String target, List<WorkspacePath> created, List<String> warnings) {

    /** Copies the lists. */
    public GenerationReport {
        Objects.requireNonNull(target, "target");
        created = List.copyOf(created);
        warnings = List.copyOf(warnings);
    }
}
