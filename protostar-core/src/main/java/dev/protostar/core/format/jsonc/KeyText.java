package dev.protostar.core.format.jsonc;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/** JSON string literals for keys: decoding the ones in the file, writing new ones. */
final class KeyText {

    private KeyText() {
    }

    /**
     * The text of a validated JSON string literal (quotes included), with its escapes resolved
     * exactly as Jackson resolves them ({@code \uD800} alone stays a lone surrogate).
     */
    static String decode(String literal) {
        if (literal.indexOf('\\') < 0) {
            return literal.substring(1, literal.length() - 1);
        }
        StringBuilder out = new StringBuilder(literal.length());
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = literal.charAt(++i);
            switch (escaped) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(escaped); // '"', '\\' and '/'
            }
        }
        return out.toString();
    }

    /** {@code key} as a JSON string literal, escaped the way Jackson writes strings. */
    static String encode(String key) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(key)) + '"';
    }
}
