package dev.protostar;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one of {@link Merge}'s merges of two texts.
 *
 * @param text the merged text: what the file should hold. Identical to the current text when {@code
 *     changed} is false; for an absent file ({@code current} {@code null}) the new file's text (empty
 *     when there was nothing to add)
 * @param changed whether {@code text} differs from the current text; always true for an absent file
 *     that gets content
 * @param keptKeys the user's values that differ from the payload's and were kept ({@link
 *     dev.protostar.api.Resolution#MERGE}), as dotted key paths such as {@code tool.ruff.line-length},
 *     {@code [python].editor.formatOnSave} or {@code repos[https://github.com/psf/black].rev}, in
 *     payload order; always empty for ignore files
 * @param warnings one full sentence per part of the payload that could not be applied as given, in
 *     payload order
 */
public record MergeResult(String text, boolean changed, List<String> keptKeys, List<String> warnings) {

    /** Validates and copies the fields. */
    public MergeResult {
        Objects.requireNonNull(text, "text");
        keptKeys = List.copyOf(keptKeys);
        warnings = List.copyOf(warnings);
    }
}
