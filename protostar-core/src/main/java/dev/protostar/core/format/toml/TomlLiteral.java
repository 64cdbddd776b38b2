package dev.protostar.core.format.toml;

import dev.protostar.core.format.TypedValue;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link TypedValue}s as TOML source, and reads the escapes of TOML basic strings. Strings
 * are written basic-quoted with escapes, floats as TOML spells them ({@code nan}, {@code inf},
 * {@code -inf}), arrays inline on one line, tables as inline tables ({@code { a = 1, b = "x" }});
 * keys bare when they can be, otherwise basic-quoted.
 */
public final class TomlLiteral {

    private TomlLiteral() {
    }

    /** {@code value} as a TOML value on one line. */
    static String of(TypedValue value) {
        StringBuilder out = new StringBuilder();
        append(value, out);
        return out.toString();
    }

    /** {@code key} as a TOML key segment: bare when it only has bare-key characters, otherwise quoted. */
    static String key(String key) {
        if (!key.isEmpty() && key.chars().allMatch(TomlLiteral::isBareKeyChar)) {
            return key;
        }
        StringBuilder out = new StringBuilder();
        quote(key, out);
        return out.toString();
    }

    /** {@code path} as a dotted TOML key. */
    static String dotted(List<String> path) {
        StringBuilder out = new StringBuilder();
        for (String segment : path) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(key(segment));
        }
        return out.toString();
    }

    private static boolean isBareKeyChar(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    private static void append(TypedValue value, StringBuilder out) {
        if (value instanceof TypedValue.Str s) {
            quote(s.value(), out);
        } else if (value instanceof TypedValue.Int i) {
            out.append(i.value());
        } else if (value instanceof TypedValue.Flt f) {
            double d = f.value();
            out.append(Double.isNaN(d) ? "nan" : Double.isInfinite(d) ? (d > 0 ? "inf" : "-inf") : Double.toString(d));
        } else if (value instanceof TypedValue.Bool b) {
            out.append(b.value());
        } else if (value instanceof TypedValue.DateTime d) {
            out.append(d.text());
        } else if (value instanceof TypedValue.Arr a) {
            out.append('[');
            for (int i = 0; i < a.items().size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                append(a.items().get(i), out);
            }
            out.append(']');
        } else if (value instanceof TypedValue.Tbl t) {
            if (t.members().isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{ ");
            boolean first = true;
            for (Map.Entry<String, TypedValue> member : t.members().entrySet()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                out.append(key(member.getKey())).append(" = ");
                append(member.getValue(), out);
            }
            out.append(" }");
        } else {
            throw new IllegalArgumentException("TOML has no null: " + value.display() + " cannot be written as TOML");
        }
    }

    /** {@code text} as a TOML basic string, escaped as every Protostar TOML writer escapes it. */
    public static String basicString(String text) {
        StringBuilder out = new StringBuilder();
        quote(text, out);
        return out.toString();
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** The content of a basic string (between its quotes) with its escapes decoded. */
    static String unescape(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = raw.charAt(++i);
            switch (e) {
                case 'b' -> out.append('\b');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'f' -> out.append('\f');
                case 'r' -> out.append('\r');
                case 'e' -> out.append('\u001B');
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case 'x' -> {
                    out.appendCodePoint(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case 'u' -> {
                    out.appendCodePoint(Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'U' -> {
                    out.appendCodePoint(Integer.parseInt(raw.substring(i + 1, i + 9), 16));
                    i += 8;
                }
                default -> out.append('\\').append(e);
            }
        }
        return out.toString();
    }
}
