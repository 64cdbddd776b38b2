package dev.protostar.core.format.jsonc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.protostar.core.format.NewlineStyle;

/**
 * Writes new JSON text in a file's own style, with Jackson: {@code "key": value} with one space
 * after the colon, {@code {}} and {@code []} for empty containers, and either
 *
 * <ul>
 *   <li>pretty-printed, one member or element per line, indented by the file's unit, with the
 *       file's line break, every line after the first prefixed with the indentation of the line the
 *       value starts on; or
 *   <li>on one line ({@code {"a": 1, "b": [1, 2]}}), for objects the user wrote on one line.
 * </ul>
 */
final class JsoncLayout {

    private static final Separators SEPARATORS = Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    /** Configured once and never changed: shared by every layout and thread. */
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final ObjectWriter ONE_LINE = MAPPER.writer(new DefaultPrettyPrinter(
            SEPARATORS.withObjectEntrySpacing(Separators.Spacing.AFTER).withArrayValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(DefaultPrettyPrinter.NopIndenter.instance)
            .withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance));

    private final String unit;
    private final NewlineStyle newline;
    private final ObjectWriter lines;

    /**
     * @param unit the indentation one nesting level adds (spaces or tabs)
     * @param newline the line break of the file
     */
    JsoncLayout(String unit, NewlineStyle newline) {
        this.unit = unit;
        this.newline = newline;
        DefaultIndenter indenter = new DefaultIndenter(unit, "\n");
        this.lines = MAPPER.writer(new DefaultPrettyPrinter(SEPARATORS)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
    }

    /** The indentation one nesting level adds. */
    String unit() {
        return unit;
    }

    /** The file's line break. */
    String newline() {
        return newline.sequence();
    }

    /** {@code "key": value}, pretty-printed for a line indented by {@code lineIndent}. */
    String member(String key, JsonNode value, String lineIndent) {
        return KeyText.encode(key) + ": " + value(value, lineIndent);
    }

    /** {@code "key": value} on one line. */
    static String inlineMember(String key, JsonNode value) {
        return KeyText.encode(key) + ": " + inlineValue(value);
    }

    /** {@code value} pretty-printed for a line indented by {@code lineIndent}. */
    String value(JsonNode value, String lineIndent) {
        return write(lines, value).replace("\n", newline.sequence() + lineIndent);
    }

    /** {@code value} on one line. */
    static String inlineValue(JsonNode value) {
        return write(ONE_LINE, value);
    }

    /** A whole document holding {@code root}, ending with a line break. */
    String document(JsonNode root) {
        return value(root, "") + newline.sequence();
    }

    private static String write(ObjectWriter writer, JsonNode value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Internal error: Jackson could not write a JSON tree: "
                    + e.getOriginalMessage(), e);
        }
    }
}
