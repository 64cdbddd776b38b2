package dev.protostar.modules.presets;

import dev.protostar.api.PresetModule;
import dev.protostar.api.PresetSettings;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The built-in presets by id, in registry order: {@value ScientificPreset#ID}, {@value
 * AstroPreset#ID}, {@value MlPreset#ID}, {@value ApiPreset#ID}, {@value CliPreset#ID}, {@value
 * DspPreset#ID}, {@value EmbeddedPreset#ID}. Presets are applied in this order whatever order they
 * were selected in.
 */
public final class PresetRegistry {

    private static final Map<String, Function<PresetSettings, PresetModule>> FACTORIES = factories();

    private PresetRegistry() {}

    private static Map<String, Function<PresetSettings, PresetModule>> factories() {
        Map<String, Function<PresetSettings, PresetModule>> factories = new LinkedHashMap<>();
        factories.put(ScientificPreset.ID, ScientificPreset::new);
        factories.put(AstroPreset.ID, AstroPreset::new);
        factories.put(MlPreset.ID, MlPreset::new);
        factories.put(ApiPreset.ID, ApiPreset::new);
        factories.put(CliPreset.ID, CliPreset::new);
        factories.put(DspPreset.ID, DspPreset::new);
        factories.put(EmbeddedPreset.ID, EmbeddedPreset::new);
        return Collections.unmodifiableMap(factories);
    }

    /** Every preset id, in registry order. */
    public static List<String> ids() {
        return List.copyOf(FACTORIES.keySet());
    }

    /** Whether {@code id} names a built-in preset. */
    public static boolean isKnown(String id) {
        return FACTORIES.containsKey(id);
    }

    /**
     * The preset {@code id} with {@code settings} on top of its defaults.
     *
     * @throws IllegalArgumentException when {@code id} names no preset (the message lists the known
     *     ids), or when the settings hold an invalid entry
     */
    public static PresetModule create(String id, PresetSettings settings) {
        Objects.requireNonNull(settings, "settings");
        Function<PresetSettings, PresetModule> factory = FACTORIES.get(Objects.requireNonNull(id, "id"));
        if (factory == null) {
            throw new IllegalArgumentException(unknown(id));
        }
        return factory.apply(settings);
    }

    /** The message for an unknown preset id: what was asked for, and the ids that exist. */
    public static String unknown(String id) {
        return "Unknown preset \"" + id + "\". Known presets: " + String.join(", ", ids()) + ".";
    }
}
