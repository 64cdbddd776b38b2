package dev.protostar.modules.presets;

import dev.protostar.api.PresetModule;
import dev.protostar.api.PresetSettings;
import java.util.List;

class DspPresetTest extends PresetContract {

    @Override
    PresetModule preset(PresetSettings settings) {
        return new DspPreset(settings);
    }

    @Override
    PresetModule defaultPreset() {
        return new DspPreset();
    }

    @Override
    String expectedId() {
        assertIdConstant(DspPreset.ID, "dsp");
        return "dsp";
    }

    @Override
    String expectedDisplayName() {
        return "DSP preset";
    }

    @Override
    List<String> expectedDependencies() {
        return List.of("librosa", "soundfile", "mido", "mutagen", "pydub");
    }

    @Override
    List<String> expectedDirectories() {
        return List.of("data/raw_audio", "data/processed");
    }

    @Override
    List<String> expectedIgnores() {
        return List.of("*.wav", "*.mp3", "*.flac", "*.ogg", "*.aiff", "*.aif", "*.mid", "*.midi");
    }
}
