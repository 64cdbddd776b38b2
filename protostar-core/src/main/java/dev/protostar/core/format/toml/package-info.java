/**
 * TOML merging on tomlj 2.x (DESIGN.md section 5): {@link dev.protostar.core.format.toml.TomlMerger}
 * validates user files and merges payloads into them, keeping every byte it does not edit.
 * Everything else in this package is a package-private step of that merge.
 */
@dev.protostar.api.Internal
package dev.protostar.core.format.toml;
