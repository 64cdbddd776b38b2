/**
 * Ignore files ({@code .gitignore}, {@code .dockerignore}): line-exact, append-only merging with
 * {@link dev.protostar.core.format.ignore.IgnoreFile}.
 */
@dev.protostar.api.Internal
package dev.protostar.core.format.ignore;
