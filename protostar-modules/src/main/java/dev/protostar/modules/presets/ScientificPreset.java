package dev.protostar.modules.presets;

import dev.protostar.api.PresetSettings;
import dev.protostar.modules.python.PythonModule;
import java.util.List;

/**
 * Scientific Python: the numerical stack (NumPy, SciPy, pandas), plotting (Matplotlib, seaborn),
 * scikit-learn and a Jupyter kernel; folders for data, notebooks and sources; common data files
 * ignored.
 *
 * <p>Defaults: dependencies {@code numpy}, {@code matplotlib}, {@code seaborn}, {@code pandas},
 * {@code scipy}, {@code ipykernel}, {@code scikit-learn}; folders {@code data}, {@code notebooks},
 * {@code src}; {@code .gitignore} entries {@code *.csv}, {@code *.parquet}, {@code *.nc}. A list
 * that a {@link PresetSettings} holds replaces the matching default list entirely. Needs the
 * {@value PythonModule#ID} module; without it the preset is skipped with a warning.
 */
public final class ScientificPreset extends ListedPreset {

    /** The preset's id, also the name of its command-line flag ({@code --scientific}). */
    public static final String ID = "scientific";

    static final PresetLists DEFAULTS = new PresetLists(
            List.of("numpy", "matplotlib", "seaborn", "pandas", "scipy", "ipykernel", "scikit-learn"),
            List.of("data", "notebooks", "src"),
            List.of("*.csv", "*.parquet", "*.nc"));

    /** The preset with its defaults. */
    public ScientificPreset() {
        this(PresetSettings.defaults());
    }

    /**
     * The preset with {@code settings} replacing its default lists.
     *
     * @throws dev.protostar.api.ConfigurationException when a dependency is not a PEP 508
     *     requirement, an ignore entry is blank or spans lines, or a folder is not a relative path
     *     inside the project
     */
    public ScientificPreset(PresetSettings settings) {
        super(ID, "Scientific preset", DEFAULTS, settings);
    }
}
