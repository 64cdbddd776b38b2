package dev.protostar.modules.presets;

import dev.protostar.api.PresetModule;
import dev.protostar.api.PresetSettings;
import java.util.List;

class EmbeddedPresetTest extends PresetContract {

    @Override
    PresetModule preset(PresetSettings settings) {
        return new EmbeddedPreset(settings);
    }

    @Override
    PresetModule defaultPreset() {
        return new EmbeddedPreset();
    }

    @Override
    String expectedId() {
        assertIdConstant(EmbeddedPreset.ID, "embedded");
        return "embedded";
    }

    @Override
    String expectedDisplayName() {
        return "Embedded preset";
    }

    @Override
    List<String> expectedDependencies() {
        return List.of("pyserial", "esptool", "adafruit-blinka");
    }

    @Override
    List<String> expectedDirectories() {
        return List.of();
    }

    @Override
    List<String> expectedIgnores() {
        return List.of();
    }
}
