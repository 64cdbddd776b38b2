package dev.protostar.core.format.toml;

import dev.protostar.core.format.Slot;
import dev.protostar.core.format.TypedValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * tomlj's values as {@link TypedValue}s, and a document's slots. Dates and times keep their kind
 * ({@code offset-date-time}, {@code local-date-time}, {@code local-date}, {@code local-time}) and
 * are written as TOML writes them: {@code T} between date and time, seconds always present, a
 * fraction only when not zero (without trailing zeros), {@code Z} for a zero offset.
 */
final class TomlTyped {

    private TomlTyped() {
    }

    /** A value as tomlj returns it (table, array, string, long, double, boolean, date or time). */
    static TypedValue of(Object value) {
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
        if (value instanceof OffsetDateTime t) {
            return new TypedValue.DateTime("offset-date-time", text(t));
        }
        if (value instanceof LocalDateTime t) {
            return new TypedValue.DateTime("local-date-time", text(t));
        }
        if (value instanceof LocalDate d) {
            return new TypedValue.DateTime("local-date", text(d));
        }
        if (value instanceof LocalTime t) {
            return new TypedValue.DateTime("local-time", text(t));
        }
        if (value instanceof TomlArray array) {
            List<TypedValue> items = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                items.add(of(array.get(i)));
            }
            return new TypedValue.Arr(items);
        }
        if (value instanceof TomlTable table) {
            Map<String, TypedValue> members = new LinkedHashMap<>();
            for (Map.Entry<String, Object> entry : table.entrySet()) {
                members.put(entry.getKey(), of(entry.getValue()));
            }
            return new TypedValue.Tbl(members);
        }
        throw new IllegalArgumentException("not a TOML value: " + value);
    }

    static String text(OffsetDateTime t) {
        ZoneOffset offset = t.getOffset();
        return text(t.toLocalDateTime()) + (offset.getTotalSeconds() == 0 ? "Z" : offset.getId());
    }

    static String text(LocalDateTime t) {
        return text(t.toLocalDate()) + "T" + text(t.toLocalTime());
    }

    static String text(LocalDate d) {
        return String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    static String text(LocalTime t) {
        String time = String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
        if (t.getNano() == 0) {
            return time;
        }
        String fraction = String.format("%09d", t.getNano()).replaceFirst("0+$", "");
        return time + "." + fraction;
    }

    /**
     * The slots of a document's data, in document order: tables are walked into (standard, implicit,
     * dotted-key and inline ones alike); an array (inline or of tables) gives one member slot per
     * distinct member, in order of first appearance; every other value a key slot, an empty array
     * included (so that {@code ignore = []}, which has no member, can still be owned and retracted).
     */
    static Map<Slot, TypedValue> slots(TypedValue.Tbl document) {
        Map<Slot, TypedValue> slots = new LinkedHashMap<>();
        walk(document, List.of(), slots);
        return slots;
    }

    private static void walk(TypedValue.Tbl table, List<String> path, Map<Slot, TypedValue> out) {
        for (Map.Entry<String, TypedValue> entry : table.members().entrySet()) {
            List<String> keyPath = new ArrayList<>(path);
            keyPath.add(entry.getKey());
            TypedValue value = entry.getValue();
            if (value instanceof TypedValue.Tbl child) {
                walk(child, keyPath, out);
            } else if (value instanceof TypedValue.Arr array && !array.items().isEmpty()) {
                for (TypedValue member : new LinkedHashSet<>(array.items())) {
                    out.put(Slot.member(keyPath, member), member);
                }
            } else {
                out.put(Slot.key(keyPath), value);
            }
        }
    }
}
