package dev.protostar.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * "Did you mean": the names of a command-line model closest to a misspelt word, by edit distance
 * (insertions, deletions, substitutions and swaps of neighbours, ignoring case and leading dashes).
 * A name is offered only when it is at most two edits away and the edits change less than half of
 * the word, so that {@code --pyton} finds {@code --python} and {@code --bogus} finds nothing; a
 * word typed without its dashes ({@code python}) finds its option.
 */
final class SpellingSuggestions {

    private static final int MOST_EDITS = 2;

    private SpellingSuggestions() {}

    /** The subcommands of {@code spec} (names and aliases) closest to {@code word}, in the model's order. */
    static List<String> commands(CommandSpec spec, String word) {
        Set<String> names = new LinkedHashSet<>();
        spec.subcommands().values().forEach(sub -> {
            names.add(sub.getCommandSpec().name());
            names.addAll(List.of(sub.getCommandSpec().aliases()));
        });
        return closest(word, names);
    }

    /**
     * The options of {@code spec} (every name, the {@code --no-} forms of negatable ones included)
     * closest to {@code word}; a value after {@code =} is ignored.
     */
    static List<String> options(CommandSpec spec, String word) {
        Set<String> names = new LinkedHashSet<>();
        for (OptionSpec option : spec.options()) {
            for (String name : option.names()) {
                names.add(name);
                if (option.negatable() && name.startsWith("--")) {
                    names.add("--no-" + name.substring(2));
                }
            }
        }
        int equals = word.indexOf('=');
        return closest(equals > 0 ? word.substring(0, equals) : word, names);
    }

    /** Every candidate at the smallest distance that counts as a likely misspelling of {@code word}. */
    static List<String> closest(String word, Iterable<String> candidates) {
        String typed = bare(word);
        List<String> best = new ArrayList<>();
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String name = bare(candidate);
            if (name.length() < 2) {
                continue; // single letters (-p) are never a useful guess
            }
            int distance = distance(typed, name);
            if (distance > MOST_EDITS || 2 * distance >= Math.max(typed.length(), name.length())) {
                continue;
            }
            if (distance < bestDistance) {
                best.clear();
                bestDistance = distance;
            }
            if (distance == bestDistance) {
                best.add(candidate);
            }
        }
        return List.copyOf(best);
    }

    private static String bare(String name) {
        int start = 0;
        while (start < name.length() && name.charAt(start) == '-') {
            start++;
        }
        return name.substring(start).toLowerCase(Locale.ROOT);
    }

    /** The optimal-string-alignment distance: edits, counting a swap of two neighbours as one. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
