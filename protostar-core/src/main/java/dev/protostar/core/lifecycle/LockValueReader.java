package dev.protostar.core.lifecycle;

import dev.protostar.api.ConfigurationException;
import dev.protostar.core.format.TypedValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * Reads one owned entry's {@code value} (or {@code member}) and puts back what {@link LockText}
 * wrote beside it: the nulls listed in {@code <field>_nulls} and the dates and times listed in
 * {@code <field>_datetimes}, each where its placeholder string stands. The value is built as a
 * mutable tree first, so each listed place costs its depth, not the size of the value.
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
        List<Object> root = new ArrayList<>(List.of(tree(entry.get(List.of(field)), 0)));
        for (Object item : list(field + "_nulls")) {
            List<Object> place = place(item, field + "_nulls");
            replace(root, place, placeholder -> {
                if (!placeholder.equals(new TypedValue.Str(LockText.NULL_PLACEHOLDER))) {
                    throw refused(field + "_nulls names " + LockText.place(place) + ", where " + field
                            + " holds no \"null\" placeholder");
                }
                return new TypedValue.Null();
            });
        }
        for (Object item : list(field + "_datetimes")) {
            String what = field + "_datetimes";
            if (!(item instanceof TomlTable placed) || !Set.of("at", "kind", "text").equals(placed.keySet())) {
                throw refused("every entry of " + what + " must be { at = [...], kind = \"...\", text = \"...\" }");
            }
            List<Object> place = place(placed.get(List.of("at")), what);
            if (!(placed.get(List.of("kind")) instanceof String kind) || !LockDateTimes.KINDS.contains(kind)) {
                throw refused("the kind in " + what + " must be one of " + LockDateTimes.KINDS);
            }
            if (!(placed.get(List.of("text")) instanceof String text)) {
                throw refused("the text in " + what + " must be a string");
            }
            replace(root, place, placeholder -> {
                if (!placeholder.equals(new TypedValue.Str(text))) {
                    throw refused(what + " names " + LockText.place(place) + ", where " + field
                            + " does not hold the date's text");
                }
                return new TypedValue.DateTime(kind, text);
            });
        }
        return freeze(root.get(0));
    }

    /** The value as leaves ({@link TypedValue}s) in mutable lists and maps. */
    private Object tree(Object value, int depth) {
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
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                items.add(tree(array.get(i), depth + 1));
            }
            return items;
        }
        if (value instanceof TomlTable table) {
            Map<String, Object> members = new LinkedHashMap<>();
            for (String key : table.keySet()) {
                members.put(key, tree(table.get(List.of(key)), depth + 1));
            }
            return members;
        }
        return LockDateTimes.kindOf(value)
                .<TypedValue>map(kind -> new TypedValue.DateTime(kind, LockDateTimes.canonical(value)))
                .orElseThrow(() -> refused(field + " holds a value of an unknown type"));
    }

    @SuppressWarnings("unchecked")
    private static TypedValue freeze(Object node) {
        if (node instanceof List<?> items) {
            List<TypedValue> frozen = new ArrayList<>();
            for (Object item : items) {
                frozen.add(freeze(item));
            }
            return new TypedValue.Arr(frozen);
        }
        if (node instanceof Map<?, ?> members) {
            Map<String, TypedValue> frozen = new LinkedHashMap<>();
            for (Map.Entry<String, Object> member : ((Map<String, Object>) members).entrySet()) {
                frozen.put(member.getKey(), freeze(member.getValue()));
            }
            return new TypedValue.Tbl(frozen);
        }
        return (TypedValue) node;
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

    /** Replaces the leaf at {@code place} below {@code root}'s only item with {@code change}'s result. */
    @SuppressWarnings("unchecked")
    private void replace(List<Object> root, List<Object> place, UnaryOperator<TypedValue> change) {
        Object parent = root;
        Object step = 0L;
        for (Object next : place) {
            Object child = child(parent, step, place);
            if (!(child instanceof List<?>) && !(child instanceof Map<?, ?>)) {
                throw refused(LockText.place(place) + " is not a place in " + field);
            }
            parent = child;
            step = next;
        }
        Object leaf = child(parent, step, place);
        if (!(leaf instanceof TypedValue value)) {
            throw refused(LockText.place(place) + " is not a place in " + field);
        }
        if (parent instanceof List<?> items) {
            ((List<Object>) items).set(((Long) step).intValue(), change.apply(value));
        } else {
            ((Map<String, Object>) parent).put((String) step, change.apply(value));
        }
    }

    private Object child(Object parent, Object step, List<Object> place) {
        if (parent instanceof List<?> items && step instanceof Long index && index >= 0 && index < items.size()) {
            return items.get(index.intValue());
        }
        if (parent instanceof Map<?, ?> members && step instanceof String key && members.containsKey(key)) {
            return members.get(key);
        }
        throw refused(LockText.place(place) + " is not a place in " + field);
    }

    private ConfigurationException refused(String what) {
        return LockCodec.refused(line, what);
    }
}
