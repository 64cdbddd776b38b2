package dev.protostar.core.format.toml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tomlj.TomlArray;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * The {@code [table]} and {@code [[array]]} header lines of a parsed document, in line order.
 * tomlj gives every table a position; a table has a header of its own when the text there opens
 * with '[' and none of its keys shares that position (an implicit table such as {@code tool} in
 * {@code [tool.ruff]} takes the position of its first child).
 */
final class SectionHeaders {

    /**
     * One header line.
     *
     * @param line 0-based line index in the text
     * @param path the table's (or array of tables') key path
     */
    record Header(int line, List<String> path) {

        /** Whether this header opens {@code path} or one of its descendants. */
        boolean isWithin(List<String> prefix) {
            return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
        }
    }

    private SectionHeaders() {
    }

    /** The headers of {@code document}, whose text split into lines is {@code lines}, sorted by line. */
    static List<Header> of(TomlTable document, List<String> lines) {
        List<Header> headers = new ArrayList<>();
        collect(document, List.of(), lines, headers);
        headers.sort(Comparator.comparingInt(Header::line));
        return headers;
    }

    private static void collect(TomlTable table, List<String> path, List<String> lines, List<Header> out) {
        for (String key : table.keySet()) {
            List<String> local = List.of(key);
            List<String> keyPath = new ArrayList<>(path);
            keyPath.add(key);
            Object value = table.get(local);
            if (value instanceof TomlTable child) {
                TomlPosition position = table.inputPositionOf(local);
                if (opensWithBracket(position, lines) && !sharesPosition(child, position)) {
                    out.add(new Header(position.line() - 1, List.copyOf(keyPath)));
                }
                collect(child, keyPath, lines, out);
            } else if (value instanceof TomlArray array && ValueShape.of(array) == ValueShape.TABLE_ARRAY) {
                for (int i = 0; i < array.size(); i++) {
                    TomlPosition position = array.inputPositionOf(i);
                    if (opensWithBracket(position, lines)) {
                        out.add(new Header(position.line() - 1, List.copyOf(keyPath)));
                    }
                    collect(array.getTable(i), keyPath, lines, out);
                }
            }
        }
    }

    private static boolean opensWithBracket(TomlPosition position, List<String> lines) {
        if (position == null || position.line() < 1 || position.line() > lines.size()) {
            return false;
        }
        String line = lines.get(position.line() - 1);
        int column = position.column() - 1;
        return column >= 0 && column < line.length() && line.charAt(column) == '['
                && line.substring(0, column).isBlank();
    }

    private static boolean sharesPosition(TomlTable table, TomlPosition position) {
        for (String key : table.keySet()) {
            if (position.equals(table.inputPositionOf(List.of(key)))) {
                return true;
            }
        }
        return false;
    }
}
