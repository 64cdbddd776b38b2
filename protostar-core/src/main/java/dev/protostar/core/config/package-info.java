/**
 * The user's configuration files (DESIGN.md section 4, "global config injections"): {@link
 * dev.protostar.core.config.ConfigFiles} finds the global {@code config.toml} and a project's {@code
 * .protostar.toml}, {@link dev.protostar.core.config.ConfigLoader} reads one file into a {@link
 * dev.protostar.api.ProtostarConfig} with warnings, and {@link dev.protostar.core.config.ConfigTemplate}
 * is the commented file {@code protostar config} starts from. Everything else is package-private.
 */
@dev.protostar.api.Internal
package dev.protostar.core.config;
