package dev.protostar.modules.presets;

import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.PresetSettings;
import dev.protostar.api.WorkspacePath;
import java.util.List;

/**
 * The three lists every preset declares: runtime dependencies, folders and {@code .gitignore}
 * entries. Built from a preset's defaults with a {@link PresetSettings} on top, where each present
 * list replaces the default one entirely.
 *
 * @param dependencies runtime dependencies, in declaration order
 * @param directories folders to create
 * @param ignores {@code .gitignore} entries
 */
record PresetLists(List<String> dependencies, List<String> directories, List<String> ignores) {

    /** Copies the lists; every entry must be one non-blank line and every folder a valid relative path. */
    PresetLists {
        dependencies = List.copyOf(dependencies);
        directories = List.copyOf(directories);
        ignores = List.copyOf(ignores);
    }

    /**
     * These lists with the settings of preset {@code id} on top.
     *
     * @throws IllegalArgumentException naming the preset and the list when an entry is blank, spans
     *     lines, or (for folders) is not a relative path inside the project
     */
    PresetLists with(String id, PresetSettings settings) {
        PresetLists result = new PresetLists(
                settings.dependencies().orElse(dependencies),
                settings.directories().orElse(directories),
                settings.ignores().orElse(ignores));
        result.check(id);
        return result;
    }

    private void check(String id) {
        checkLines(id, "dependencies", dependencies);
        checkLines(id, "ignores", ignores);
        checkLines(id, "directories", directories);
        for (String directory : directories) {
            try {
                WorkspacePath.of(directory.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Preset \"" + id + "\": the folder \"" + directory
                        + "\" in directories is not a relative path inside the project (" + e.getMessage()
                        + "). Use a path such as \"data/raw\".", e);
            }
        }
    }

    private static void checkLines(String id, String list, List<String> entries) {
        for (String entry : entries) {
            if (entry.isBlank() || entry.contains("\n") || entry.contains("\r")) {
                throw new IllegalArgumentException("Preset \"" + id + "\": every entry of " + list
                        + " must be one non-blank line, got \"" + entry + "\". Remove or fix that entry.");
            }
        }
    }

    /** Declares the dependencies, folders and ignores into {@code manifest}. */
    void declareInto(ManifestBuilder manifest) {
        manifest.dependency(dependencies.toArray(String[]::new));
        manifest.directory(directories.stream().map(String::strip).toArray(String[]::new));
        manifest.vcsIgnore(ignores.toArray(String[]::new));
    }
}
