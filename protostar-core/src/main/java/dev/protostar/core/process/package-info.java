/**
 * Processes (DESIGN.md section 6): the commons-exec runner of real programs and the simulated runner
 * that models their effects on any workspace.
 *
 * <p>Internal: hosts use {@code dev.protostar.Protostar} and {@code dev.protostar.api}.
 */
@dev.protostar.api.Internal
package dev.protostar.core.process;
