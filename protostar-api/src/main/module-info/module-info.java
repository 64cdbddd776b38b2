/**
 * Protostar's public API: interfaces and immutable value types, no third-party dependency.
 * Hosts use it together with the facade {@code dev.protostar.Protostar} of {@code dev.protostar.modules}.
 */
module dev.protostar.api {
    exports dev.protostar.api;
}
