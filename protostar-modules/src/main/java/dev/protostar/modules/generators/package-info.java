/**
 * Generators: boilerplate files written into a workspace on request ({@code protostar generate}),
 * all or nothing and never over an existing file. {@link dev.protostar.modules.generators.Generators}
 * is the entry point; each target's generator is package-private and only computes file contents,
 * which one writer puts into the workspace under the run lock and the journal.
 */
@dev.protostar.api.Internal
package dev.protostar.modules.generators;
