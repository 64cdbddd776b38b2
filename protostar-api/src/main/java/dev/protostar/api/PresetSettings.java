package dev.protostar.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A configuration's replacement for parts of one preset ({@code [presets.astro]} in the
 * configuration file). Each list that is present replaces that list of the preset's defaults
 * entirely; an absent list keeps the defaults.
 *
 * @param dependencies the runtime dependencies the preset adds, or empty for its defaults
 * @param directories the folders the preset creates, or empty for its defaults
 * @param ignores the {@code .gitignore} entries the preset adds, or empty for its defaults
 */
public record PresetSettings(
        Optional<List<String>> dependencies, Optional<List<String>> directories, Optional<List<String>> ignores) {

    /** Validates and copies the fields. */
    public PresetSettings {
        dependencies = Objects.requireNonNull(dependencies, "dependencies").map(List::copyOf);
        directories = Objects.requireNonNull(directories, "directories").map(List::copyOf);
        ignores = Objects.requireNonNull(ignores, "ignores").map(List::copyOf);
    }

    /** Settings that keep every default. */
    public static PresetSettings defaults() {
        return new PresetSettings(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Settings that replace only the dependencies. */
    public static PresetSettings dependencies(List<String> dependencies) {
        return new PresetSettings(Optional.of(dependencies), Optional.empty(), Optional.empty());
    }

    /** These settings, with each list that {@code other} holds taking the place of this one's. */
    public PresetSettings overriddenBy(PresetSettings other) {
        return new PresetSettings(
                other.dependencies.or(() -> dependencies),
                other.directories.or(() -> directories),
                other.ignores.or(() -> ignores));
    }
}
