/**
 * The {@code .pre-commit-config.yaml} engine (DESIGN.md section 5): {@link
 * dev.protostar.core.format.yaml.PreCommitConfigMerger} validates user files and merges declared
 * repositories into them as text edits, keeping every byte it does not edit; {@link
 * dev.protostar.core.format.yaml.PreCommitSlotEditor} reads and edits the same files slot by slot
 * (a repository's {@code rev}, a hook by id) for the lifecycle's three-way reconciliation.
 * Everything else in this package is a package-private step of those two.
 */
@dev.protostar.api.Internal
package dev.protostar.core.format.yaml;
