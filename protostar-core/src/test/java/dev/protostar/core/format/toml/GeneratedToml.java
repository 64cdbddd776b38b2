package dev.protostar.core.format.toml;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * A generated, valid TOML 1.0 document with random comments, blank lines, notations, inline
 * tables and arrays of tables, and for each line the key path of the section it belongs to (the
 * root is the empty path). Table and key names come from small pools, so two generated documents
 * overlap and make interesting merges.
 *
 * @param lines the document's lines, without line breaks
 * @param owners for each line, the section it belongs to (comments above a header belong to it)
 */
public record GeneratedToml(List<String> lines, List<List<String>> owners) {

    private static final List<List<String>> TABLES = List.of(
            List.of("tool"), List.of("tool", "a"), List.of("tool", "b"), List.of("tool", "a", "sub"),
            List.of("x"), List.of("x", "y"));
    private static final List<List<String>> TABLE_ARRAYS = List.of(List.of("tool", "items"), List.of("x", "list"));
    private static final List<String> KEYS = List.of("k1", "k2", "k3", "k4", "\"quoted key\"", "k-6");

    /** The document's text with {@code "\n"} line breaks and a final newline. */
    public String text() {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    @Override
    public String toString() {
        return text();
    }

    /** Documents of up to about 40 lines. */
    public static Gen<GeneratedToml> documents() {
        return in -> new Writer(in).document();
    }

    /** Writes one document, drawing every choice from the randomness source. */
    private static final class Writer {
        private final RandomnessSource in;
        private final List<String> lines = new ArrayList<>();
        private final List<List<String>> owners = new ArrayList<>();
        private int comments;

        Writer(RandomnessSource in) {
            this.in = in;
        }

        GeneratedToml document() {
            for (int i = 0, n = below(3); i < n; i++) {
                entry(List.of(), KEYS.get(i));
            }
            List<Object> sections = new ArrayList<>();
            for (List<String> table : TABLES) {
                if (chance(45)) {
                    sections.add(table);
                }
            }
            for (List<String> array : TABLE_ARRAYS) {
                if (chance(30)) {
                    sections.add(new TableArray(array));
                }
            }
            shuffle(sections);
            for (Object section : sections) {
                if (section instanceof TableArray array) {
                    for (int i = 0, n = 1 + below(2); i < n; i++) {
                        section(array.path(), "[[" + String.join(".", array.path()) + "]]");
                    }
                } else {
                    @SuppressWarnings("unchecked")
                    List<String> table = (List<String>) section;
                    section(table, "[" + String.join(".", table) + "]");
                }
            }
            return new GeneratedToml(List.copyOf(lines), List.copyOf(owners));
        }

        private void section(List<String> path, String header) {
            // A comment right above a header belongs to that header, so a trailing note keeps its blank line.
            if (!lines.isEmpty() && (chance(80) || lines.get(lines.size() - 1).startsWith("# trailing"))) {
                add(path, "");
            }
            commentLines(path);
            add(path, chance(20) ? header + "  # header note " + (++comments) : header);
            List<String> keys = new ArrayList<>(KEYS);
            shuffle(keys);
            for (int i = 0, n = below(4); i < n; i++) {
                entry(path, keys.get(i));
            }
            if (chance(15)) {
                add(path, "");
                add(path, "# trailing note " + (++comments));
            }
        }

        private void entry(List<String> owner, String key) {
            if (chance(15)) {
                add(owner, "");
            }
            commentLines(owner);
            String value = value();
            String[] valueLines = (key + " = " + value).split("\n", -1);
            for (int i = 0; i < valueLines.length; i++) {
                boolean last = i == valueLines.length - 1;
                add(owner, last && chance(25) ? valueLines[i] + "  # about " + key : valueLines[i]);
            }
        }

        private void commentLines(List<String> owner) {
            for (int i = 0, n = chance(30) ? 1 + below(2) : 0; i < n; i++) {
                add(owner, "# note " + (++comments));
            }
        }

        private String value() {
            int n = below(4);
            return switch (below(13)) {
                case 0 -> Integer.toString(40 + n);
                case 1 -> "0x2" + "ABCD".charAt(n);
                case 2 -> "1_00" + n;
                case 3 -> "-" + n;
                case 4 -> n + ".5";
                case 5 -> Boolean.toString(n % 2 == 0);
                case 6 -> "\"text " + n + "\"";
                case 7 -> "'literal " + n + "'";
                case 8 -> "[1, 2, " + n + "]";
                case 9 -> "[\n    \"a\",  # first\n    \"b" + n + "\",\n]";
                case 10 -> "{ a = " + n + ", b = \"x\" }";
                case 11 -> "2024-05-0" + (n + 1);
                default -> "[]";
            };
        }

        private void add(List<String> owner, String line) {
            lines.add(line);
            owners.add(owner);
        }

        private <T> void shuffle(List<T> list) {
            for (int i = list.size() - 1; i > 0; i--) {
                int j = below(i + 1);
                T t = list.get(i);
                list.set(i, list.get(j));
                list.set(j, t);
            }
        }

        private int below(int bound) {
            return Generate.range(0, bound - 1).generate(in);
        }

        private boolean chance(int percent) {
            return below(100) < percent;
        }
    }

    private record TableArray(List<String> path) {
    }
}
