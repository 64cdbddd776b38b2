package dev.protostar.api;

/** Answers whether a program can be started, for pre-flight checks. */
@FunctionalInterface
public interface BinaryLocator {

    /** Whether a program called {@code name} (such as {@code uv}) can be started. */
    boolean isAvailable(String name);
}
