package dev.protostar.core.config;

import dev.protostar.api.Ide;
import dev.protostar.api.PresetSettings;
import dev.protostar.api.ProtostarConfig;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One configuration file as read, section by section, holding only the settings that passed the
 * checks.
 *
 * @param env the {@code [env]} table
 * @param presets the {@code [presets.ID]} tables, by preset id, in file order
 * @param dev the {@code [dev]} table
 */
record ConfigDocument(Env env, Map<String, PresetSettings> presets, Dev dev) {

    ConfigDocument {
        presets = Collections.unmodifiableMap(new LinkedHashMap<>(presets));
    }

    /**
     * The {@code [env]} table.
     *
     * @param tools tool toggles by module id ({@code pre_commit} already turned into {@code pre-commit})
     * @param scrub patterns of environment variables kept from tools
     * @param taskTimeout the time limit of every system task, from {@code task_timeout}
     */
    record Env(Optional<Ide> ide, Optional<String> pythonPackageManager, Optional<String> pythonVersion,
            Optional<String> nodePackageManager, Optional<String> latexPreset, Map<String, Boolean> tools,
            List<String> scrub, Optional<Duration> taskTimeout) {}

    /**
     * The {@code [dev]} table.
     *
     * @param pyprojectPayload {@code [dev.pyproject]} rendered as TOML source, when it holds anything
     */
    record Dev(List<String> extraDependencies, Optional<String> pyprojectPayload) {}

    /** The file's settings as a {@link ProtostarConfig}. */
    ProtostarConfig toConfig() {
        ProtostarConfig.Builder builder = ProtostarConfig.builder();
        env.ide().ifPresent(builder::ide);
        env.pythonPackageManager().ifPresent(builder::pythonPackageManager);
        env.pythonVersion().ifPresent(builder::pythonVersion);
        env.nodePackageManager().ifPresent(builder::nodePackageManager);
        env.latexPreset().ifPresent(builder::latexPreset);
        env.tools().forEach(builder::tool);
        builder.envScrub(env.scrub().toArray(String[]::new));
        env.taskTimeout().ifPresent(builder::taskTimeout);
        presets.forEach(builder::preset);
        builder.extraDevDependency(dev.extraDependencies().toArray(String[]::new));
        dev.pyprojectPayload().ifPresent(builder::pyprojectPayload);
        return builder.build();
    }
}
