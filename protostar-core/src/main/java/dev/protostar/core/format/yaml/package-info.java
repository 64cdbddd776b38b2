/**
 * The {@code .pre-commit-config.yaml} engine (DESIGN.md section 5): {@link
 * dev.protostar.core.format.yaml.PreCommitConfigMerger} validates user files and merges declared
 * repositories into them as text edits, keeping every byte it does not edit. Everything else in
 * this package is a package-private step of that merge.
 */
@dev.protostar.api.Internal
package dev.protostar.core.format.yaml;
