package dev.protostar.api;

import java.util.Optional;
import java.util.Set;

/**
 * One building block of an environment: a language, a tool, a preset. Modules only declare: they
 * look at the workspace through the read-only {@link ModuleContext} and write what they need into a
 * {@link ManifestBuilder}; the executor does the rest. Implementations may be discovered with
 * {@link java.util.ServiceLoader}.
 */
public interface BootstrapModule {

    /** A stable, lower-case identifier such as {@code "python"} or {@code "ruff"}. */
    String id();

    /** A name for humans, such as {@code "Python"}. */
    String displayName();

    /** The group this module is applied in. */
    default ModuleCategory category() {
        return ModuleCategory.TOOLING;
    }

    /** Ids of modules that must also be active, such as {@code "python"} for ruff. */
    default Set<String> requires() {
        return Set.of();
    }

    /** Programs that must be on the PATH before anything is written. */
    default Set<String> requiredBinaries(ModuleContext context) {
        return Set.of();
    }

    /**
     * How a person gets {@code binary}, one of {@link #requiredBinaries}, when it is missing, or how
     * to do without it: one or two sentences for the {@link PreflightException}'s hint. Empty (the
     * default) for the generic "Install ... and make sure it is on your PATH".
     */
    default Optional<String> installHint(String binary) {
        return Optional.empty();
    }

    /** Existing files whose presence means the workspace already holds this kind of project. */
    default Set<WorkspacePath> collisionMarkers(ModuleContext context) {
        return Set.of();
    }

    /** Declares what the module needs. Must not change anything outside {@code manifest}. */
    void contribute(ManifestBuilder manifest, ModuleContext context);
}
