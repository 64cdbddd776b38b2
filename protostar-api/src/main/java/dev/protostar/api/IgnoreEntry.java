package dev.protostar.api;

import java.util.Locale;
import java.util.Optional;

/**
 * The rule for one {@code .gitignore} or {@code .dockerignore} entry, such as {@code ".venv/"}: one
 * non-blank line without control characters (a line break would smuggle in a second entry, a NUL
 * would end the file for Git). Surrounding blanks are trimmed; a backslash is allowed, because
 * ignore files use it to escape {@code #}, {@code !} and trailing spaces.
 */
public final class IgnoreEntry {

    private IgnoreEntry() {}

    /** Why {@code entry} cannot be an ignore entry, or empty when it can; {@code null} is a problem. */
    public static Optional<String> problem(String entry) {
        if (entry == null) {
            return Optional.of("it is null");
        }
        String stripped = entry.strip();
        if (stripped.isEmpty()) {
            return Optional.of("it is blank");
        }
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                String name = c == '\n' ? "a line break" : c == '\r' ? "a carriage return" : c == 0 ? "a NUL"
                        : "a control character";
                return Optional.of("column " + (i + 1) + ": " + name + " (U+" + String.format(Locale.ROOT, "%04X",
                        (int) c) + ") is not allowed; an entry is one line");
            }
        }
        return Optional.empty();
    }
}
