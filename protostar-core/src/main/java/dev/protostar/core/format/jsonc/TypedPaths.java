package dev.protostar.core.format.jsonc;

import dev.protostar.core.format.TypedValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and edits of a decoded document by key path: the data an edit of the text must produce. */
final class TypedPaths {

    private TypedPaths() {
    }

    /** The value at {@code path} in {@code root}, or {@code null} when there is none. */
    static TypedValue at(TypedValue.Tbl root, List<String> path) {
        TypedValue current = root;
        for (String key : path) {
            if (!(current instanceof TypedValue.Tbl table)) {
                return null;
            }
            current = table.members().get(key);
        }
        return current;
    }

    /** {@code root} with {@code value} at {@code path}, objects created on the way (the path must not cross a non-object). */
    static TypedValue.Tbl with(TypedValue.Tbl root, List<String> path, TypedValue value) {
        Map<String, TypedValue> members = new LinkedHashMap<>(root.members());
        String key = path.get(0);
        if (path.size() == 1) {
            members.put(key, value);
        } else {
            TypedValue inner = members.get(key);
            TypedValue.Tbl table = inner == null ? new TypedValue.Tbl(Map.of()) : (TypedValue.Tbl) inner;
            members.put(key, with(table, path.subList(1, path.size()), value));
        }
        return new TypedValue.Tbl(members);
    }

    /** {@code root} without the value at {@code path} (which must be there). */
    static TypedValue.Tbl without(TypedValue.Tbl root, List<String> path) {
        Map<String, TypedValue> members = new LinkedHashMap<>(root.members());
        String key = path.get(0);
        if (path.size() == 1) {
            members.remove(key);
        } else {
            members.put(key, without((TypedValue.Tbl) members.get(key), path.subList(1, path.size())));
        }
        return new TypedValue.Tbl(members);
    }
}
