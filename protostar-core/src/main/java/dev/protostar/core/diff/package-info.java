/**
 * Line diffs: {@link dev.protostar.core.diff.UnifiedDiff} renders the unified diffs that dry-run
 * plans show, on a linear-space Myers difference algorithm of its own.
 */
@dev.protostar.api.Internal
package dev.protostar.core.diff;
