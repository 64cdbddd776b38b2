package dev.protostar.core.format.toml;

import dev.protostar.api.Resolution;
import dev.protostar.api.WorkspacePath;
import java.util.ArrayList;
import java.util.List;
import org.tomlj.MutableTomlArray;
import org.tomlj.MutableTomlTable;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlKeyValue;
import org.tomlj.TomlTable;
import org.tomlj.TomlValue;

/**
 * Applies a payload to a parsed document, table by table, following DESIGN.md section 5:
 *
 * <ul>
 *   <li>{@link Resolution#MERGE}: missing keys, tables and array-of-tables entries are added;
 *       existing values are kept (and reported when they differ from the payload's).
 *   <li>{@link Resolution#OVERWRITE}: the payload's value replaces each differing value in place;
 *       in a table where the payload sets values, other plain values are removed (sub-tables and
 *       arrays of tables are kept); arrays of tables are replaced as a whole.
 * </ul>
 *
 * An <em>overlay</em> (an OVERWRITE that owns no table) replaces differing values and arrays of
 * tables as OVERWRITE does, with the comment after a replaced value swapped for the payload's, but
 * removes nothing: it lays one payload over another.
 *
 * <p>In every mode a table meeting a non-table (or an array of tables meeting a scalar) is a type
 * clash: reported as a warning and left as the user wrote it. Edits go through tomlj, which keeps
 * the source text of everything not edited. One instance serves one merge.
 */
final class TableMerge {

    private final WorkspacePath file;
    private final Resolution resolution;
    private final RenderCheck renderCheck;
    private final boolean overlay;
    private final List<String> keptKeys = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<List<String>> newSections = new ArrayList<>();

    TableMerge(WorkspacePath file, Resolution resolution, RenderCheck renderCheck) {
        this(file, resolution, renderCheck, false);
    }

    /** With {@code overlay}, {@code resolution} must be OVERWRITE and no value the payload lacks is removed. */
    TableMerge(WorkspacePath file, Resolution resolution, RenderCheck renderCheck, boolean overlay) {
        if (resolution != Resolution.MERGE && resolution != Resolution.OVERWRITE) {
            throw new IllegalArgumentException("A TOML merge needs MERGE or OVERWRITE, not " + resolution
                    + "; an ABORT resolution must stop the run before any merge");
        }
        this.file = file;
        this.resolution = resolution;
        this.renderCheck = renderCheck;
        if (overlay && resolution != Resolution.OVERWRITE) {
            throw new IllegalArgumentException("An overlay replaces values: it needs OVERWRITE, not " + resolution);
        }
        this.overlay = overlay;
    }

    /** Dotted keys whose differing user value was kept, in payload order. */
    List<String> keptKeys() {
        return keptKeys;
    }

    /** Problems that left part of the payload unapplied, in payload order. */
    List<String> warnings() {
        return warnings;
    }

    /** Key paths of the tables and arrays of tables this merge added, in insertion order. */
    List<List<String>> newSections() {
        return newSections;
    }

    /** Merges {@code payload} into {@code target}, whose dotted path from the document root is {@code path}. */
    void merge(MutableTomlTable target, TomlTable payload, List<String> path) {
        for (String key : payload.keySet()) {
            List<String> keyPath = append(path, key);
            List<String> local = List.of(key);
            if (!target.contains(local)) {
                insert(target, payload, key);
                if (ValueShape.of(payload.get(local)) != ValueShape.VALUE) {
                    newSections.add(keyPath);
                }
                continue;
            }
            Object existing = target.get(local);
            Object wanted = payload.get(local);
            if (ValueShape.clash(existing, wanted)) {
                warnings.add(file + ": " + Toml.joinKeyPath(keyPath) + " is " + ValueShape.describe(existing)
                        + " in the file but " + ValueShape.describe(wanted) + " in Protostar's settings;"
                        + " left it as it is. Rename or remove it to let Protostar add its own.");
            } else if (ValueShape.of(existing) == ValueShape.TABLE) {
                merge(target.getTable(local), (TomlTable) wanted, keyPath);
            } else if (ValueShape.of(existing) == ValueShape.TABLE_ARRAY
                    && ValueShape.of(wanted) == ValueShape.TABLE_ARRAY
                    && resolution == Resolution.MERGE) {
                addMissingEntries(target.getArray(local), (TomlArray) wanted);
            } else if (!TomlData.same(existing, wanted)) {
                if (resolution == Resolution.MERGE) {
                    keptKeys.add(Toml.joinKeyPath(keyPath));
                } else {
                    replace(target, payload, key);
                }
            }
        }
        if (resolution == Resolution.OVERWRITE && !overlay && setsValues(payload)) {
            removeValuesMissingFrom(target, payload);
        }
    }

    /** Adds payload entry {@code key} (absent from {@code target}) with its notation and comments. */
    private void insert(MutableTomlTable target, TomlTable payload, String key) {
        List<String> local = List.of(key);
        TomlKeyValue entry = payload.entry(local);
        target.set(local, entry.value());
        PayloadComments.copy(payload, target, key);
        if (!renderCheck.renders()) {
            target.remove(local);
            target.set(local, PlainCopy.of(entry.value()));
        }
    }

    /** Replaces the value of {@code key} in {@code target} with the payload's, keeping the user's comments. */
    private void replace(MutableTomlTable target, TomlTable payload, String key) {
        List<String> local = List.of(key);
        TomlValue value = payload.entry(local).value();
        target.set(local, value);
        if (overlay) {
            // The comment after a replaced default describes that default, not the value laid over it.
            target.removeCommentAfter(local);
            PayloadComments.copy(payload, target, key);
        }
        if (!renderCheck.renders()) {
            target.set(local, PlainCopy.of(value));
        }
    }

    /** Appends each payload table that is not already an element of {@code target} (equal as maps). */
    private void addMissingEntries(MutableTomlArray target, TomlArray payload) {
        for (int i = 0; i < payload.size(); i++) {
            TomlTable candidate = payload.getTable(i);
            if (containsTable(target, candidate)) {
                continue;
            }
            target.add(payload.entry(i).value());
            int added = target.size() - 1;
            PayloadComments.copy(payload, i, target, added);
            if (!renderCheck.renders()) {
                target.remove(added);
                target.add(PlainCopy.of(payload.entry(i).value()));
            }
        }
    }

    private static boolean containsTable(TomlArray array, TomlTable table) {
        for (int i = 0; i < array.size(); i++) {
            if (array.isTable(i) && TomlData.same(array.getTable(i), table)) {
                return true;
            }
        }
        return false;
    }

    /** In OVERWRITE, a payload table that sets at least one plain value owns that table's plain values. */
    private static boolean setsValues(TomlTable payload) {
        for (String key : payload.keySet()) {
            if (ValueShape.of(payload.get(List.of(key))) == ValueShape.VALUE) {
                return true;
            }
        }
        return false;
    }

    private static void removeValuesMissingFrom(MutableTomlTable target, TomlTable payload) {
        for (String key : new ArrayList<>(target.keySet())) {
            List<String> local = List.of(key);
            if (!payload.contains(local) && ValueShape.of(target.get(local)) == ValueShape.VALUE) {
                target.remove(local);
            }
        }
    }

    private static List<String> append(List<String> path, String key) {
        List<String> longer = new ArrayList<>(path.size() + 1);
        longer.addAll(path);
        longer.add(key);
        return List.copyOf(longer);
    }
}
