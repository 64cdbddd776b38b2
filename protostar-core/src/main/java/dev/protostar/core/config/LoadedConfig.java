package dev.protostar.core.config;

import dev.protostar.api.ProtostarConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What reading configuration produced: the settings, and one warning per setting that was ignored.
 *
 * @param config the settings that were understood
 * @param warnings one line per ignored setting, naming the file, the line where known, the key and
 *     what to do; in file order
 */
public record LoadedConfig(ProtostarConfig config, List<String> warnings) {

    /** Validates and copies the fields. */
    public LoadedConfig {
        Objects.requireNonNull(config, "config");
        warnings = List.copyOf(warnings);
    }

    /** No configuration and no warnings. */
    public static LoadedConfig empty() {
        return new LoadedConfig(ProtostarConfig.empty(), List.of());
    }

    /** This configuration with {@code other} laid over it ({@link ProtostarConfig#overriddenBy}), warnings of both. */
    public LoadedConfig overriddenBy(LoadedConfig other) {
        List<String> all = new ArrayList<>(warnings);
        all.addAll(other.warnings);
        return new LoadedConfig(config.overriddenBy(other.config), all);
    }
}
