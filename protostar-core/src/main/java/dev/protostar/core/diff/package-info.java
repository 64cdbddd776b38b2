/**
 * Line diffs: {@link dev.protostar.core.diff.UnifiedDiff} renders the unified diffs that dry-run
 * plans show, on a linear-space Myers difference algorithm of its own.
 */
package dev.protostar.core.diff;
