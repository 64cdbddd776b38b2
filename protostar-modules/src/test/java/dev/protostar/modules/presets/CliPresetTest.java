package dev.protostar.modules.presets;

import dev.protostar.api.PresetModule;
import dev.protostar.api.PresetSettings;
import java.util.List;

class CliPresetTest extends PresetContract {

    @Override
    PresetModule preset(PresetSettings settings) {
        return new CliPreset(settings);
    }

    @Override
    PresetModule defaultPreset() {
        return new CliPreset();
    }

    @Override
    String expectedId() {
        assertIdConstant(CliPreset.ID, "cli");
        return "cli";
    }

    @Override
    String expectedDisplayName() {
        return "CLI preset";
    }

    @Override
    List<String> expectedDependencies() {
        return List.of("typer", "rich");
    }

    @Override
    List<String> expectedDirectories() {
        return List.of("src", "tests");
    }

    @Override
    List<String> expectedIgnores() {
        return List.of();
    }
}
