package dev.protostar.core.format.jsonc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.protostar.core.format.TypedValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON data as {@link TypedValue}s, both ways. Reading follows the number's spelling, not its
 * value: an integer that fits a {@code long} is {@link TypedValue.Int}; a number with a fraction or
 * an exponent is {@link TypedValue.Flt} ({@code 1.0} is not {@code 1}, {@code -0.0} keeps its sign,
 * {@code 1e400} is infinity); an integer too large for a {@code long} is the {@link TypedValue.Flt}
 * nearest to it, which is how VS Code (JavaScript) reads every JSON number. Writing refuses what
 * JSON cannot hold: dates and times, NaN and the infinities.
 */
final class TypedJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TypedJson() {
    }

    /** The data of {@code body}, a text {@link JsoncSyntax#check} accepted; an empty table when it holds no value. */
    static TypedValue.Tbl read(String body) {
        try (JsonParser parser = JsonDialect.JSONC.factory().createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new TypedValue.Tbl(Map.of());
            }
            TypedValue root = value(parser, first);
            if (!(root instanceof TypedValue.Tbl table)) {
                throw new IllegalStateException("Internal error: a validated JSON document's root is not an object");
            }
            return table;
        } catch (IOException e) {
            throw new IllegalStateException("Internal error: Jackson rejected JSON it had accepted: " + e.getMessage(), e);
        }
    }

    private static TypedValue value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                Map<String, TypedValue> members = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    members.put(key, value(parser, parser.nextToken()));
                }
                return new TypedValue.Tbl(members);
            }
            case START_ARRAY: {
                List<TypedValue> items = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    items.add(value(parser, next));
                }
                return new TypedValue.Arr(items);
            }
            case VALUE_STRING:
                return new TypedValue.Str(parser.getText());
            case VALUE_NUMBER_INT:
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? new TypedValue.Flt(Double.parseDouble(parser.getText()))
                        : new TypedValue.Int(parser.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return new TypedValue.Flt(Double.parseDouble(parser.getText()));
            case VALUE_TRUE:
                return new TypedValue.Bool(true);
            case VALUE_FALSE:
                return new TypedValue.Bool(false);
            case VALUE_NULL:
                return new TypedValue.Null();
            default:
                throw new IllegalStateException("Internal error: unexpected JSON token " + token);
        }
    }

    /**
     * {@code value} as a Jackson tree that {@link JsoncLayout} writes and {@link #read} reads back
     * as {@code value}.
     *
     * @throws IllegalArgumentException for a date or time, NaN or an infinity (JSON has none)
     */
    static JsonNode node(TypedValue value) {
        if (value instanceof TypedValue.Str s) {
            return NODES.textNode(s.value());
        }
        if (value instanceof TypedValue.Int i) {
            return NODES.numberNode(i.value());
        }
        if (value instanceof TypedValue.Flt f) {
            if (!Double.isFinite(f.value())) {
                throw new IllegalArgumentException("JSON has no " + f.display() + "; only finite numbers can be written");
            }
            return NODES.numberNode(f.value());
        }
        if (value instanceof TypedValue.Bool b) {
            return NODES.booleanNode(b.value());
        }
        if (value instanceof TypedValue.Null) {
            return NODES.nullNode();
        }
        if (value instanceof TypedValue.Arr a) {
            ArrayNode array = NODES.arrayNode();
            a.items().forEach(item -> array.add(node(item)));
            return array;
        }
        if (value instanceof TypedValue.Tbl t) {
            ObjectNode object = NODES.objectNode();
            t.members().forEach((key, member) -> object.set(key, node(member)));
            return object;
        }
        throw new IllegalArgumentException("JSON has no dates or times; " + value.display()
                + " would have to be written as a string");
    }

    /** {@code value} nested in one object per key of {@code keys} (itself when there are none). */
    static JsonNode nested(List<String> keys, JsonNode value) {
        JsonNode node = value;
        for (int i = keys.size() - 1; i >= 0; i--) {
            ObjectNode wrapper = NODES.objectNode();
            wrapper.set(keys.get(i), node);
            node = wrapper;
        }
        return node;
    }
}
