/**
 * The run's lifecycle (DESIGN.md section 4): {@link dev.protostar.core.orchestrator.Orchestrator} takes a
 * request through collision intercept, pre-flight, aggregation, validation and realization.
 *
 * <p>Internal: hosts use {@code dev.protostar.Protostar} and {@code dev.protostar.api}.
 */
@dev.protostar.api.Internal
package dev.protostar.core.orchestrator;
