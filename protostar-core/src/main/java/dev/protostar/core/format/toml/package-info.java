/**
 * TOML merging on tomlj 2.x (DESIGN.md section 5): {@link dev.protostar.core.format.toml.TomlMerger}
 * validates user files and merges payloads into them, keeping every byte it does not edit;
 * {@link dev.protostar.core.format.toml.TomlSlotEditor} reads and edits a file slot by slot for the
 * three-way reconciliation. Everything else in this package is a package-private step of those two.
 */
@dev.protostar.api.Internal
package dev.protostar.core.format.toml;
