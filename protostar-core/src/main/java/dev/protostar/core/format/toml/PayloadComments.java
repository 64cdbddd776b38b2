package dev.protostar.core.format.toml;

import java.util.List;
import org.tomlj.TomlArray;
import org.tomlj.TomlComment;
import org.tomlj.TomlTable;
import org.tomlj.MutableTomlArray;
import org.tomlj.MutableTomlTable;

/**
 * Copies the comments that sit around a payload entry (the lines above it and the one after it)
 * onto the entry just inserted into the document. tomlj carries the comments inside a value it
 * inserts (array elements, keys of an inserted table), but not those attached to the entry itself.
 */
final class PayloadComments {

    private PayloadComments() {
    }

    /** Gives {@code target}'s entry {@code key} the comments {@code source} has on its entry {@code key}. */
    static void copy(TomlTable source, MutableTomlTable target, String key) {
        List<String> path = List.of(key);
        for (TomlComment comment : source.comments(path)) {
            switch (comment.placement()) {
                case ABOVE -> target.setCommentAbove(path, comment.lines());
                case AFTER -> target.setCommentAfter(path, comment.text());
                default -> {
                    // An unattached comment belongs to no entry; it stays in the payload.
                }
            }
        }
    }

    /** Gives {@code target}'s element {@code targetIndex} the comments of {@code source}'s element {@code sourceIndex}. */
    static void copy(TomlArray source, int sourceIndex, MutableTomlArray target, int targetIndex) {
        for (TomlComment comment : source.comments(sourceIndex)) {
            switch (comment.placement()) {
                case ABOVE -> target.setCommentAbove(targetIndex, comment.lines());
                case AFTER -> target.setCommentAfter(targetIndex, comment.text());
                default -> {
                    // An unattached comment belongs to no element.
                }
            }
        }
    }
}
