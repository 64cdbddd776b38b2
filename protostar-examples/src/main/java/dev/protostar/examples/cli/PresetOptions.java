package dev.protostar.examples.cli;

import dev.protostar.Protostar;
import picocli.CommandLine.Model.CommandSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The preset flags of {@code protostar init}; each preset needs {@code --python}. */
final class PresetOptions {

    /** Each preset's id (its flag without {@code --}) and help text, in the order help lists them. */
    /**
     * The short forms the Python original gives its presets: -s scientific, -a astro, -e embedded
     * (the others have none there either).
     */
    private static final Map<String, String> SHORT = Map.of("scientific", "-s", "astro", "-a", "embedded", "-e");

    private static final Map<String, String> FLAGS = flags(
            "scientific", "Scientific preset: numpy, scipy, pandas, matplotlib, seaborn, scikit-learn, ipykernel;"
                    + " data/, notebooks/, src/ (needs --python).",
            "astro", "Astronomy preset: astropy, astroquery, photutils, specutils, nbdime and the scientific"
                    + " basics; .gitattributes for FITS and notebooks, git init, nbdime config-git (needs --python).",
            "ml", "Machine-learning preset: torch, scikit-learn, huggingface_hub, tqdm; models/, data/,"
                    + " notebooks/, src/; weights and run logs ignored (needs --python).",
            "api", "Web API preset: fastapi, uvicorn, pydantic, httpx; api/routers/, core/, schemas/;"
                    + " secrets ignored (needs --python).",
            "cli", "Command-line app preset: typer, rich; src/, tests/ (needs --python).",
            "dsp", "Audio and MIDI preset: librosa, soundfile, mido, mutagen, pydub; data/raw_audio/,"
                    + " data/processed/; audio and MIDI files ignored (needs --python).",
            "embedded", "Embedded preset: pyserial, esptool, adafruit-blinka (needs --python).");

    private final Set<String> selected = new LinkedHashSet<>();

    private static Map<String, String> flags(String... idsAndDescriptions) {
        Map<String, String> flags = new LinkedHashMap<>();
        for (int i = 0; i < idsAndDescriptions.length; i += 2) {
            flags.put(idsAndDescriptions[i], idsAndDescriptions[i + 1]);
        }
        return Collections.unmodifiableMap(flags);
    }

    /** Adds the preset flags to {@code model}, bound to this object's selection. */
    void addTo(CommandSpec model) {
        FLAGS.forEach((id, description) -> model.addOption(CliModel.flag(names(id), description,
                value -> {
                    if (value) {
                        selected.add(id);
                    } else {
                        selected.remove(id);
                    }
                })));
    }

    /** The flags of the selected presets, such as {@code --astro}, in help order. */
    List<String> selectedFlags() {
        return FLAGS.keySet().stream().filter(selected::contains).map(id -> "--" + id).toList();
    }

    private static String[] names(String id) {
        return SHORT.containsKey(id) ? CliModel.names(SHORT.get(id), "--" + id) : CliModel.names("--" + id);
    }

    /** Selects on {@code builder} every preset whose flag was given; the builder applies them in registry order. */
    void applyTo(Protostar.Builder builder) {
        selected.forEach(builder::preset);
    }
}
