package dev.protostar.core.lifecycle;

import dev.protostar.core.format.TypedValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Draws values, strings and numbers for the lifecycle's property tests from a randomness source:
 * pools of tricky cases (quotes, newlines, controls, bidirectional overrides, {@code -0.0}, NaN, the
 * extreme longs, non-canonical dates, nulls anywhere) mixed with fully random ones.
 */
final class GeneratedValues {

    private static final List<String> TRICKY_STRINGS = List.of("", "null", "1", "a.b", "c d", "\"", "\\", "'''",
            "\"\"\"", "line\nbreak", "\r\n", "\t", "\u0000", "\u001B[31m", "\u007F\u0085", "é", "漢字", "😀",
            "\u202E", "\u200B", "\uFEFF", "\u2028", "# not a comment", "key = 1", "[table]", "${x}", "sha256:00ff");
    private static final List<TypedValue> TRICKY_NUMBERS = List.of(new TypedValue.Int(0), new TypedValue.Int(1),
            new TypedValue.Int(-1), new TypedValue.Int(Long.MIN_VALUE), new TypedValue.Int(Long.MAX_VALUE),
            new TypedValue.Flt(0.0), new TypedValue.Flt(-0.0), new TypedValue.Flt(1.0), new TypedValue.Flt(Double.NaN),
            new TypedValue.Flt(Double.POSITIVE_INFINITY), new TypedValue.Flt(Double.NEGATIVE_INFINITY),
            new TypedValue.Flt(Double.MIN_VALUE), new TypedValue.Flt(Double.MAX_VALUE), new TypedValue.Flt(1e-7),
            new TypedValue.Flt(1e21));
    private static final List<TypedValue> DATES = List.of(
            new TypedValue.DateTime("offset-date-time", "1979-05-27T07:32:00Z"),
            new TypedValue.DateTime("offset-date-time", "1979-05-27T07:32:00.123-07:30"),
            new TypedValue.DateTime("local-date-time", "2024-02-29T23:59:59.999999999"),
            new TypedValue.DateTime("local-date", "0001-01-01"),
            new TypedValue.DateTime("local-time", "00:00:00"),
            new TypedValue.DateTime("local-time", "07:32"),
            new TypedValue.DateTime("offset-date-time", "1979-05-27 07:32:00+00:00"),
            new TypedValue.DateTime("local-date", "not a date \n\"quoted\""));

    private final RandomnessSource in;

    GeneratedValues(RandomnessSource in) {
        this.in = in;
    }

    int below(int bound) {
        return Generate.range(0, bound - 1).generate(in);
    }

    boolean chance(int percent) {
        return below(100) < percent;
    }

    <T> T pick(List<T> items) {
        return items.get(below(items.size()));
    }

    /** A string: one of the tricky ones, or up to 8 random code points (no lone surrogates). */
    String string() {
        if (chance(50)) {
            return pick(TRICKY_STRINGS);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0, n = below(9); i < n; i++) {
            int c = chance(70) ? Generate.range(0x20, 0x7E).generate(in) : Generate.range(0, 0x10FFFF).generate(in);
            out.appendCodePoint(c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE ? '?' : c);
        }
        return out.toString();
    }

    /** Any value, nested up to {@code depth} more levels. */
    TypedValue value(int depth) {
        int kind = below(depth > 0 ? 10 : 8);
        return switch (kind) {
            case 0, 1 -> new TypedValue.Str(string());
            case 2 -> chance(50) ? pick(TRICKY_NUMBERS) : new TypedValue.Int(Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE).generate(in));
            case 3 -> new TypedValue.Flt(Double.longBitsToDouble(Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE).generate(in)));
            case 4 -> new TypedValue.Bool(chance(50));
            case 5 -> new TypedValue.Null();
            case 6 -> pick(DATES);
            case 7 -> pick(TRICKY_NUMBERS);
            case 8 -> {
                List<TypedValue> items = new ArrayList<>();
                for (int i = 0, n = below(4); i < n; i++) {
                    items.add(value(depth - 1));
                }
                yield new TypedValue.Arr(items);
            }
            default -> {
                Map<String, TypedValue> members = new LinkedHashMap<>();
                for (int i = 0, n = below(4); i < n; i++) {
                    members.put(string(), value(depth - 1));
                }
                yield new TypedValue.Tbl(members);
            }
        };
    }
}
