package dev.protostar.core.format.toml;

import dev.protostar.core.format.toml.TomlLayout.KeyValue;
import dev.protostar.core.format.toml.TomlLayout.Value;
import java.util.List;

/** Cutting one entry out of an inline table, with one comma next to it. */
final class InlineTables {

    private InlineTables() {
    }

    /** {@code body} without {@code entry} of {@code table} (a span of {@code body}), which has other entries. */
    static String cutEntry(String body, Value table, KeyValue entry) {
        List<KeyValue> entries = table.entries();
        int index = entries.indexOf(entry);
        if (entry.comma() >= 0) {
            int next = Lines.skipBlanks(body, entry.comma() + 1);
            char c = next < body.length() ? body.charAt(next) : '\n';
            int end = c == '\n' || c == '\r' || c == '#' ? entry.comma() + 1 : next;
            return body.substring(0, entry.start()) + body.substring(end);
        }
        return body.substring(0, entries.get(index - 1).comma()) + body.substring(entry.lineEnd());
    }
}
