package org.example.host;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.ModuleContext;

/** The host's own module, registered for ServiceLoader the way the host's path wants it. */
public final class HostModule implements BootstrapModule {

    @Override
    public String id() {
        return "host-notes";
    }

    @Override
    public String displayName() {
        return "Host notes";
    }

    @Override
    public void contribute(ManifestBuilder manifest, ModuleContext context) {
        manifest.vcsIgnore(".host-cache/");
    }
}
