package dev.protostar.core.format.yaml;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link PreCommitConfigMerger#merge}.
 *
 * @param text the file's new text; identical to the input when {@code changed} is false
 * @param changed whether {@code text} differs from the file's previous text (always true when the
 *     file was absent)
 * @param keptKeys the user's values that differ from the declared ones and were kept (under {@link
 *     dev.protostar.api.Resolution#MERGE}), such as {@code repos[https://github.com/psf/black].rev}
 *     or {@code repos[…].hooks[mypy].args}, in declaration order
 * @param warnings one line per edit that could not keep the file's own layout (a flow-style
 *     collection rewritten in block style, a repository listed twice), each naming the file
 */
public record PreCommitMergeResult(String text, boolean changed, List<String> keptKeys, List<String> warnings) {

    /** Validates the fields and makes the lists immutable copies. */
    public PreCommitMergeResult {
        Objects.requireNonNull(text, "text");
        keptKeys = List.copyOf(keptKeys);
        warnings = List.copyOf(warnings);
    }
}
