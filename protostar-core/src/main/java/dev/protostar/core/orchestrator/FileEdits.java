package dev.protostar.core.orchestrator;

import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.StructuredMerge;
import dev.protostar.api.TextBlock;
import dev.protostar.api.WorkspacePath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A manifest's structured merges and text blocks gathered per target file, files in the order of
 * their first declaration, so that each file is edited (and written) once.
 *
 * @param merges the payloads of each target; empty for a file that only gets text blocks
 * @param blocks the text blocks of each target; empty for a file that only gets payloads
 */
record FileEdits(Map<WorkspacePath, List<StructuredMerge>> merges, Map<WorkspacePath, List<TextBlock>> blocks) {

    static FileEdits of(EnvironmentManifest manifest) {
        Map<WorkspacePath, List<StructuredMerge>> merges = new LinkedHashMap<>();
        Map<WorkspacePath, List<TextBlock>> blocks = new LinkedHashMap<>();
        for (StructuredMerge merge : manifest.merges()) {
            merges.computeIfAbsent(merge.target(), t -> new ArrayList<>()).add(merge);
            blocks.putIfAbsent(merge.target(), new ArrayList<>());
        }
        for (TextBlock block : manifest.textBlocks()) {
            merges.putIfAbsent(block.target(), new ArrayList<>());
            blocks.computeIfAbsent(block.target(), t -> new ArrayList<>()).add(block);
        }
        return new FileEdits(merges, blocks);
    }
}
