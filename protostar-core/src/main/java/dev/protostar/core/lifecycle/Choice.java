package dev.protostar.core.lifecycle;

import java.util.Optional;

/** A person's decision on a {@link Conflict}. */
public enum Choice {
    /** Keep the file's value; Protostar stops proposing its own until its value changes again. */
    LOCAL,
    /** Write Protostar's value (or, for a retraction, remove the user's edited value). */
    DESIRED,
    /** Keep both: for a text region, the user's lines followed by Protostar's new ones. */
    BOTH;

    /** The choice spelt {@code text} ({@code local}, {@code desired}, {@code both}), case-insensitive. */
    public static Optional<Choice> parse(String text) {
        for (Choice choice : values()) {
            if (choice.name().equalsIgnoreCase(text)) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }
}
