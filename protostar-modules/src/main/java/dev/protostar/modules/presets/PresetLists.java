package dev.protostar.modules.presets;

import dev.protostar.api.ConfigurationException;
import dev.protostar.api.IgnoreEntry;
import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.PresetSettings;
import dev.protostar.api.PythonRequirement;
import dev.protostar.api.WorkspacePath;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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

    /** Copies the lists; {@link #with} checks the entries. */
    PresetLists {
        dependencies = List.copyOf(dependencies);
        directories = List.copyOf(directories);
        ignores = List.copyOf(ignores);
    }

    /**
     * These lists with the settings of preset {@code id} on top.
     *
     * @throws ConfigurationException naming the preset, the list and the entry when an entry of the
     *     settings is not a PEP 508 requirement (dependencies), not a relative path inside the
     *     project (directories) or not one non-blank line (ignores)
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
        check(id, "dependencies", dependencies, PythonRequirement::problem);
        check(id, "directories", directories, PresetLists::folderProblem);
        check(id, "ignores", ignores, IgnoreEntry::problem);
    }

    private static Optional<String> folderProblem(String directory) {
        Optional<String> line = IgnoreEntry.problem(directory);
        if (line.isPresent()) {
            return line;
        }
        try {
            WorkspacePath.of(directory.strip());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("not a relative path inside the project: " + e.getMessage());
        }
    }

    private static void check(String id, String list, List<String> entries, Function<String, Optional<String>> rule) {
        for (String entry : entries) {
            Optional<String> problem = rule.apply(entry);
            if (problem.isPresent()) {
                throw new ConfigurationException("Preset \"" + id + "\": " + list + " holds \""
                        + printable(entry) + "\", which cannot be used: " + problem.get() + ".",
                        "Fix or remove that entry of presets." + id + "." + list + ".");
            }
        }
    }

    private static String printable(String entry) {
        return entry.replace("\n", "\\n").replace("\r", "\\r").replace("\u0000", "\\u0000");
    }

    /** Declares the dependencies, folders and ignores into {@code manifest}. */
    void declareInto(ManifestBuilder manifest) {
        manifest.dependency(dependencies.toArray(String[]::new));
        manifest.directory(directories.stream().map(String::strip).toArray(String[]::new));
        manifest.vcsIgnore(ignores.toArray(String[]::new));
    }
}
