/**
 * The workspace basics every run gets: ignore entries for operating-system litter, editor folders,
 * local secrets and {@code .protostar/}, and the Git repository.
 *
 * <p>Internal: hosts use {@code dev.protostar.Protostar} and {@code dev.protostar.api}.
 */
@dev.protostar.api.Internal
package dev.protostar.modules.system;
