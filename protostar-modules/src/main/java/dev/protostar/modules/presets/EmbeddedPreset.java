package dev.protostar.modules.presets;

import dev.protostar.api.PresetSettings;
import dev.protostar.modules.python.PythonModule;
import java.util.List;

/**
 * Embedded and hardware work from Python: pyserial, esptool and Adafruit Blinka (CircuitPython's
 * hardware API on a computer); no folders and no ignores by default.
 *
 * <p>Defaults: dependencies {@code pyserial}, {@code esptool}, {@code adafruit-blinka}; folders
 * none; {@code .gitignore} entries none. A list
 * that a {@link PresetSettings} holds replaces the matching default list entirely. Needs the
 * {@value PythonModule#ID} module; without it the preset is skipped with a warning.
 */
public final class EmbeddedPreset extends ListedPreset {

    /** The preset's id, also the name of its command-line flag ({@code --embedded}). */
    public static final String ID = "embedded";

    static final PresetLists DEFAULTS = new PresetLists(
            List.of("pyserial", "esptool", "adafruit-blinka"),
            List.of(),
            List.of());

    /** The preset with its defaults. */
    public EmbeddedPreset() {
        this(PresetSettings.defaults());
    }

    /**
     * The preset with {@code settings} replacing its default lists.
     *
     * @throws dev.protostar.api.ConfigurationException when a dependency is not a PEP 508
     *     requirement, an ignore entry is blank or spans lines, or a folder is not a relative path
     *     inside the project
     */
    public EmbeddedPreset(PresetSettings settings) {
        super(ID, "Embedded preset", DEFAULTS, settings);
    }
}
