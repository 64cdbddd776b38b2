package dev.protostar.core.format.toml;

import java.util.List;
import org.tomlj.MutableTomlArray;
import org.tomlj.MutableTomlTable;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;
import org.tomlj.TomlValue;

/**
 * A comment-free, inline copy of a payload value. TOML 1.0 allows neither comments nor line breaks
 * inside an inline table, so a value going into one is inserted in this form. Scalars keep their
 * notation (hex, literal strings...).
 */
final class PlainCopy {

    private PlainCopy() {
    }

    /** {@code value} with every table inline and no comments, ready to insert with tomlj's {@code set} or {@code add}. */
    static Object of(TomlValue value) {
        if (value.isTable()) {
            TomlTable table = value.getTable();
            MutableTomlTable copy = MutableTomlTable.createInline();
            for (String key : table.keySet()) {
                copy.set(List.of(key), of(table.entry(List.of(key)).value()));
            }
            return copy;
        }
        if (value.isArray()) {
            TomlArray array = value.getArray();
            MutableTomlArray copy = MutableTomlArray.createInline();
            for (int i = 0; i < array.size(); i++) {
                copy.add(of(array.entry(i).value()));
            }
            return copy;
        }
        return value;
    }
}
