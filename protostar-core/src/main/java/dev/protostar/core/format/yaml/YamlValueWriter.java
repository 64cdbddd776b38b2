package dev.protostar.core.format.yaml;

import dev.protostar.core.format.TypedValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link TypedValue}s as YAML that reads back, with Jackson and PyYAML alike, as the same
 * typed value: strings quoted only when they must be ({@link ScalarQuoting}), integers and booleans
 * plain, floats with a dot or {@code .inf}/{@code .nan}, lists as one-line flow lists, mappings as
 * block mappings (flow mappings inside a list).
 */
final class YamlValueWriter {

    private final ScalarQuoting quoting;

    YamlValueWriter(ScalarQuoting quoting) {
        this.quoting = quoting;
    }

    /** {@code value} as the value of a block mapping entry. */
    RenderNode block(TypedValue value) {
        if (value instanceof TypedValue.Tbl table && !table.members().isEmpty()) {
            List<RenderNode.Entry> entries = new ArrayList<>();
            table.members().forEach((key, member) -> entries.add(new RenderNode.Entry(key(key), block(member))));
            return new RenderNode.Map(entries);
        }
        return new RenderNode.Inline(inline(value, ScalarQuoting.Context.BLOCK));
    }

    /** A mapping key, quoted when it must be. */
    String key(String key) {
        return quoting.write(key, ScalarQuoting.Context.FLOW);
    }

    /** {@code value} on one line: a scalar, or a flow collection. */
    String inline(TypedValue value, ScalarQuoting.Context context) {
        if (value instanceof TypedValue.Str s) {
            return quoting.write(s.value(), context);
        }
        if (value instanceof TypedValue.Int i) {
            return Long.toString(i.value());
        }
        if (value instanceof TypedValue.Flt f) {
            return floating(f.value());
        }
        if (value instanceof TypedValue.Bool b) {
            return Boolean.toString(b.value());
        }
        if (value instanceof TypedValue.Null) {
            return "null";
        }
        if (value instanceof TypedValue.Arr array) {
            List<String> items = new ArrayList<>();
            array.items().forEach(item -> items.add(inline(item, ScalarQuoting.Context.FLOW)));
            return "[" + String.join(", ", items) + "]";
        }
        if (value instanceof TypedValue.Tbl table) {
            List<String> members = new ArrayList<>();
            for (Map.Entry<String, TypedValue> member : table.members().entrySet()) {
                members.add(key(member.getKey()) + ": " + inline(member.getValue(), ScalarQuoting.Context.FLOW));
            }
            return "{" + String.join(", ", members) + "}";
        }
        throw new IllegalArgumentException("A pre-commit configuration has no " + ((TypedValue.DateTime) value).kind()
                + " values (" + value.display() + "); Protostar reads dates there as text: pass a string");
    }

    /** A float in the form YAML 1.1 and 1.2 both read as a float: a dot, and a signed exponent. */
    static String floating(double value) {
        if (Double.isNaN(value)) {
            return ".nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? ".inf" : "-.inf";
        }
        String text = Double.toString(value);
        int exponent = text.indexOf('E');
        if (exponent < 0) {
            return text;
        }
        String mantissa = text.substring(0, exponent);
        String power = text.substring(exponent + 1);
        return mantissa + "e" + (power.startsWith("-") ? power : "+" + power);
    }
}
