package dev.protostar.api;

import java.util.Objects;
import java.util.Set;

/**
 * Answers whether a program can be started, for pre-flight checks.
 *
 * <p>{@link #of(Set)} makes one from a fixed list (tests, hosts that know their tools). The locator
 * that searches a {@code PATH} the way a shell does is the facade's {@code
 * dev.protostar.Protostar.binaryLocatorOnPath()}: searching folders is the engine's work, and this
 * package depends on nothing but the JDK's value types.
 */
@FunctionalInterface
public interface BinaryLocator {

    /** Whether a program called {@code name} (such as {@code uv}) can be started. */
    boolean isAvailable(String name);

    /**
     * A locator that finds exactly the programs {@code names} (compared exactly, case included) and
     * nothing else; {@code null} is never found. The set is copied: changing it later changes
     * nothing.
     *
     * @throws NullPointerException when {@code names} or one of its elements is {@code null}
     */
    static BinaryLocator of(Set<String> names) {
        Set<String> known = Set.copyOf(Objects.requireNonNull(names, "names"));
        return name -> name != null && known.contains(name);
    }
}
