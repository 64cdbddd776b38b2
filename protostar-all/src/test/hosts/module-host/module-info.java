/** A host application on the module path: one requires directive brings the API and the facade. */
module host {
    requires dev.protostar.modules;

    provides dev.protostar.api.BootstrapModule with org.example.host.HostModule;
}
