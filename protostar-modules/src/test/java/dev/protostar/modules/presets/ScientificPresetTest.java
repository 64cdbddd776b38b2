package dev.protostar.modules.presets;

import dev.protostar.api.PresetModule;
import dev.protostar.api.PresetSettings;
import java.util.List;

class ScientificPresetTest extends PresetContract {

    @Override
    PresetModule preset(PresetSettings settings) {
        return new ScientificPreset(settings);
    }

    @Override
    PresetModule defaultPreset() {
        return new ScientificPreset();
    }

    @Override
    String expectedId() {
        assertIdConstant(ScientificPreset.ID, "scientific");
        return "scientific";
    }

    @Override
    String expectedDisplayName() {
        return "Scientific preset";
    }

    @Override
    List<String> expectedDependencies() {
        return List.of("numpy", "matplotlib", "seaborn", "pandas", "scipy", "ipykernel", "scikit-learn");
    }

    @Override
    List<String> expectedDirectories() {
        return List.of("data", "notebooks", "src");
    }

    @Override
    List<String> expectedIgnores() {
        return List.of("*.csv", "*.parquet", "*.nc");
    }
}
