package dev.protostar.core.format.toml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.toml.TomlReadFeature;
import java.io.IOException;
import java.util.HashMap;
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

    /**
     * Whether {@code text} (a TOML body without byte order mark) is certainly valid TOML 1.0, read by
     * Jackson alone: Jackson reads it to the end, and none of the texts Jackson wrongly accepts can be
     * among it because it has no surrogate escape and no line that is a dotted key (every such
     * toml-test case needs one of the two). False when it is not valid or when this check cannot
     * tell: the caller then parses with tomlj, which also gives the line and column of an error.
     */
    static boolean certainlyValid(String text) {
        return !hasSurrogateEscape(text) && !hasDottedKey(text) && Jackson.reads(text);
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
     *
     * <p>"Lacks" counts lines as a multiset: a line of {@code text} is new when {@code text} has
     * more copies of it than {@code original}. The lines the two texts share at their start and at
     * their end (all but the inserted tables, after a merge) are paired off by comparing characters,
     * so only the changed middle is counted in a map; {@code original} is then read once more, line
     * by line without copying, for dotted keys.
     */
    static boolean addedLinesAreSafe(String text, String original) {
        int start = commonLinePrefix(text, original);
        int end = commonLineSuffix(text, original, start);
        Map<String, Integer> originalLines = new HashMap<>();
        String originalMiddle = original.substring(start, original.length() - end);
        for (String line : (Iterable<String>) originalMiddle.lines()::iterator) {
            originalLines.merge(line, 1, Integer::sum);
        }
        boolean addsHeader = false;
        String textMiddle = text.substring(start, text.length() - end);
        for (String line : (Iterable<String>) textMiddle.lines()::iterator) {
            Integer left = originalLines.get(line);
            if (left != null && left > 0) {
                originalLines.put(line, left - 1);
                continue;
            }
            if (isDottedKey(line, 0, line.length())) {
                return false;
            }
            addsHeader |= line.stripLeading().startsWith("[");
        }
        return !addsHeader || !hasDottedKey(original);
    }

    /**
     * The length of the longest common start of {@code a} and {@code b} that ends with a line feed
     * (0 when none): both texts split into the same lines there, since every line feed ends a line.
     */
    private static int commonLinePrefix(String a, String b) {
        int limit = Math.min(a.length(), b.length());
        int cut = 0;
        for (int i = 0; i < limit && a.charAt(i) == b.charAt(i); i++) {
            if (a.charAt(i) == '\n') {
                cut = i + 1;
            }
        }
        return cut;
    }

    /**
     * The length of the longest common end of {@code a} and {@code b} that starts just after a line
     * feed of both and leaves the first {@code prefix} characters of each alone (0 when none).
     */
    private static int commonLineSuffix(String a, String b, int prefix) {
        int limit = Math.min(a.length(), b.length()) - prefix;
        int cut = 0;
        for (int n = 1; n <= limit; n++) {
            char c = a.charAt(a.length() - n);
            if (c != b.charAt(b.length() - n)) {
                break;
            }
            if (c == '\n') {
                cut = n - 1; // the end after this line feed
            }
        }
        return cut;
    }

    /** Whether a line of {@code text} (split as {@link String#lines} splits it) is a dotted key. */
    private static boolean hasDottedKey(String text) {
        int from = 0;
        while (from < text.length()) {
            int to = from;
            while (to < text.length() && text.charAt(to) != '\n' && text.charAt(to) != '\r') {
                to++;
            }
            if (isDottedKey(text, from, to)) {
                return true;
            }
            from = to < text.length() - 1 && text.charAt(to) == '\r' && text.charAt(to + 1) == '\n' ? to + 2 : to + 1;
        }
        return false;
    }

    /**
     * Whether {@code line} looks like a key/value line whose key has a dot outside quotes. Lines
     * inside multi-line strings and arrays may be taken for one; that only makes the check decline.
     */
    static boolean isDottedKey(String line) {
        return isDottedKey(line, 0, line.length());
    }

    /** {@link #isDottedKey(String)} of the characters {@code from} (inclusive) to {@code to} of {@code text}. */
    private static boolean isDottedKey(String line, int from, int to) {
        char quote = 0;
        boolean dot = false;
        for (int i = from; i < to; i++) {
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

    /**
     * The comparison with Jackson's reading, in a class of its own so that Jackson loads only when a
     * text is checked. It streams Jackson's tokens against the document instead of building a tree
     * with an {@code ObjectMapper}, whose construction alone costs more than a hundred milliseconds
     * in a fresh JVM.
     */
    private static final class Jackson {

        private static final TomlFactory FACTORY = TomlFactory.builder()
                .enable(TomlReadFeature.PARSE_JAVA_TIME)
                .build();

        private Jackson() {
        }

        static boolean holds(String text, TomlTable intended) {
            try (JsonParser parser = FACTORY.createParser(text)) {
                return parser.nextToken() == JsonToken.START_OBJECT && sameTable(parser, intended)
                        && parser.nextToken() == null;
            } catch (IOException | RuntimeException notRead) {
                return false;
            }
        }

        static boolean reads(String text) {
            try (JsonParser parser = FACTORY.createParser(text)) {
                while (parser.nextToken() != null) {
                    // read to the end: Jackson reports errors while it reads
                }
                return true;
            } catch (IOException | RuntimeException notRead) {
                return false;
            }
        }

        /** Whether the object the parser has just entered holds exactly {@code table}'s keys and values. */
        private static boolean sameTable(JsonParser parser, TomlTable table) throws IOException {
            int keys = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                if (token != JsonToken.FIELD_NAME) {
                    return false;
                }
                List<String> key = List.of(parser.currentName());
                if (!table.contains(key)) {
                    return false;
                }
                parser.nextToken();
                if (!sameValue(parser, table.get(key))) {
                    return false;
                }
                keys++;
            }
            return keys == table.size();
        }

        /** Whether the array the parser has just entered holds exactly {@code array}'s elements. */
        private static boolean sameArray(JsonParser parser, TomlArray array) throws IOException {
            int index = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (index >= array.size() || !sameValue(parser, array.get(index))) {
                    return false;
                }
                index++;
            }
            return index == array.size();
        }

        /** Whether the value at the parser's current token equals {@code value} (as tomlj holds it). */
        private static boolean sameValue(JsonParser parser, Object value) throws IOException {
            return switch (parser.currentToken()) {
                case START_OBJECT -> value instanceof TomlTable table && sameTable(parser, table);
                case START_ARRAY -> value instanceof TomlArray array && sameArray(parser, array);
                case VALUE_STRING -> value instanceof String string && string.equals(parser.getText());
                case VALUE_NUMBER_INT -> value instanceof Long number
                        && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                        && parser.getLongValue() == number;
                // Jackson reads a float as a BigDecimal: its double is the same correctly rounded value.
                case VALUE_NUMBER_FLOAT -> value instanceof Double number && sameDouble(number, parser.getDoubleValue());
                case VALUE_TRUE -> Boolean.TRUE.equals(value);
                case VALUE_FALSE -> Boolean.FALSE.equals(value);
                case VALUE_EMBEDDED_OBJECT -> value != null && value.equals(parser.getEmbeddedObject());
                default -> false;
            };
        }

        /**
         * Equal bit for bit, except that every NaN equals every NaN; a zero is never certain, since
         * Jackson's BigDecimal has no -0.0 and reads {@code -0.0} as 0.0.
         */
        private static boolean sameDouble(double a, double b) {
            return Double.isNaN(a) ? Double.isNaN(b)
                    : b != 0.0 && Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
        }
    }
}
