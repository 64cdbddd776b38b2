package dev.protostar.core.format.yaml;

import com.fasterxml.jackson.core.JsonToken;
import java.util.List;
import java.util.Optional;

/**
 * A node of a parsed YAML document with the positions of its source text: what the merge needs to
 * find the exact spans it edits. Built by {@link LocatedYamlReader} from Jackson's token stream.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    /** Where the node's text starts (its anchor or tag included). */
    Mark start();

    /**
     * Where the node's content ends (exclusive): after its last character, not counting the line
     * breaks and blank lines the scanner consumes after a block scalar (unless it keeps them with
     * a {@code +} indicator). For a block collection, the end of its last entry.
     */
    Mark end();

    /** The line holding the node's last character (its first line when it is empty). */
    default int lastLine(SourceLines lines) {
        return end().offset() > start().offset() ? lines.lineOf(end().offset() - 1) : start().line();
    }

    /** Whether the node's text spans several lines. */
    default boolean multiline(SourceLines lines) {
        return lastLine(lines) != start().line();
    }

    /**
     * A scalar, an alias, or a key.
     *
     * @param token Jackson's token for it ({@link JsonToken#VALUE_NULL} for {@code ~}, {@code null}
     *     and an absent value)
     * @param value its text, or {@code null} for a null
     * @param alias whether it is an alias ({@code *name}), whose value is the anchor's name
     */
    record Scalar(Mark start, Mark end, JsonToken token, String value, boolean alias) implements YamlNode {

        boolean isNull() {
            return token == JsonToken.VALUE_NULL;
        }

        /** A null written as nothing at all, as in {@code hooks:} followed by a new key. */
        boolean isImplicitNull() {
            return isNull() && start.offset() == end.offset();
        }
    }

    /** A key and its value in a mapping. */
    record Entry(Scalar key, YamlNode value) {
    }

    /** A mapping; {@code flow} when written as {@code {…}}. */
    record Mapping(Mark start, Mark end, boolean flow, List<Entry> entries) implements YamlNode {

        public Mapping {
            entries = List.copyOf(entries);
        }

        /** The entry for {@code key}; the last one when the key repeats (the one YAML loaders keep). */
        Optional<Entry> entry(String key) {
            for (int i = entries.size() - 1; i >= 0; i--) {
                if (key.equals(entries.get(i).key().value())) {
                    return Optional.of(entries.get(i));
                }
            }
            return Optional.empty();
        }

        /** The column of the keys of a block mapping (that of its first key). */
        int keyColumn() {
            return entries.isEmpty() ? start.column() : entries.get(0).key().start().column();
        }
    }

    /** A sequence; {@code flow} when written as {@code […]}. */
    record Sequence(Mark start, Mark end, boolean flow, List<YamlNode> items) implements YamlNode {

        public Sequence {
            items = List.copyOf(items);
        }
    }
}
