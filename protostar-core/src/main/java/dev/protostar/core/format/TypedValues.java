package dev.protostar.core.format;

import java.util.Map;
import java.util.TreeMap;

/** Rendering helpers for {@link TypedValue}. */
final class TypedValues {

    private TypedValues() {}

    static void display(TypedValue value, StringBuilder out) {
        if (value instanceof TypedValue.Str s) {
            quote(s.value(), out);
        } else if (value instanceof TypedValue.Int i) {
            out.append(i.value());
        } else if (value instanceof TypedValue.Flt f) {
            out.append(Double.isNaN(f.value()) ? "nan"
                    : Double.isInfinite(f.value()) ? (f.value() > 0 ? "inf" : "-inf") : Double.toString(f.value()));
        } else if (value instanceof TypedValue.Bool b) {
            out.append(b.value());
        } else if (value instanceof TypedValue.Null) {
            out.append("null");
        } else if (value instanceof TypedValue.DateTime d) {
            out.append(d.text());
        } else if (value instanceof TypedValue.Arr a) {
            out.append('[');
            for (int i = 0; i < a.items().size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                display(a.items().get(i), out);
            }
            out.append(']');
        } else if (value instanceof TypedValue.Tbl t) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, TypedValue> member : new TreeMap<>(t.members()).entrySet()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                quote(member.getKey(), out);
                out.append(": ");
                display(member.getValue(), out);
            }
            out.append('}');
        }
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
