package dev.protostar.examples.cli;

import dev.protostar.Protostar;
import picocli.CommandLine.Option;

/** The preset flags of {@code protostar init}; each preset needs {@code --python}. */
final class PresetOptions {

    @Option(names = "--scientific",
            description = "Scientific preset: numpy, scipy, pandas, matplotlib, seaborn, scikit-learn, ipykernel;"
                    + " data/, notebooks/, src/ (needs --python).")
    boolean scientific;

    @Option(names = "--astro",
            description = "Astronomy preset: astropy, astroquery, photutils, specutils, nbdime and the scientific"
                    + " basics; .gitattributes for FITS and notebooks, git init, nbdime config-git (needs --python).")
    boolean astro;

    @Option(names = "--ml",
            description = "Machine-learning preset: torch, scikit-learn, huggingface_hub, tqdm; models/, data/,"
                    + " notebooks/, src/; weights and run logs ignored (needs --python).")
    boolean ml;

    @Option(names = "--api",
            description = "Web API preset: fastapi, uvicorn, pydantic, httpx; api/routers/, core/, schemas/;"
                    + " secrets ignored (needs --python).")
    boolean api;

    @Option(names = "--cli", description = "Command-line app preset: typer, rich; src/, tests/ (needs --python).")
    boolean cli;

    @Option(names = "--dsp",
            description = "Audio and MIDI preset: librosa, soundfile, mido, mutagen, pydub; data/raw_audio/,"
                    + " data/processed/; audio and MIDI files ignored (needs --python).")
    boolean dsp;

    @Option(names = "--embedded", description = "Embedded preset: pyserial, esptool, adafruit-blinka (needs --python).")
    boolean embedded;

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
