/**
 * Domain presets (scientific, astro, ml, api, cli, dsp, embedded), applied after the modules.
 *
 * <p>Internal: hosts use {@code dev.protostar.Protostar} and {@code dev.protostar.api}.
 */
@dev.protostar.api.Internal
package dev.protostar.modules.presets;
