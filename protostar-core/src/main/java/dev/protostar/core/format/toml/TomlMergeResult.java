package dev.protostar.core.format.toml;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link TomlMerger#merge}.
 *
 * @param text the file's new text; identical to the input when {@code changed} is false
 * @param changed whether {@code text} differs from the file's previous text (always true when the
 *     file was absent)
 * @param keptKeys dotted keys (such as {@code tool.ruff.line-length}) whose existing value differs
 *     from the payload's and was kept, in payload order
 * @param warnings one line per problem that left part of the payload unapplied, each naming the
 *     file and the key, in payload order
 */
public record TomlMergeResult(String text, boolean changed, List<String> keptKeys, List<String> warnings) {

    /** Validates the fields and makes the lists immutable copies. */
    public TomlMergeResult {
        Objects.requireNonNull(text, "text");
        keptKeys = List.copyOf(keptKeys);
        warnings = List.copyOf(warnings);
    }
}
