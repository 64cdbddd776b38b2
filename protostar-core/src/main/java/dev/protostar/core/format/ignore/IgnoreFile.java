package dev.protostar.core.format.ignore;

import dev.protostar.core.format.NewlineStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Adds entries to a {@code .gitignore}, {@code .dockerignore} or any other one-pattern-per-line
 * file.
 *
 * <p>An entry counts as present only when some line of the file, with surrounding whitespace
 * removed, is exactly that entry (never a substring: a file listing {@code .envrc} still gets
 * {@code .env}). Missing entries are appended in the order given, one per line, using the file's
 * own line break (CRLF when most of its lines end with CRLF). Nothing is ever removed or reordered,
 * and a missing final newline is added before the first appended entry. Stateless and
 * thread-safe.
 */
public final class IgnoreFile {

    private static final char BOM = '\uFEFF';

    private IgnoreFile() {
    }

    /**
     * The file's text with every missing entry appended.
     *
     * @param existing the file's text, or {@code null} when the file is absent
     * @param entries patterns to ensure, in order; duplicates collapse
     * @return {@code existing} itself (so {@code null} for an absent file) when nothing is missing;
     *     otherwise the new text. For an absent file, the entries joined with {@code "\n"} and a
     *     final newline. Use {@link #missingEntries} to ask whether anything needs writing.
     * @throws IllegalArgumentException when an entry is blank, spans lines or has leading or
     *     trailing whitespace (it could never be found again, so every run would append it anew)
     */
    public static String merge(String existing, Collection<String> entries) {
        List<String> missing = missingEntries(existing, entries);
        if (missing.isEmpty()) {
            return existing;
        }
        if (existing == null) {
            return String.join("\n", missing) + "\n";
        }
        String newline = NewlineStyle.detect(existing).sequence();
        StringBuilder text = new StringBuilder(existing);
        // A byte order mark alone is an empty file, not a line to end.
        if (!existing.isEmpty() && !existing.equals(String.valueOf(BOM)) && !existing.endsWith("\n")) {
            text.append(newline);
        }
        for (String entry : missing) {
            text.append(entry).append(newline);
        }
        return text.toString();
    }

    /**
     * The entries {@link #merge} would append, in order and without duplicates: empty exactly when
     * the file needs no write.
     *
     * @param existing the file's text, or {@code null} when the file is absent
     * @param entries patterns to ensure, in order
     * @throws IllegalArgumentException as {@link #merge}
     */
    public static List<String> missingEntries(String existing, Collection<String> entries) {
        Objects.requireNonNull(entries, "entries");
        Set<String> present = presentLines(existing);
        List<String> missing = new ArrayList<>();
        for (String entry : new LinkedHashSet<>(entries)) {
            requireSingleLinePattern(entry);
            if (!present.contains(entry)) {
                missing.add(entry);
            }
        }
        return List.copyOf(missing);
    }

    private static Set<String> presentLines(String existing) {
        Set<String> lines = new HashSet<>();
        if (existing == null) {
            return lines;
        }
        String text = !existing.isEmpty() && existing.charAt(0) == BOM ? existing.substring(1) : existing;
        for (String line : text.split("\r?\n", -1)) {
            lines.add(line.strip());
        }
        return lines;
    }

    private static void requireSingleLinePattern(String entry) {
        if (entry == null || entry.isBlank()) {
            throw new IllegalArgumentException("An ignore-file entry must not be blank (got "
                    + (entry == null ? "null" : "\"" + entry + "\"") + "); remove it from the module's manifest");
        }
        if (entry.indexOf('\n') >= 0 || entry.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("An ignore-file entry must be a single line: \""
                    + entry.replace("\r", "\\r").replace("\n", "\\n") + "\"; declare one entry per pattern");
        }
        if (!entry.equals(entry.strip())) {
            throw new IllegalArgumentException("An ignore-file entry must not start or end with whitespace: \""
                    + entry + "\"; strip it (a trailing space in .gitignore needs a backslash escape)");
        }
    }
}
