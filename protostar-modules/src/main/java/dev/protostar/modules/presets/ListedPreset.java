package dev.protostar.modules.presets;

import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.ModuleContext;
import dev.protostar.api.PresetModule;
import dev.protostar.api.PresetSettings;
import dev.protostar.modules.python.PythonModule;
import java.util.Objects;
import java.util.Set;

/**
 * What every preset shares: an id and a name, the need for Python, and its three lists — its
 * defaults with a {@link PresetSettings} on top — declared into the manifest.
 */
abstract class ListedPreset implements PresetModule {

    private final String id;
    private final String displayName;
    private final PresetLists lists;

    /**
     * @throws dev.protostar.api.ConfigurationException when a dependency is not a PEP 508
     *     requirement, an ignore entry is blank or spans lines, or a folder is not a relative path
     *     inside the project
     */
    ListedPreset(String id, String displayName, PresetLists defaults, PresetSettings settings) {
        this.id = id;
        this.displayName = displayName;
        this.lists = defaults.with(id, Objects.requireNonNull(settings, "settings"));
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String displayName() {
        return displayName;
    }

    /** The {@value PythonModule#ID} module: a preset's dependencies are Python packages. */
    @Override
    public final Set<String> requires() {
        return Set.of(PythonModule.ID);
    }

    /** Declares the dependencies, folders and {@code .gitignore} entries. */
    @Override
    public void contribute(ManifestBuilder manifest, ModuleContext context) {
        lists.declareInto(manifest);
    }

    /** The lists in effect: the defaults with the settings on top. */
    final PresetLists lists() {
        return lists;
    }
}
