package dev.protostar.core.format.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a text as a YAML scalar, quoted only when YAML needs it.
 *
 * <p>A value is written plain when it passes a conservative character check (the rules both
 * SnakeYAML and PyYAML, which pre-commit uses, agree on) <em>and</em> Jackson reads the plain form
 * back, in the same context, as exactly that string. Otherwise it is single-quoted, or
 * double-quoted with escapes when it holds characters single quotes cannot carry.
 *
 * <p>The read-back check is costly (one YAML parser a scalar), so values of an obviously plain
 * shape ({@link #obviouslyPlain}) skip it; for every other value the parser decides. Both ways give
 * the same answer, which {@code ScalarQuotingFastPathTest} checks on many generated strings.
 */
final class ScalarQuoting {

    /** Where a scalar is written. */
    enum Context {
        /** The value of a block mapping entry: {@code key: value}. */
        BLOCK,
        /** An item of a flow sequence: {@code [value, …]}. */
        FLOW
    }

    /** YAML 1.1 booleans and nulls, which PyYAML resolves to non-strings. */
    private static final Set<String> RESERVED = Set.of("y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
            "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
            "null", "Null", "NULL", "~", "=", "<<");
    /**
     * Words the fast path leaves to the parser whatever their case: YAML 1.1 booleans and nulls, and
     * the names of infinity and not-a-number.
     */
    private static final Set<String> RESERVED_ANY_CASE = Set.of("y", "n", "yes", "no", "true", "false", "on", "off",
            "null", "inf", "nan", "infinity");
    /** Numbers, dates and times in any YAML version: digits with separators. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+.]?[0-9][0-9_.:eE+\\-TZtz ]*|[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)");

    private final YAMLFactory factory;

    ScalarQuoting(YAMLFactory factory) {
        this.factory = factory;
    }

    /** {@code value} as a scalar for {@code context}. */
    String write(String value, Context context) {
        return isPlain(value, context) ? value : quoted(value);
    }

    /** {@code value} in single quotes, or double quotes when it holds a line break or a control character. */
    static String quoted(String value) {
        boolean printable = value.codePoints().allMatch(ScalarQuoting::printable);
        if (printable) {
            return "'" + value.replace("'", "''") + "'";
        }
        return doubleQuoted(value);
    }

    /** {@code value} in double quotes, with escapes for quotes, backslashes and unprintable characters. */
    static String doubleQuoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (printable(c)) {
                        out.appendCodePoint(c);
                    } else if (c <= 0xFFFF) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.append(String.format("\\U%08X", c));
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    private static boolean printable(int c) {
        return c >= 0x20 && c != 0x7F && !(c >= 0x80 && c <= 0x9F) && c != 0xFEFF && c != 0x2028 && c != 0x2029
                && Character.getType(c) != Character.SURROGATE && Character.getType(c) != Character.UNASSIGNED;
    }

    /** Whether {@code value} is written plain in {@code context}. */
    boolean isPlain(String value, Context context) {
        return passesStaticChecks(value, context) && (obviouslyPlain(value, context) || readsBack(value, context));
    }

    /** The decision {@link #write} would make without the fast path; kept for the test that compares them. */
    boolean isPlainByParser(String value, Context context) {
        return passesStaticChecks(value, context) && readsBack(value, context);
    }

    private static boolean passesStaticChecks(String value, Context context) {
        return safeCharacters(value, context) && !RESERVED.contains(value) && !NUMBER_LIKE.matcher(value).matches();
    }

    /**
     * Whether {@code value} has a shape that YAML 1.1 and 1.2 both read, written plain in {@code context},
     * as this very string: optional leading {@code -}s, then an ASCII letter, then only ASCII letters,
     * digits, {@code - _ . /}, and (in a block value only) {@code :} directly followed by one of those;
     * and, leading {@code -}s left out, no boolean, null, infinity or not-a-number word in any case.
     * A value that answers {@code false} is not thereby quoted: the parser then decides.
     */
    static boolean obviouslyPlain(String value, Context context) {
        int length = value.length();
        int start = 0;
        while (start < length && value.charAt(start) == '-') {
            start++;
        }
        if (start == length || !asciiLetter(value.charAt(start))) {
            return false;
        }
        for (int i = start + 1; i < length; i++) {
            char c = value.charAt(i);
            if (c == ':') {
                if (context != Context.BLOCK || i + 1 == length || !fastTail(value.charAt(i + 1))) {
                    return false;
                }
            } else if (!fastTail(c)) {
                return false;
            }
        }
        return length - start > 8
                || !RESERVED_ANY_CASE.contains(value.substring(start).toLowerCase(Locale.ROOT));
    }

    private static boolean asciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean fastTail(char c) {
        return asciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '/';
    }

    private static boolean safeCharacters(String value, Context context) {
        if (value.isEmpty() || !value.strip().equals(value)) {
            return false;
        }
        int first = value.codePointAt(0);
        if (!(Character.isLetterOrDigit(first) || "._/+=~^$(".indexOf(first) >= 0
                || (first == '-' && value.length() > 1))) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = Character.isLetterOrDigit(c) || Character.isSurrogate(c) || "._/+=~^$()<>;?@%-".indexOf(c) >= 0
                    || (c == ' ' && value.charAt(i + 1) != ' ')
                    || (c == ':' && context == Context.BLOCK && i + 1 < value.length() && value.charAt(i + 1) != ' ');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Whether Jackson reads the plain form back as this very string. */
    boolean readsBack(String value, Context context) {
        String document = context == Context.BLOCK ? "k: " + value + "\n" : "k: [" + value + "]\n";
        try (JsonParser parser = factory.createParser(document)) {
            if (parser.nextToken() != JsonToken.START_OBJECT || parser.nextToken() != JsonToken.FIELD_NAME) {
                return false;
            }
            JsonToken token = parser.nextToken();
            if (context == Context.FLOW) {
                if (token != JsonToken.START_ARRAY) {
                    return false;
                }
                token = parser.nextToken();
            }
            if (token != JsonToken.VALUE_STRING || !value.equals(parser.getText())) {
                return false;
            }
            token = parser.nextToken();
            if (context == Context.FLOW && token != JsonToken.END_ARRAY) {
                return false;
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
