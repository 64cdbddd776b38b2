package dev.protostar.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tomlj.Toml;

/**
 * Renders the {@code [dev.pyproject]} table of a configuration file, as Jackson read it, back into
 * TOML source for the merge engine: plain keys first, then one {@code [header]} per table that holds
 * values (parents that only hold tables get no header of their own), arrays of tables as {@code
 * [[header]]}. Strings are written as basic strings with escapes; dates stay as the strings Jackson
 * read them as.
 */
final class PyprojectTables {

    private PyprojectTables() {}

    /** The TOML text of {@code table} (an object node), empty when the table is empty. */
    static String render(JsonNode table) {
        StringBuilder out = new StringBuilder();
        table(out, List.of(), table, false);
        return out.toString();
    }

    private static void table(StringBuilder out, List<String> path, JsonNode table, boolean arrayElement) {
        List<Map.Entry<String, JsonNode>> plain = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> nested = new ArrayList<>();
        table.properties().forEach(entry -> (isSection(entry.getValue()) ? nested : plain).add(entry));
        if (arrayElement || (!path.isEmpty() && (!plain.isEmpty() || nested.isEmpty()))) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            String header = Toml.joinKeyPath(path);
            out.append(arrayElement ? "[[" + header + "]]" : "[" + header + "]").append('\n');
        }
        for (Map.Entry<String, JsonNode> entry : plain) {
            out.append(key(entry.getKey())).append(" = ").append(value(entry.getValue())).append('\n');
        }
        for (Map.Entry<String, JsonNode> entry : nested) {
            List<String> childPath = append(path, entry.getKey());
            if (entry.getValue().isObject()) {
                table(out, childPath, entry.getValue(), false);
            } else {
                for (JsonNode element : entry.getValue()) {
                    table(out, childPath, element, true);
                }
            }
        }
    }

    /** A table, or a non-empty array holding only tables (written as an array of tables). */
    private static boolean isSection(JsonNode node) {
        if (node.isObject()) {
            return true;
        }
        if (!node.isArray() || node.isEmpty()) {
            return false;
        }
        for (JsonNode element : node) {
            if (!element.isObject()) {
                return false;
            }
        }
        return true;
    }

    private static String key(String key) {
        return Toml.joinKeyPath(List.of(key));
    }

    private static String value(JsonNode node) {
        if (node.isTextual()) {
            return string(node.textValue());
        }
        if (node.isBoolean()) {
            return Boolean.toString(node.booleanValue());
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        if (node.isNumber()) {
            return floating(node);
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(element -> items.add(value(element)));
            return "[" + String.join(", ", items) + "]";
        }
        if (node.isObject()) {
            List<String> members = new ArrayList<>();
            node.properties().forEach(entry -> members.add(key(entry.getKey()) + " = " + value(entry.getValue())));
            return members.isEmpty() ? "{}" : "{ " + String.join(", ", members) + " }";
        }
        // Jackson's TOML reader yields no other node types; a date or time arrives as text.
        return string(node.asText());
    }

    private static String floating(JsonNode node) {
        double value = node.doubleValue();
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        String text = node.isBigDecimal() ? node.decimalValue().toString() : Double.toString(value);
        boolean looksFloating = text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0;
        return looksFloating ? text : text + ".0";
    }

    /** A TOML basic string. */
    static String string(String text) {
        return dev.protostar.core.format.toml.TomlLiteral.basicString(text);
    }

    private static List<String> append(List<String> path, String key) {
        List<String> longer = new ArrayList<>(path);
        longer.add(key);
        return List.copyOf(longer);
    }
}
