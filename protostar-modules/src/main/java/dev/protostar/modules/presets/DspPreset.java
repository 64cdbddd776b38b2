package dev.protostar.modules.presets;

import dev.protostar.api.PresetSettings;
import dev.protostar.modules.python.PythonModule;
import java.util.List;

/**
 * Audio and MIDI signal processing: librosa, soundfile, mido, mutagen and pydub; folders for raw
 * and processed audio. Audio files (WAV, MP3, FLAC, Ogg, AIFF) and MIDI files are ignored: recordings
 * are large and belong in data storage rather than in Git, and MIDI files here are usually
 * generated or derived data.
 *
 * <p>Defaults: dependencies {@code librosa}, {@code soundfile}, {@code mido}, {@code mutagen},
 * {@code pydub}; folders {@code data/raw_audio}, {@code data/processed}; {@code .gitignore}
 * entries {@code *.wav}, {@code *.mp3}, {@code *.flac}, {@code *.ogg}, {@code *.aiff},
 * {@code *.aif}, {@code *.mid}, {@code *.midi}. A list
 * that a {@link PresetSettings} holds replaces the matching default list entirely. Needs the
 * {@value PythonModule#ID} module; without it the preset is skipped with a warning.
 */
public final class DspPreset extends ListedPreset {

    /** The preset's id, also the name of its command-line flag ({@code --dsp}). */
    public static final String ID = "dsp";

    static final PresetLists DEFAULTS = new PresetLists(
            List.of("librosa", "soundfile", "mido", "mutagen", "pydub"),
            List.of("data/raw_audio", "data/processed"),
            List.of("*.wav", "*.mp3", "*.flac", "*.ogg", "*.aiff", "*.aif", "*.mid", "*.midi"));

    /** The preset with its defaults. */
    public DspPreset() {
        this(PresetSettings.defaults());
    }

    /**
     * The preset with {@code settings} replacing its default lists.
     *
     * @throws dev.protostar.api.ConfigurationException when a dependency is not a PEP 508
     *     requirement, an ignore entry is blank or spans lines, or a folder is not a relative path
     *     inside the project
     */
    public DspPreset(PresetSettings settings) {
        super(ID, "DSP preset", DEFAULTS, settings);
    }
}
