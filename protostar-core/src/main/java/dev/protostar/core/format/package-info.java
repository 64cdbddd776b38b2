/**
 * Format engines: one sub-package per file format, sharing only {@link
 * dev.protostar.core.format.NewlineStyle}.
 */
@dev.protostar.api.Internal
package dev.protostar.core.format;
