package dev.protostar.core.format.toml;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.toml.TomlReadFeature;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * Checks a merged TOML 1.0 text with a second, independent parser (Jackson's, which reads a MiB in
 * tens of milliseconds where tomlj needs most of a second): the text must parse and hold exactly the
 * data of the edited document it was rendered from. A second tomlj parse was the largest single cost
 * of a merge: about 45 % of merging into a 1 KiB file and most of a second on a MiB.
 *
 * <p>It answers "yes" only when it is sure. Jackson accepts a few texts that TOML 1.0 (and tomlj)
 * reject: dotted keys that extend a table or array of tables defined by a header, and escapes of
 * lone surrogates. So it declines, and the caller checks with tomlj as before, when the text has a
 * surrogate escape, when a line the merge added (one not in the original text) is a dotted key, or
 * when the merge added a header to a text that has dotted keys. It also declines whenever Jackson
 * rejects the text or reads it differently from tomlj (TOML 1.1 syntax, lower-case date-time
 * separators, fractions of a second beyond nanoseconds...): a "no" only costs the tomlj parse.
 *
 * <p>Stateless and thread-safe.
 */
public final class IndependentCheck {

    private IndependentCheck() {
    }

    /**
     * Whether {@code text} (a TOML 1.0 body without byte order mark, rendered from {@code intended},
     * which was parsed from {@code original} and edited) certainly parses as TOML 1.0 to exactly the
     * data of {@code intended}; false when it does not or when this check cannot tell, and the caller
     * must parse {@code text} with tomlj to find out.
     */
    public static boolean holds(String text, String original, TomlTable intended) {
        return withinJacksonsStrictness(text, original) && Jackson.holds(text, intended);
    }

    /** Whether none of the texts Jackson wrongly accepts can be among {@code text}'s changes to {@code original}. */
    static boolean withinJacksonsStrictness(String text, String original) {
        return !hasSurrogateEscape(text) && addedLinesAreSafe(text, original);
    }

    /** Whether Jackson reads {@code text} as TOML (tests use it to show where the guards matter). */
    static boolean readByJackson(String text) {
        return Jackson.reads(text);
    }

    /** Whether {@code text} has a {@code \\u} or {@code \\U} escape of a code point in D800–DFFF. */
    static boolean hasSurrogateEscape(String text) {
        for (int i = text.indexOf('\\'); i >= 0 && i + 1 < text.length(); i = text.indexOf('\\', i + 1)) {
            char kind = text.charAt(i + 1);
            int digits = kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
            if (digits > 0 && i + 2 + digits <= text.length()) {
                long value = 0;
                boolean hex = true;
                for (int d = 0; d < digits && hex; d++) {
                    int digit = Character.digit(text.charAt(i + 2 + d), 16);
                    hex = digit >= 0;
                    value = value * 16 + Math.max(digit, 0);
                }
                if (hex && value >= 0xD800 && value <= 0xDFFF) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether no line of {@code text} that {@code original} lacks is a dotted key, and, when such a
     * new line is a header, no line of {@code original} is one.
     */
    static boolean addedLinesAreSafe(String text, String original) {
        Map<String, Integer> originalLines = new HashMap<>();
        boolean originalHasDottedKeys = false;
        for (String line : (Iterable<String>) original.lines()::iterator) {
            originalLines.merge(line, 1, Integer::sum);
            originalHasDottedKeys |= isDottedKey(line);
        }
        for (String line : (Iterable<String>) text.lines()::iterator) {
            Integer left = originalLines.get(line);
            if (left != null && left > 0) {
                originalLines.put(line, left - 1);
                continue;
            }
            if (isDottedKey(line) || originalHasDottedKeys && line.stripLeading().startsWith("[")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code line} looks like a key/value line whose key has a dot outside quotes. Lines
     * inside multi-line strings and arrays may be taken for one; that only makes the check decline.
     */
    static boolean isDottedKey(String line) {
        char quote = 0;
        boolean dot = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '.') {
                dot = true;
            } else if (c == '=') {
                return dot;
            } else if (c == '#' || c == '[' || c == '{') {
                return false;
            }
        }
        return false;
    }

    /** The comparison with Jackson's reading, in a class of its own: Jackson loads only when a large text is checked. */
    private static final class Jackson {

        private static final ObjectReader READER = TomlMapper.builder()
                .enable(TomlReadFeature.PARSE_JAVA_TIME)
                .build()
                .reader();

        private Jackson() {
        }

        static boolean holds(String text, TomlTable intended) {
            JsonNode tree = read(text);
            return tree != null && sameTable(intended, tree);
        }

        static boolean reads(String text) {
            return read(text) != null;
        }

        /** The tree of {@code text}, or {@code null} when Jackson rejects it. */
        private static JsonNode read(String text) {
            try {
                return READER.readTree(text);
            } catch (JacksonException | RuntimeException notRead) {
                return null;
            }
        }

        private static boolean sameTable(TomlTable table, JsonNode node) {
            if (!node.isObject() || node.size() != table.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                List<String> key = List.of(field.getKey());
                if (!table.contains(key) || !sameValue(table.get(key), field.getValue())) {
                    return false;
                }
            }
            return true;
        }

        private static boolean sameArray(TomlArray array, JsonNode node) {
            if (!node.isArray() || node.size() != array.size()) {
                return false;
            }
            for (int i = 0; i < array.size(); i++) {
                if (!sameValue(array.get(i), node.get(i))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean sameValue(Object value, JsonNode node) {
            if (value instanceof TomlTable table) {
                return sameTable(table, node);
            }
            if (value instanceof TomlArray array) {
                return sameArray(array, node);
            }
            if (value instanceof String string) {
                return node.isTextual() && node.textValue().equals(string);
            }
            if (value instanceof Long number) {
                return node.isIntegralNumber() && node.canConvertToLong() && node.longValue() == number;
            }
            if (value instanceof Double number) {
                // Jackson reads a float as a BigDecimal: its double is the same correctly rounded value.
                return node.isFloatingPointNumber() && sameDouble(number, node.doubleValue());
            }
            if (value instanceof Boolean bool) {
                return node.isBoolean() && node.booleanValue() == bool;
            }
            return node instanceof POJONode pojo && value != null && value.equals(pojo.getPojo());
        }

        /** Equal bit for bit (so 0.0 and -0.0 differ: a BigDecimal has no -0.0), except that every NaN equals every NaN. */
        private static boolean sameDouble(double a, double b) {
            return Double.isNaN(a) ? Double.isNaN(b) : Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
        }
    }
}
