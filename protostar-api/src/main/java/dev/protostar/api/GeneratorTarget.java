package dev.protostar.api;

import java.util.Objects;

/**
 * One thing a generator can write, as listed in help texts and error messages.
 *
 * @param name the target's name, such as {@code "cpp-class"}
 * @param argument how its argument is shown, such as {@code "NAME"}; empty when it takes none
 * @param argumentRequired whether the argument must be given
 * @param description what it writes, in one line
 */
public record GeneratorTarget(String name, String argument, boolean argumentRequired, String description) {

    /** Checks that no field is null and that only a target with an argument can require one. */
    public GeneratorTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(argument, "argument");
        Objects.requireNonNull(description, "description");
        if (argumentRequired && argument.isEmpty()) {
            throw new IllegalArgumentException("Target " + name + " requires an argument, so it must name it");
        }
    }

    /** The usage line: {@code "cpp-class NAME"}, {@code "cmake [PROJECT]"}, {@code "circuitpython"}. */
    public String usage() {
        if (argument.isEmpty()) {
            return name;
        }
        return name + " " + (argumentRequired ? argument : "[" + argument + "]");
    }
}
