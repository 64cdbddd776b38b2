package dev.protostar.core.lifecycle;

import dev.protostar.core.format.TypedValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * Reads one owned entry's {@code value} (or {@code member}) and puts back what {@link LockText}
 * wrote beside it: the nulls listed in {@code <field>_nulls} and the dates and times listed in
 * {@code <field>_datetimes}, each where its placeholder string stands.
 */
final class LockValueReader {

    private final TomlTable entry;
    private final String field;
    private final int line;

    LockValueReader(TomlTable entry, String field, int line) {
        this.entry = entry;
        this.field = field;
        this.line = line;
    }

    TypedValue read() {
        TypedValue value = convert(entry.get(List.of(field)), 0);
        for (Object item : list(field + "_nulls")) {
            List<Object> place = place(item, field + "_nulls");
            value = replace(value, place, 0, placeholder -> {
                if (!placeholder.equals(new TypedValue.Str(LockText.NULL_PLACEHOLDER))) {
                    throw refused(field + "_nulls names " + LockText.place(place) + ", where " + field
                            + " holds no \"null\" placeholder");
                }
                return new TypedValue.Null();
            });
        }
        for (Object item : list(field + "_datetimes")) {
            String what = field + "_datetimes";
            if (!(item instanceof TomlTable placed) || !java.util.Set.of("at", "kind", "text").equals(placed.keySet())) {
                throw refused("every entry of " + what + " must be { at = [...], kind = \"...\", text = \"...\" }");
            }
            List<Object> place = place(placed.get(List.of("at")), what);
            if (!(placed.get(List.of("kind")) instanceof String kind) || !LockDateTimes.KINDS.contains(kind)) {
                throw refused("the kind in " + what + " must be one of " + LockDateTimes.KINDS);
            }
            if (!(placed.get(List.of("text")) instanceof String text)) {
                throw refused("the text in " + what + " must be a string");
            }
            value = replace(value, place, 0, placeholder -> {
                if (!placeholder.equals(new TypedValue.Str(text))) {
                    throw refused(what + " names " + LockText.place(place) + ", where " + field
                            + " does not hold the date's text");
                }
                return new TypedValue.DateTime(kind, text);
            });
        }
        return value;
    }

    private TypedValue convert(Object value, int depth) {
        if (depth > LockCodec.MAX_DEPTH) {
            throw refused(field + " is nested deeper than the " + LockCodec.MAX_DEPTH + " levels a lock may hold");
        }
        if (value instanceof String s) {
            return new TypedValue.Str(s);
        }
        if (value instanceof Long l) {
            return new TypedValue.Int(l);
        }
        if (value instanceof Double d) {
            return new TypedValue.Flt(d);
        }
        if (value instanceof Boolean b) {
            return new TypedValue.Bool(b);
        }
        if (value instanceof TomlArray array) {
            List<TypedValue> items = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                items.add(convert(array.get(i), depth + 1));
            }
            return new TypedValue.Arr(items);
        }
        if (value instanceof TomlTable table) {
            Map<String, TypedValue> members = new LinkedHashMap<>();
            for (String key : table.keySet()) {
                members.put(key, convert(table.get(List.of(key)), depth + 1));
            }
            return new TypedValue.Tbl(members);
        }
        return LockDateTimes.kindOf(value)
                .<TypedValue>map(kind -> new TypedValue.DateTime(kind, LockDateTimes.canonical(value)))
                .orElseThrow(() -> refused(field + " holds a value of an unknown type"));
    }

    private List<Object> list(String name) {
        if (!entry.contains(List.of(name))) {
            return List.of();
        }
        if (!(entry.get(List.of(name)) instanceof TomlArray array)) {
            throw refused(name + " must be an array");
        }
        return array.toList();
    }

    /** A place: an array of indices and keys. */
    private List<Object> place(Object item, String what) {
        if (!(item instanceof TomlArray steps) || steps.size() > LockCodec.MAX_DEPTH + 1) {
            throw refused("every place in " + what + " must be an array of indices and keys");
        }
        List<Object> place = new ArrayList<>();
        for (Object step : steps.toList()) {
            if (!(step instanceof Long) && !(step instanceof String)) {
                throw refused("every place in " + what + " must be an array of indices and keys");
            }
            place.add(step);
        }
        return place;
    }

    /** {@code value} with the value at {@code place} (from step {@code from}) replaced by {@code change}'s result. */
    private TypedValue replace(TypedValue value, List<Object> place, int from, UnaryOperator<TypedValue> change) {
        if (from == place.size()) {
            return change.apply(value);
        }
        Object step = place.get(from);
        if (value instanceof TypedValue.Arr array && step instanceof Long index && index >= 0
                && index < array.items().size()) {
            List<TypedValue> items = new ArrayList<>(array.items());
            int i = index.intValue();
            items.set(i, replace(items.get(i), place, from + 1, change));
            return new TypedValue.Arr(items);
        }
        if (value instanceof TypedValue.Tbl table && step instanceof String key && table.members().containsKey(key)) {
            Map<String, TypedValue> members = new LinkedHashMap<>(table.members());
            members.put(key, replace(members.get(key), place, from + 1, change));
            return new TypedValue.Tbl(members);
        }
        throw refused(LockText.place(place) + " is not a place in " + field);
    }

    private dev.protostar.api.ConfigurationException refused(String what) {
        return LockCodec.refused(line, what);
    }
}
