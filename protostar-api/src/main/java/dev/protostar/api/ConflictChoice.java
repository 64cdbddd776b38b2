package dev.protostar.api;

import java.util.Locale;
import java.util.Optional;

/** A person's decision on a {@link SyncConflict}, given to a sync with {@code resolve(...)} or {@code --resolve}. */
public enum ConflictChoice {
    /** Keep the file's value; Protostar stops proposing its own until its own value changes again. */
    LOCAL,
    /** Write Protostar's value; for a retraction, remove the edited value. */
    DESIRED,
    /** Keep both: for a text region, the user's lines followed by Protostar's lines the user's lack. */
    BOTH;

    /** The choice spelt {@code text} ({@code local}, {@code desired}, {@code both}), ignoring case. */
    public static Optional<ConflictChoice> parse(String text) {
        for (ConflictChoice choice : values()) {
            if (choice.name().equalsIgnoreCase(text)) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }

    /** The spelling on the command line: {@code local}, {@code desired} or {@code both}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
