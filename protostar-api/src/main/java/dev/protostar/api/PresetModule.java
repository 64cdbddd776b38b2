package dev.protostar.api;

/** A domain preset (scientific, web API...): a module applied after languages and tools. */
public interface PresetModule extends BootstrapModule {

    /** Always {@link ModuleCategory#PRESET}. */
    @Override
    default ModuleCategory category() {
        return ModuleCategory.PRESET;
    }
}
