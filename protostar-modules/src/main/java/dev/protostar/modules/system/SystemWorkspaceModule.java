package dev.protostar.modules.system;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.ModuleContext;

/**
 * Workspace-wide basics every run gets: ignore entries for operating-system litter, editor folders,
 * local secrets, and {@code .protostar/} — the folder where a run keeps its lock and journal, which
 * must never be committed (a journal in a repository would be refused by every clone's next run).
 */
public final class SystemWorkspaceModule implements BootstrapModule {

    /** The module's id. */
    public static final String ID = "system";

    /** The ignore line for Protostar's own run folder (lock and journal). */
    public static final String PROTOSTAR_FOLDER = ".protostar/";

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
        manifest.vcsIgnore(".DS_Store", "Thumbs.db", "*~", ".idea/", ".vscode/", ".env", PROTOSTAR_FOLDER);
    }
}
