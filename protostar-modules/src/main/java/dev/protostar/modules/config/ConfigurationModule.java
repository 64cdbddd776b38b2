package dev.protostar.modules.config;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.ModuleContext;
import dev.protostar.api.ProtostarConfig;
import dev.protostar.modules.python.Pyproject;
import dev.protostar.modules.python.PythonModule;
import java.util.Objects;

/**
 * The configuration's own additions to a Python project, applied after every other module (DESIGN.md
 * §4, "global config injections last"): {@code [dev] extra_dependencies} as development dependencies,
 * after the tools' own, and each {@code [dev.pyproject]} table as a payload for {@code pyproject.toml}
 * that overrides the modules' defaults (a value already in the file before the run stays the user's
 * under MERGE).
 *
 * <p>Without Python selected it adds nothing and says so in a warning.
 */
public final class ConfigurationModule implements BootstrapModule {

    /** The module's id. */
    public static final String ID = "config";

    private final ProtostarConfig config;

    /** The module for {@code config}. */
    public ConfigurationModule(ProtostarConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** Whether {@code config} has anything for this module to add: extra dependencies or pyproject tables. */
    public static boolean hasAdditions(ProtostarConfig config) {
        return !config.extraDevDependencies().isEmpty() || !config.pyprojectPayloads().isEmpty();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Configuration";
    }

    @Override
    public ModuleCategory category() {
        return ModuleCategory.CONFIGURATION;
    }

    @Override
    public void contribute(ManifestBuilder manifest, ModuleContext context) {
        if (!hasAdditions(config)) {
            return;
        }
        if (!context.isActive(PythonModule.ID)) {
            manifest.warning("The configuration's [dev] extra_dependencies and [dev.pyproject] tables apply to"
                    + " Python projects, and Python is not selected; they were ignored. Select Python (--python)"
                    + " to use them, or remove them from the configuration.");
            return;
        }
        manifest.devDependency(config.extraDevDependencies().toArray(String[]::new));
        config.pyprojectPayloads().forEach(payload -> manifest.overrideToml(Pyproject.PATH.toString(), payload));
    }
}
