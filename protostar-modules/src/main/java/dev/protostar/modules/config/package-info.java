/**
 * The configuration's own additions to a Python project ({@code [dev]} of {@code .protostar.toml} or
 * the global {@code config.toml}), applied after every other module.
 *
 * <p>Internal: hosts use {@code dev.protostar.Protostar} and {@code dev.protostar.api}.
 */
@dev.protostar.api.Internal
package dev.protostar.modules.config;
