package dev.protostar.modules.presets;

import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.ModuleContext;
import dev.protostar.api.PresetModule;
import dev.protostar.api.PresetSettings;
import dev.protostar.modules.python.PythonModule;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Embedded and hardware work from Python: pyserial, esptool and Adafruit Blinka (CircuitPython's
 * hardware API on a computer); no folders and no ignores by default.
 *
 * <p>Defaults: dependencies {@code pyserial}, {@code esptool}, {@code adafruit-blinka}; folders
 * none; {@code .gitignore} entries none. A list
 * that a {@link PresetSettings} holds replaces the matching default list entirely. Needs the
 * {@value PythonModule#ID} module; without it the preset is skipped with a warning.
 */
public final class EmbeddedPreset implements PresetModule {

    /** The preset's id, also the name of its command-line flag ({@code --embedded}). */
    public static final String ID = "embedded";

    static final PresetLists DEFAULTS = new PresetLists(
            List.of("pyserial", "esptool", "adafruit-blinka"),
            List.of(),
            List.of());

    private final PresetLists lists;

    /** The preset with its defaults. */
    public EmbeddedPreset() {
        this(PresetSettings.defaults());
    }

    /**
     * The preset with {@code settings} replacing its default lists.
     *
     * @throws IllegalArgumentException when an entry is blank or spans lines, or a folder is not a
     *     relative path inside the project
     */
    public EmbeddedPreset(PresetSettings settings) {
        this.lists = DEFAULTS.with(ID, Objects.requireNonNull(settings, "settings"));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Embedded preset";
    }

    @Override
    public Set<String> requires() {
        return Set.of(PythonModule.ID);
    }

    @Override
    public void contribute(ManifestBuilder manifest, ModuleContext context) {
        lists.declareInto(manifest);
    }
}
