package dev.protostar.core.format.toml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.toml.TomlReadFeature;
import dev.protostar.core.format.TypedValue;
import java.io.IOException;
import java.util.List;

/**
 * The fast half of {@link TomlSlotEditor}'s check of a result: Jackson's TOML parser (tens of
 * milliseconds per MiB where tomlj needs most of a second) reads the edited TOML 1.0 body and
 * compares it, token by token, with the data the edit intends. It answers "yes" only when sure,
 * under the same guards as {@link IndependentCheck} (no surrogate escape, no added dotted-key line,
 * no added header in a text with dotted keys: the texts Jackson wrongly accepts); on "no" the editor
 * parses with tomlj, which gives the precise error or difference.
 */
final class TypedCheck {

    private static final TomlFactory FACTORY = TomlFactory.builder()
            .enable(TomlReadFeature.PARSE_JAVA_TIME)
            .build();

    private TypedCheck() {
    }

    /** Whether {@code body} (edited from {@code original}, both TOML 1.0 bodies) certainly holds exactly {@code expected}. */
    static boolean holds(String body, String original, TypedValue.Tbl expected) {
        if (!IndependentCheck.withinJacksonsStrictness(body, original)) {
            return false;
        }
        try (JsonParser parser = FACTORY.createParser(body)) {
            return parser.nextToken() == JsonToken.START_OBJECT && sameTable(parser, expected)
                    && parser.nextToken() == null;
        } catch (IOException | RuntimeException notRead) {
            return false;
        }
    }

    private static boolean sameTable(JsonParser parser, TypedValue.Tbl table) throws IOException {
        int keys = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            if (token != JsonToken.FIELD_NAME) {
                return false;
            }
            TypedValue member = table.members().get(parser.currentName());
            parser.nextToken();
            if (member == null || !sameValue(parser, member)) {
                return false;
            }
            keys++;
        }
        return keys == table.members().size();
    }

    private static boolean sameArray(JsonParser parser, TypedValue.Arr array) throws IOException {
        List<TypedValue> items = array.items();
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (index >= items.size() || !sameValue(parser, items.get(index))) {
                return false;
            }
            index++;
        }
        return index == items.size();
    }

    private static boolean sameValue(JsonParser parser, TypedValue value) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> value instanceof TypedValue.Tbl table && sameTable(parser, table);
            case START_ARRAY -> value instanceof TypedValue.Arr array && sameArray(parser, array);
            case VALUE_STRING -> value instanceof TypedValue.Str string && string.value().equals(parser.getText());
            case VALUE_NUMBER_INT -> value instanceof TypedValue.Int number
                    && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                    && parser.getLongValue() == number.value();
            // Flt compares doubles as Double.compare does: NaN equals NaN, 0.0 and -0.0 differ. Jackson
            // reads floats as BigDecimals, which have no -0.0: a zero is never certain.
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue() != 0.0
                    && value.equals(new TypedValue.Flt(parser.getDoubleValue()));
            case VALUE_TRUE -> value.equals(new TypedValue.Bool(true));
            case VALUE_FALSE -> value.equals(new TypedValue.Bool(false));
            case VALUE_EMBEDDED_OBJECT -> parser.getEmbeddedObject() != null
                    && value.equals(TomlTyped.of(parser.getEmbeddedObject()));
            default -> false;
        };
    }
}
