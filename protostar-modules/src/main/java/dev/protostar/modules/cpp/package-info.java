/**
 * The C++ language module.
 *
 * <p>Internal: hosts use {@code dev.protostar.Protostar} and {@code dev.protostar.api}.
 */
@dev.protostar.api.Internal
package dev.protostar.modules.cpp;
