package dev.protostar.modules.system;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.ModuleContext;

/**
 * Workspace-wide basics every run gets: ignore entries for operating-system litter, editor folders
 * and local secrets.
 */
public final class SystemWorkspaceModule implements BootstrapModule {

    /** The module's id. */
    public static final String ID = "system";

    /** The module; it has no options. */
    public SystemWorkspaceModule() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Workspace";
    }

    @Override
    public ModuleCategory category() {
        return ModuleCategory.SYSTEM;
    }

    @Override
    public void contribute(ManifestBuilder manifest, ModuleContext context) {
        manifest.vcsIgnore(".DS_Store", "Thumbs.db", "*~", ".idea/", ".vscode/", ".env");
    }
}
