package dev.protostar.core.format.toml;

import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.TypedValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A TOML document's data as a {@link TypedValue.Tbl}, edited by key path without touching the
 * original: what {@link TomlSlotEditor} expects a result to hold.
 */
final class Tree {

    /** The data of an empty document. */
    static final TypedValue.Tbl EMPTY = new TypedValue.Tbl(Map.of());

    private Tree() {
    }

    /**
     * The value at {@code path}, or null when absent. A key on the way that holds something other
     * than a table makes the path absent; when {@code strict}, it is refused instead.
     *
     * @throws IllegalArgumentException when {@code strict} and a key on the way is not a table
     */
    static TypedValue lookup(WorkspacePath target, TypedValue.Tbl root, List<String> path, boolean strict) {
        TypedValue current = root;
        for (int i = 0; i < path.size(); i++) {
            if (!(current instanceof TypedValue.Tbl table)) {
                if (strict) {
                    throw new IllegalArgumentException("Cannot edit " + TomlLiteral.dotted(path) + " in " + target
                            + ": " + TomlLiteral.dotted(path.subList(0, i)) + " is " + TomlSlotEditor.describe(current)
                            + ", not a table; the user's value is left alone");
                }
                return null;
            }
            current = table.members().get(path.get(i));
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** {@code root} with {@code value} at {@code path}, creating tables on the way (in place when the key exists). */
    static TypedValue.Tbl with(TypedValue.Tbl root, List<String> path, TypedValue value) {
        Map<String, TypedValue> members = new LinkedHashMap<>(root.members());
        String key = path.get(0);
        if (path.size() == 1) {
            members.put(key, value);
        } else {
            TypedValue child = members.get(key);
            members.put(key, with(child instanceof TypedValue.Tbl table ? table : EMPTY, path.subList(1, path.size()),
                    value));
        }
        return new TypedValue.Tbl(members);
    }

    /** {@code root} without the value at {@code path} (unchanged when there is none). */
    static TypedValue.Tbl without(TypedValue.Tbl root, List<String> path) {
        String key = path.get(0);
        if (!root.members().containsKey(key)) {
            return root;
        }
        Map<String, TypedValue> members = new LinkedHashMap<>(root.members());
        if (path.size() == 1) {
            members.remove(key);
        } else if (members.get(key) instanceof TypedValue.Tbl child) {
            members.put(key, without(child, path.subList(1, path.size())));
        } else {
            return root;
        }
        return new TypedValue.Tbl(members);
    }

    /** A short description of the first place where {@code actual} differs from {@code expected}. */
    static String firstDifference(TypedValue.Tbl expected, TypedValue.Tbl actual) {
        return difference(expected, actual, new ArrayList<>());
    }

    private static String difference(TypedValue.Tbl expected, TypedValue.Tbl actual, List<String> path) {
        Set<String> keys = new TreeSet<>(expected.members().keySet());
        keys.addAll(actual.members().keySet());
        for (String key : keys) {
            path.add(key);
            TypedValue want = expected.members().get(key);
            TypedValue got = actual.members().get(key);
            if (want == null) {
                return "unexpected " + TomlLiteral.dotted(path);
            }
            if (got == null) {
                return "missing " + TomlLiteral.dotted(path);
            }
            if (want instanceof TypedValue.Tbl wantTable && got instanceof TypedValue.Tbl gotTable) {
                if (!wantTable.equals(gotTable)) {
                    return difference(wantTable, gotTable, path);
                }
            } else if (!want.equals(got)) {
                return TomlLiteral.dotted(path) + " is " + got.display() + " instead of " + want.display();
            }
            path.remove(path.size() - 1);
        }
        return "no difference found";
    }
}
