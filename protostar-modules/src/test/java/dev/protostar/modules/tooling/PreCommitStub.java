package dev.protostar.modules.tooling;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.ModuleContext;

/** Stands in for the pre-commit module in tests: only its id matters. */
final class PreCommitStub implements BootstrapModule {

    @Override
    public String id() {
        return "pre-commit";
    }

    @Override
    public String displayName() {
        return "pre-commit (stub)";
    }

    @Override
    public void contribute(ManifestBuilder manifest, ModuleContext context) {}
}
