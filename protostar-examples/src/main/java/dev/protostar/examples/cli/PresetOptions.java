package dev.protostar.examples.cli;

import dev.protostar.Protostar;
import picocli.CommandLine.Model.CommandSpec;

/** The preset flags of {@code protostar init}; each preset needs {@code --python}. */
final class PresetOptions {

    boolean scientific;

    boolean astro;

    boolean ml;

    boolean api;

    boolean cli;

    boolean dsp;

    boolean embedded;

    /** Adds the preset flags to {@code model}, bound to this object's fields. */
    void addTo(CommandSpec model) {
        model.addOption(CliModel.flag(CliModel.names("--scientific"),
                "Scientific preset: numpy, scipy, pandas, matplotlib, seaborn, scikit-learn, ipykernel;"
                        + " data/, notebooks/, src/ (needs --python).", value -> scientific = value));
        model.addOption(CliModel.flag(CliModel.names("--astro"),
                "Astronomy preset: astropy, astroquery, photutils, specutils, nbdime and the scientific"
                        + " basics; .gitattributes for FITS and notebooks, git init, nbdime config-git (needs --python).",
                value -> astro = value));
        model.addOption(CliModel.flag(CliModel.names("--ml"),
                "Machine-learning preset: torch, scikit-learn, huggingface_hub, tqdm; models/, data/,"
                        + " notebooks/, src/; weights and run logs ignored (needs --python).", value -> ml = value));
        model.addOption(CliModel.flag(CliModel.names("--api"),
                "Web API preset: fastapi, uvicorn, pydantic, httpx; api/routers/, core/, schemas/;"
                        + " secrets ignored (needs --python).", value -> api = value));
        model.addOption(CliModel.flag(CliModel.names("--cli"),
                "Command-line app preset: typer, rich; src/, tests/ (needs --python).", value -> cli = value));
        model.addOption(CliModel.flag(CliModel.names("--dsp"),
                "Audio and MIDI preset: librosa, soundfile, mido, mutagen, pydub; data/raw_audio/,"
                        + " data/processed/; audio and MIDI files ignored (needs --python).", value -> dsp = value));
        model.addOption(CliModel.flag(CliModel.names("--embedded"),
                "Embedded preset: pyserial, esptool, adafruit-blinka (needs --python).", value -> embedded = value));
    }

    /** Selects on {@code builder} every preset whose flag was given; the builder applies them in registry order. */
    void applyTo(Protostar.Builder builder) {
        if (scientific) {
            builder.scientific();
        }
        if (astro) {
            builder.astro();
        }
        if (ml) {
            builder.ml();
        }
        if (api) {
            builder.api();
        }
        if (cli) {
            builder.cli();
        }
        if (dsp) {
            builder.dsp();
        }
        if (embedded) {
            builder.embedded();
        }
    }
}
