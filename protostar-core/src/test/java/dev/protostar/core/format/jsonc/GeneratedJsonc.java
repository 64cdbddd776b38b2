package dev.protostar.core.format.jsonc;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generated JSONC documents and plain JSON payloads. Documents have nested objects, arrays (on one
 * line or several, with comments inside), strings with escapes and comment-like content, numbers
 * in several spellings, {@code //} and {@code /*} comments in every position JSONC allows, blank
 * lines, optional trailing commas, and an indentation of two or four spaces or tabs. Keys come from
 * a small pool, some written with escapes ({@code "\u0061"} is {@code a}), so documents and payloads
 * overlap and make interesting merges. Line breaks are LF; tests add CRLF and a byte order mark.
 */
public final class GeneratedJsonc {

    /** A key's meaning and the ways a document may spell it (all decode to the same name). */
    private record Key(String name, List<String> spellings) {
    }

    private static final List<Key> KEYS = List.of(
            new Key("a", List.of("\"a\"", "\"\\u0061\"")),
            new Key("b", List.of("\"b\"")),
            new Key("editor.tabSize", List.of("\"editor.tabSize\"", "\"editor.tab\\u0053ize\"")),
            new Key("[python]", List.of("\"[python]\"")),
            new Key("quote\"d", List.of("\"quote\\\"d\"")),
            new Key("é", List.of("\"é\"", "\"\\u00e9\"")),
            new Key("x/y", List.of("\"x/y\"", "\"x\\/y\"")));

    private static final List<String> SCALARS = List.of(
            "0", "-0", "42", "-7", "3.25", "1.50", "1e3", "2E-2", "-0.0", "true", "false", "null",
            "\"plain\"", "\"\"", "\"with \\\"quotes\\\"\"", "\"tab\\tand\\nnewline\"", "\"\\u00e9t\\u00e9\"",
            "\"slash \\/ and back\\\\slash\"", "\"caf\u00e9 \uD83D\uDE80\"", "\"// not a comment\"",
            "\"/* nor this */\"", "\"{\\\"json\\\": [1]}\"");

    private static final List<String> UNITS = List.of("    ", "  ", "\t");

    private GeneratedJsonc() {
    }

    /**
     * Documents of up to a few dozen lines (with a few percent blank or comment-only texts).
     *
     * @param linesOnly when true, every object is laid out on lines with its <code>'}'</code> on a line
     *     of its own, and empty objects are written over two lines: no object is on one line
     */
    public static Gen<String> documents(boolean linesOnly) {
        return in -> new DocumentWriter(in, linesOnly).document();
    }

    /** Plain JSON objects (compact, no comments), a tenth of them {@code {}}. */
    public static Gen<String> payloads() {
        return in -> new PayloadWriter(in).payload();
    }

    /** Draws choices from a randomness source. */
    private abstract static class Writer {
        private final RandomnessSource in;

        Writer(RandomnessSource in) {
            this.in = in;
        }

        int below(int bound) {
            return (int) Generate.range(0, bound - 1).generate(in).intValue();
        }

        boolean chance(int percent) {
            return below(100) < percent;
        }

        <T> T pick(List<T> list) {
            return list.get(below(list.size()));
        }

        /** {@code n} distinct keys in random order. */
        List<Key> keys(int n) {
            List<Key> keys = new ArrayList<>(KEYS);
            for (int i = keys.size() - 1; i > 0; i--) {
                int j = below(i + 1);
                Key t = keys.get(i);
                keys.set(i, keys.get(j));
                keys.set(j, t);
            }
            return keys.subList(0, Math.min(n, keys.size()));
        }
    }

    private static final class DocumentWriter extends Writer {
        private final boolean linesOnly;
        private final String unit;
        private final int trailingCommaPercent;
        private int notes;

        DocumentWriter(RandomnessSource in, boolean linesOnly) {
            super(in);
            this.linesOnly = linesOnly;
            this.unit = pick(UNITS);
            this.trailingCommaPercent = pick(List.of(0, 50, 100));
        }

        String document() {
            int kind = below(100);
            if (kind < 3) {
                return pick(List.of("", "  \n", "\n\n"));
            }
            if (kind < 5) {
                return pick(List.of("// nothing here yet\n", "/* empty */\n\n", "// a\n// b"));
            }
            StringBuilder out = new StringBuilder();
            if (chance(30)) {
                out.append("// header ").append(++notes).append('\n');
            }
            if (chance(10)) {
                out.append("/* block\n   header */\n");
            }
            out.append(object(0, ""));
            if (chance(15)) {
                out.append(chance(50) ? "\n// footer" : " /* footer */");
            }
            return out.append('\n').toString();
        }

        private String object(int depth, String indent) {
            if (depth > 0 && chance(12)) {
                return emptyObject(indent);
            }
            if (depth > 0 && !linesOnly && chance(15)) {
                return oneLineObject(depth, indent);
            }
            String inner = indent + unit;
            StringBuilder o = new StringBuilder("{");
            if (chance(10)) {
                o.append(" // opens ").append(++notes);
            }
            List<Key> keys = keys(1 + below(4));
            boolean trailing = chance(trailingCommaPercent);
            for (int i = 0; i < keys.size(); i++) {
                if (chance(15)) {
                    o.append('\n');
                }
                if (chance(20)) {
                    o.append('\n').append(inner).append("// note ").append(++notes);
                }
                if (chance(5)) {
                    o.append('\n').append(inner).append("/* block\n").append(inner).append("   note */");
                }
                o.append('\n').append(inner);
                if (chance(8)) {
                    o.append("/* k */ ");
                }
                o.append(pick(keys.get(i).spellings()));
                if (chance(8)) {
                    o.append(" /* c */");
                }
                o.append(':').append(pick(List.of(" ", " ", " ", "", "  ")));
                o.append(value(depth + 1, inner));
                if (i < keys.size() - 1 || trailing) {
                    o.append(chance(10) ? " /* before comma */," : ",");
                }
                if (chance(20)) {
                    o.append(" // about ").append(++notes);
                } else if (chance(10)) {
                    o.append(" /* about */");
                }
            }
            if (chance(10)) {
                o.append('\n').append(inner).append("// last words ").append(++notes);
            }
            return o.append('\n').append(indent).append('}').toString();
        }

        private String emptyObject(String indent) {
            List<String> lined = List.of("{\n" + indent + "}", "{ // empty\n" + indent + "}",
                    "{\n" + indent + unit + "// nothing yet\n" + indent + "}");
            if (linesOnly || chance(40)) {
                return pick(lined);
            }
            return pick(List.of("{}", "{ }", "{ /* none */ }"));
        }

        /** An object on one line (sometimes closed on the next line after a {@code //} comment). */
        private String oneLineObject(int depth, String indent) {
            StringBuilder o = new StringBuilder("{");
            List<Key> keys = keys(below(4));
            for (int i = 0; i < keys.size(); i++) {
                o.append(i == 0 ? "" : " ").append(pick(keys.get(i).spellings())).append(": ");
                o.append(depth < 3 && chance(20) ? oneLineObject(depth + 1, indent) : scalarOrArray());
                if (i < keys.size() - 1 || chance(20)) {
                    o.append(',');
                }
            }
            if (!keys.isEmpty() && chance(15)) {
                return o.append(" // closes below\n").append(indent).append('}').toString();
            }
            return o.append(chance(10) ? " /* c */}" : "}").toString();
        }

        private String value(int depth, String indent) {
            int r = below(100);
            if (depth < 4 && r < 25) {
                return object(depth, indent);
            }
            if (r < 40) {
                return array(indent);
            }
            return pick(SCALARS);
        }

        private String scalarOrArray() {
            return chance(20) ? "[1, \"two\"]" : pick(SCALARS);
        }

        private String array(String indent) {
            List<String> elements = new ArrayList<>();
            for (int i = 0, n = below(4); i < n; i++) {
                elements.add(chance(15) ? "{\"x\": " + pick(SCALARS) + ", \"y\": []}" : pick(SCALARS));
            }
            boolean trailing = !elements.isEmpty() && chance(20);
            if (chance(50)) {
                return "[" + String.join(", ", elements) + (trailing ? "," : "") + "]";
            }
            String inner = indent + unit;
            StringBuilder a = new StringBuilder("[");
            for (int i = 0; i < elements.size(); i++) {
                a.append('\n').append(inner).append(elements.get(i));
                if (i < elements.size() - 1 || trailing) {
                    a.append(',');
                }
                if (chance(20)) {
                    a.append(" // item ").append(++notes);
                }
            }
            return a.append('\n').append(indent).append(']').toString();
        }
    }

    private static final class PayloadWriter extends Writer {

        PayloadWriter(RandomnessSource in) {
            super(in);
        }

        String payload() {
            return chance(10) ? "{}" : object(0);
        }

        private String object(int depth) {
            StringBuilder o = new StringBuilder("{");
            List<Key> keys = keys(below(5));
            for (int i = 0; i < keys.size(); i++) {
                o.append(i == 0 ? "" : ",").append(pick(keys.get(i).spellings())).append(':');
                int r = below(100);
                if (depth < 3 && r < 35) {
                    o.append(object(depth + 1));
                } else if (r < 50) {
                    o.append(chance(50) ? "[]" : "[" + pick(SCALARS) + "," + pick(SCALARS) + "]");
                } else {
                    o.append(pick(SCALARS));
                }
            }
            return o.append('}').toString();
        }
    }
}
