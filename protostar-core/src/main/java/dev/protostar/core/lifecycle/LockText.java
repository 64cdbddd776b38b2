package dev.protostar.core.lifecycle;

import dev.protostar.core.format.TypedValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders values as the TOML text of {@code protostar.lock}: one line each, keys sorted, so equal
 * values give equal bytes.
 *
 * <p>TOML has no null, and a date or time whose text is not the one reading it back gives
 * ({@link LockDateTimes#canonical}) would change on the way; both are written as a placeholder
 * string and listed beside the value with their place ({@link Rendered#nulls()}, {@link
 * Rendered#dateTimes()}), so every value comes back exactly.
 */
final class LockText {

    /** The string standing where a null is; the null's place is listed in {@code <name>_nulls}. */
    static final String NULL_PLACEHOLDER = "null";

    private LockText() {}

    /**
     * A value's TOML text and the places TOML could not hold natively.
     *
     * @param toml the value, with placeholders
     * @param nulls the places of nulls, each a list of array indices ({@link Long}) and table keys
     *     ({@link String}) from the value down; {@code []} is the value itself
     * @param dateTimes the places, kinds and texts of dates and times written as strings
     */
    record Rendered(String toml, List<List<Object>> nulls, List<PlacedDateTime> dateTimes) {}

    /** A date or time written as its text, at {@code place}. */
    record PlacedDateTime(List<Object> place, String kind, String text) {}

    /** {@code value} rendered; refuses values nested deeper than {@link LockCodec#MAX_DEPTH} or strings TOML cannot hold. */
    static Rendered render(TypedValue value) {
        StringBuilder out = new StringBuilder();
        List<List<Object>> nulls = new ArrayList<>();
        List<PlacedDateTime> dateTimes = new ArrayList<>();
        render(value, new ArrayList<>(), out, nulls, dateTimes);
        return new Rendered(out.toString(), nulls, dateTimes);
    }

    private static void render(TypedValue value, List<Object> place, StringBuilder out, List<List<Object>> nulls,
            List<PlacedDateTime> dateTimes) {
        if (place.size() > LockCodec.MAX_DEPTH) {
            throw new IllegalArgumentException("a value nested deeper than " + LockCodec.MAX_DEPTH
                    + " levels cannot be written to protostar.lock");
        }
        if (value instanceof TypedValue.Str s) {
            string(s.value(), out);
        } else if (value instanceof TypedValue.Int i) {
            out.append(i.value());
        } else if (value instanceof TypedValue.Flt f) {
            out.append(floating(f.value()));
        } else if (value instanceof TypedValue.Bool b) {
            out.append(b.value());
        } else if (value instanceof TypedValue.Null) {
            nulls.add(List.copyOf(place));
            string(NULL_PLACEHOLDER, out);
        } else if (value instanceof TypedValue.DateTime d) {
            if (!LockDateTimes.KINDS.contains(d.kind())) {
                throw new IllegalArgumentException("\"" + d.kind() + "\" is not a TOML date or time kind "
                        + LockDateTimes.KINDS);
            }
            if (LockDateTimes.isCanonical(d.kind(), d.text())) {
                out.append(d.text());
            } else {
                dateTimes.add(new PlacedDateTime(List.copyOf(place), d.kind(), d.text()));
                string(d.text(), out);
            }
        } else if (value instanceof TypedValue.Arr a) {
            out.append('[');
            for (int i = 0; i < a.items().size(); i++) {
                out.append(i == 0 ? "" : ", ");
                place.add((long) i);
                render(a.items().get(i), place, out, nulls, dateTimes);
                place.remove(place.size() - 1);
            }
            out.append(']');
        } else if (value instanceof TypedValue.Tbl t) {
            if (t.members().isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{ ");
            boolean first = true;
            for (Map.Entry<String, TypedValue> member : new TreeMap<>(t.members()).entrySet()) {
                out.append(first ? "" : ", ");
                first = false;
                key(member.getKey(), out);
                out.append(" = ");
                place.add(member.getKey());
                render(member.getValue(), place, out, nulls, dateTimes);
                place.remove(place.size() - 1);
            }
            out.append(" }");
        }
    }

    /** A place ({@code [1, "b"]}) as a TOML array. */
    static String place(List<Object> place) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < place.size(); i++) {
            out.append(i == 0 ? "" : ", ");
            Object step = place.get(i);
            if (step instanceof String key) {
                string(key, out);
            } else {
                out.append(step);
            }
        }
        return out.append(']').toString();
    }

    /** A list of strings as a TOML array. */
    static String strings(List<String> items) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "" : ", ");
            string(items.get(i), out);
        }
        return out.append(']').toString();
    }

    /** {@code key} bare when TOML allows it ({@code A-Za-z0-9_-}, not empty), otherwise quoted. */
    static void key(String key, StringBuilder out) {
        if (!key.isEmpty() && key.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'))) {
            out.append(key);
        } else {
            string(key, out);
        }
    }

    /** {@code key} as {@link #key(String, StringBuilder)} writes it. */
    static String key(String key) {
        StringBuilder out = new StringBuilder();
        key(key, out);
        return out.toString();
    }

    /** {@code text} as a TOML basic string. */
    static String string(String text) {
        StringBuilder out = new StringBuilder();
        string(text, out);
        return out.toString();
    }

    /**
     * {@code text} as a one-line TOML basic string. Control characters, and the invisible ones that
     * can make a reviewed line read differently from what it holds (bidirectional overrides, zero-width
     * characters, line and paragraph separators), are escaped; other characters are written as they are.
     */
    static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                throw new IllegalArgumentException("a string with a lone surrogate (U+"
                        + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + ") cannot be written as TOML");
            }
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (invisible(c)) {
                        out.append(c > 0xFFFF ? String.format("\\U%08X", c) : String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
            i += Character.charCount(c);
        }
        out.append('"');
    }

    /** Whether {@code c} is a control character or one that is invisible or moves text (bidirectional overrides, zero-width, separators). */
    static boolean invisible(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** A double as TOML writes it: {@code nan}, {@code inf}, {@code -inf}, or Java's shortest exact decimal. */
    static String floating(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return Double.toString(value);
    }
}
