package dev.protostar.modules.presets;

import dev.protostar.api.PresetModule;
import dev.protostar.api.PresetSettings;
import java.util.List;

class MlPresetTest extends PresetContract {

    @Override
    PresetModule preset(PresetSettings settings) {
        return new MlPreset(settings);
    }

    @Override
    PresetModule defaultPreset() {
        return new MlPreset();
    }

    @Override
    String expectedId() {
        assertIdConstant(MlPreset.ID, "ml");
        return "ml";
    }

    @Override
    String expectedDisplayName() {
        return "ML preset";
    }

    @Override
    List<String> expectedDependencies() {
        return List.of("torch", "scikit-learn", "huggingface_hub", "tqdm");
    }

    @Override
    List<String> expectedDirectories() {
        return List.of("models", "data", "notebooks", "src");
    }

    @Override
    List<String> expectedIgnores() {
        return List.of("*.pt", "*.pth", "*.safetensors", "*.onnx", "*.log", "wandb/", "mlruns/", "runs/");
    }
}
