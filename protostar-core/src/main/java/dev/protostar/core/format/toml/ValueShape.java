package dev.protostar.core.format.toml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * How a merge treats a value: a table is merged key by key, an array of tables entry by entry,
 * anything else (scalars, ordinary arrays) as one value.
 */
enum ValueShape {
    /** A table, whether written with a header, as an inline table or through dotted keys. */
    TABLE,
    /** A non-empty array whose elements are all tables, such as {@code [[tool.x.item]]}. */
    TABLE_ARRAY,
    /** A scalar or an array of non-tables (or an empty array). */
    VALUE;

    /** The shape of a value as tomlj returns it from {@code TomlTable.get}. */
    static ValueShape of(Object value) {
        if (value instanceof TomlTable) {
            return TABLE;
        }
        if (value instanceof TomlArray array && !array.isEmpty()) {
            for (int i = 0; i < array.size(); i++) {
                if (!array.isTable(i)) {
                    return VALUE;
                }
            }
            return TABLE_ARRAY;
        }
        return VALUE;
    }

    /**
     * Whether a payload value of shape {@code payload} cannot be merged into an existing value of
     * shape {@code existing}: a table against anything else, or an array of tables against a
     * scalar. (Two arrays never clash; they are compared as values.)
     */
    static boolean clash(Object existing, Object payload) {
        ValueShape a = of(existing);
        ValueShape b = of(payload);
        if (a == b) {
            return false;
        }
        if (a == TABLE || b == TABLE) {
            return true;
        }
        return !(existing instanceof TomlArray && payload instanceof TomlArray);
    }

    /** A short English name for a value's TOML type, for warnings ("a table", "a string"...). */
    static String describe(Object value) {
        if (value instanceof TomlTable) {
            return "a table";
        }
        if (value instanceof TomlArray) {
            return of(value) == TABLE_ARRAY ? "an array of tables" : "an array";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Long) {
            return "an integer";
        }
        if (value instanceof Double) {
            return "a float";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof OffsetDateTime || value instanceof LocalDateTime) {
            return "a date-time";
        }
        if (value instanceof LocalDate) {
            return "a date";
        }
        if (value instanceof LocalTime) {
            return "a time";
        }
        return "a value";
    }
}
