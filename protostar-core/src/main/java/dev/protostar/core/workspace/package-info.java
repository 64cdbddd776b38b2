/**
 * Workspace decorators. {@link dev.protostar.core.workspace.CopyOnWriteWorkspace} lets a whole run
 * happen in memory on top of a real workspace, for dry runs.
 */
@dev.protostar.api.Internal
package dev.protostar.core.workspace;
