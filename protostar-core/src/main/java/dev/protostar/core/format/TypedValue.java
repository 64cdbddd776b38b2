package dev.protostar.core.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A value read from a structured file, by meaning and type-strict: the integer {@code 1}, the
 * float {@code 1.0} and the string {@code "1"} are three different values, and "missing" is not a
 * value at all (an empty string, array or table is). Equal values are equal records, so a value can
 * key a map; table members compare by key and value, not by order.
 */
public sealed interface TypedValue {

    /** A string. */
    record Str(String value) implements TypedValue {
        public Str {
            Objects.requireNonNull(value, "value");
        }
    }

    /** An integer (TOML integers and JSON numbers without fraction or exponent). */
    record Int(long value) implements TypedValue {}

    /** A floating-point number; {@code -0.0} and {@code 0.0} differ, NaN equals NaN. */
    record Flt(double value) implements TypedValue {}

    /** A boolean. */
    record Bool(boolean value) implements TypedValue {}

    /** JSON's {@code null}; TOML and the pre-commit configuration have none. */
    record Null() implements TypedValue {}

    /**
     * A TOML date, time or date-time, kept as its ISO text.
     *
     * @param kind one of {@code offset-date-time}, {@code local-date-time}, {@code local-date},
     *     {@code local-time}
     */
    record DateTime(String kind, String text) implements TypedValue {
        public DateTime {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }
    }

    /** An array, in order. */
    record Arr(List<TypedValue> items) implements TypedValue {
        public Arr {
            items = List.copyOf(items);
        }
    }

    /** A table (TOML table, inline table, JSON object, YAML mapping); key order is kept but not compared. */
    record Tbl(Map<String, TypedValue> members) implements TypedValue {
        public Tbl {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Tbl other && new java.util.HashMap<>(members).equals(new java.util.HashMap<>(other.members));
        }

        @Override
        public int hashCode() {
            return new java.util.HashMap<>(members).hashCode();
        }
    }

    /** A short, stable, human-readable rendering (JSON-like), used in reports and conflict ids. */
    default String display() {
        StringBuilder out = new StringBuilder();
        TypedValues.display(this, out);
        return out.toString();
    }

    /** A list builder for {@link Arr}. */
    static Arr array(List<? extends TypedValue> items) {
        return new Arr(new ArrayList<>(items));
    }
}
