/**
 * Ignore files ({@code .gitignore}, {@code .dockerignore}): line-exact, append-only merging with
 * {@link dev.protostar.core.format.ignore.IgnoreFile}, and line by line as slots with
 * {@link dev.protostar.core.format.ignore.IgnoreLinesEditor}.
 */
@dev.protostar.api.Internal
package dev.protostar.core.format.ignore;
