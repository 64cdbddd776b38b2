package dev.protostar.modules.presets;

import dev.protostar.api.PresetModule;
import dev.protostar.api.PresetSettings;
import java.util.List;

class ApiPresetTest extends PresetContract {

    @Override
    PresetModule preset(PresetSettings settings) {
        return new ApiPreset(settings);
    }

    @Override
    PresetModule defaultPreset() {
        return new ApiPreset();
    }

    @Override
    String expectedId() {
        assertIdConstant(ApiPreset.ID, "api");
        return "api";
    }

    @Override
    String expectedDisplayName() {
        return "API preset";
    }

    @Override
    List<String> expectedDependencies() {
        return List.of("fastapi", "uvicorn", "pydantic", "httpx");
    }

    @Override
    List<String> expectedDirectories() {
        return List.of("api/routers", "core", "schemas");
    }

    @Override
    List<String> expectedIgnores() {
        return List.of(".env", "*.pem", "*.key");
    }
}
