package dev.protostar.modules.presets;

import dev.protostar.api.PresetSettings;
import dev.protostar.modules.python.PythonModule;
import java.util.List;

/**
 * A command-line application: Typer for the commands and Rich for the output; folders for
 * sources and tests.
 *
 * <p>Defaults: dependencies {@code typer}, {@code rich}; folders {@code src}, {@code tests};
 * {@code .gitignore} entries none. A list
 * that a {@link PresetSettings} holds replaces the matching default list entirely. Needs the
 * {@value PythonModule#ID} module; without it the preset is skipped with a warning.
 */
public final class CliPreset extends ListedPreset {

    /** The preset's id, also the name of its command-line flag ({@code --cli}). */
    public static final String ID = "cli";

    static final PresetLists DEFAULTS = new PresetLists(
            List.of("typer", "rich"),
            List.of("src", "tests"),
            List.of());

    /** The preset with its defaults. */
    public CliPreset() {
        this(PresetSettings.defaults());
    }

    /**
     * The preset with {@code settings} replacing its default lists.
     *
     * @throws IllegalArgumentException when an entry is blank or spans lines, or a folder is not a
     *     relative path inside the project
     */
    public CliPreset(PresetSettings settings) {
        super(ID, "CLI preset", DEFAULTS, settings);
    }
}
