package dev.protostar.core.format.toml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tomlj.TomlTable;

/**
 * The tables a payload names, to decide whether several payloads can be applied to one parse of
 * a document and give what applying them one after another (each to the previous result's text)
 * gives. They can when no payload sets a value (or an array of tables) in a table another payload
 * names: then no payload adds keys to a table another payload created or also fills, the case where
 * tomlj lays out edits of an in-memory table differently from edits of the same table read back
 * from text. Sharing only parents, as {@code [tool.ruff]} and {@code [tool.mypy]} share
 * {@code tool}, is fine (checked against one-by-one merging by {@code TomlMergerMergeAllTest}).
 *
 * @param tables the key paths of every table of the payload (sub-tables and implicit parents)
 * @param valueTables the key paths of the tables that directly hold a value or an array of tables
 */
record PayloadTables(Set<List<String>> tables, Set<List<String>> valueTables) {

    /** The tables of {@code payload}. */
    static PayloadTables of(TomlTable payload) {
        Set<List<String>> tables = new HashSet<>();
        Set<List<String>> valueTables = new HashSet<>();
        collect(payload, List.of(), tables, valueTables);
        return new PayloadTables(tables, valueTables);
    }

    private static void collect(TomlTable table, List<String> path, Set<List<String>> tables,
            Set<List<String>> valueTables) {
        for (String key : table.keySet()) {
            Object value = table.get(List.of(key));
            if (ValueShape.of(value) == ValueShape.TABLE) {
                List<String> child = new ArrayList<>(path);
                child.add(key);
                List<String> childPath = List.copyOf(child);
                tables.add(childPath);
                collect((TomlTable) value, childPath, tables, valueTables);
            } else {
                valueTables.add(path);
            }
        }
    }

    /** Whether the payloads described by {@code payloads} can be applied together to one parse. */
    static boolean independent(List<PayloadTables> payloads) {
        for (int i = 0; i < payloads.size(); i++) {
            for (int j = 0; j < payloads.size(); j++) {
                if (i == j) {
                    continue;
                }
                PayloadTables one = payloads.get(i);
                PayloadTables other = payloads.get(j);
                for (List<String> table : one.valueTables()) {
                    if (other.tables().contains(table)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
