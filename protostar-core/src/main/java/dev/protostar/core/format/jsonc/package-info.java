/**
 * JSON and JSONC merging (DESIGN.md section 5): {@link dev.protostar.core.format.jsonc.JsoncMerger}
 * validates user files and merges payloads into them by splicing text, keeping every byte it does
 * not edit; {@link dev.protostar.core.format.jsonc.JsonMergeResult} is its outcome. Jackson
 * validates, decodes and writes new values; {@code JsoncScanner} records where objects, members,
 * values and commas are. {@link dev.protostar.core.format.jsonc.JsoncSlotEditor} reads and edits the
 * same files slot by slot for the three-way reconciliation, with the same scanner and insertions.
 * Everything else in this package is a package-private step of those two.
 */
@dev.protostar.api.Internal
package dev.protostar.core.format.jsonc;
