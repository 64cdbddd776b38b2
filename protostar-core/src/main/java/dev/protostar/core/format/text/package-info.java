/**
 * Marked text regions in plain files ({@code .envrc}, {@code AGENTS.md}, shell and ini files;
 * DESIGN.md section 5): {@link dev.protostar.core.format.text.TextRegions} validates a file's
 * {@code region: protostar <tag>} markers and writes text blocks between them, in the comment
 * syntax {@link dev.protostar.core.format.text.CommentSyntax} picks from the file name;
 * {@link dev.protostar.core.format.text.RegionEditor} reads and edits the regions as slots, and
 * {@link dev.protostar.core.format.text.LegacyInjectionMarkers} converts the Python original's
 * blocks into regions first.
 */
@dev.protostar.api.Internal
package dev.protostar.core.format.text;
