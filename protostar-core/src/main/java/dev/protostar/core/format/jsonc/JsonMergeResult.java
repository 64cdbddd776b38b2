package dev.protostar.core.format.jsonc;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link JsoncMerger#merge}.
 *
 * @param text the file's new text; identical to the input when {@code changed} is false
 * @param changed whether {@code text} differs from the file's previous text (always true when the
 *     file was absent)
 * @param keptKeys dotted paths (keys joined with {@code '.'}, such as {@code editor.rulers} or
 *     {@code [python].editor.formatOnSave}) of values the user already had, that differ from the
 *     payload's and were kept ({@link dev.protostar.api.Resolution#MERGE} only), in payload order
 * @param warnings one line per problem that left part of the payload unapplied (an object in the
 *     payload where the file has a non-object, or the reverse), each naming the file and the key,
 *     in payload order
 */
public record JsonMergeResult(String text, boolean changed, List<String> keptKeys, List<String> warnings) {

    /** Validates the fields and makes the lists immutable copies. */
    public JsonMergeResult {
        Objects.requireNonNull(text, "text");
        keptKeys = List.copyOf(keptKeys);
        warnings = List.copyOf(warnings);
    }
}
