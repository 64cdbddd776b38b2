package dev.protostar.api;

import java.util.Objects;

/**
 * A block of lines Protostar owns inside an otherwise user-owned plain file ({@code .envrc},
 * {@code AGENTS.md}, a shell or ini file). It lives between two marker comments, {@code region:
 * protostar <tag>} and {@code endregion: protostar <tag>}, in the file's comment syntax; a re-run
 * replaces the lines between the markers and never touches anything outside them.
 *
 * @param target the file
 * @param tag the region's name, unique within the file: letters, digits, {@code .}, {@code _},
 *     {@code -}
 * @param content the lines inside the region
 */
public record TextBlock(WorkspacePath target, String tag, String content) {

    /** Validates the fields. */
    public TextBlock {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(content, "content");
        if (!tag.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException(
                    "A text block's tag must be letters, digits, '.', '_' or '-', got \"" + tag + "\"");
        }
    }
}
