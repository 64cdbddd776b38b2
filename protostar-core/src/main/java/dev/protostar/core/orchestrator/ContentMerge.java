package dev.protostar.core.orchestrator;

import dev.protostar.api.KeptValue;
import dev.protostar.api.MergeFormat;
import dev.protostar.api.Resolution;
import dev.protostar.api.StructuredMerge;
import dev.protostar.api.TextBlock;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.jsonc.JsonMergeResult;
import dev.protostar.core.format.jsonc.JsoncMerger;
import dev.protostar.core.format.text.TextRegions;
import dev.protostar.core.format.toml.TomlDocuments;
import dev.protostar.core.format.toml.TomlMergeResult;
import dev.protostar.core.format.toml.TomlMerger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The new text of one file after Protostar's edits, computed by the format engines without
 * touching the workspace: structured payloads (TOML, JSON) in declaration order, then text blocks.
 *
 * <p>When some TOML payloads {@linkplain StructuredMerge#overridesModuleDefaults() override module
 * defaults}, the file's TOML payloads are first combined into one: the modules' payloads merged
 * together in declaration order, then each overriding payload laid over them. That one payload then
 * meets the file like any other, so a key the configuration names beats a module's default, while
 * under MERGE a value the file already held stays the user's.
 *
 * @param text the resulting text, or {@code null} when the file is absent and nothing creates it
 * @param kept user values the merges left alone
 * @param warnings type clashes and other problems that did not stop the merge
 */
record ContentMerge(String text, List<KeptValue> kept, List<String> warnings) {

    ContentMerge {
        kept = List.copyOf(kept);
        warnings = List.copyOf(warnings);
    }

    /**
     * Applies {@code merges} and then {@code blocks} (all aimed at {@code target}) to {@code existing}.
     *
     * @param interpolate fills placeholders such as {@code {{PYTHON_VERSION}}} in TOML payloads
     */
    static ContentMerge of(WorkspacePath target, String existing, List<StructuredMerge> merges, List<TextBlock> blocks,
            Resolution resolution, UnaryOperator<String> interpolate) {
        return of(target, existing, merges, blocks, resolution, interpolate, new TomlDocuments());
    }

    /** {@link #of(WorkspacePath, String, List, List, Resolution, UnaryOperator)} with the run's TOML parses. */
    static ContentMerge of(WorkspacePath target, String existing, List<StructuredMerge> merges, List<TextBlock> blocks,
            Resolution resolution, UnaryOperator<String> interpolate, TomlDocuments documents) {
        String text = existing;
        List<KeptValue> kept = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (merges.stream().anyMatch(StructuredMerge::overridesModuleDefaults)) {
            merges = combineToml(target, merges, interpolate, warnings);
            interpolate = UnaryOperator.identity();
        }
        for (int i = 0; i < merges.size(); i++) {
            StructuredMerge merge = merges.get(i);
            switch (merge.format()) {
                case TOML -> {
                    // Consecutive TOML payloads for one file merge together: one parse, not one per payload.
                    List<String> payloads = new ArrayList<>();
                    payloads.add(interpolate.apply(merge.payload()));
                    while (i + 1 < merges.size() && merges.get(i + 1).format() == merge.format()) {
                        payloads.add(interpolate.apply(merges.get(++i).payload()));
                    }
                    TomlMergeResult result = TomlMerger.mergeAll(target, text, payloads, resolution, documents);
                    result.keptKeys().forEach(key -> kept.add(new KeptValue(target, key)));
                    warnings.addAll(result.warnings());
                    text = result.text();
                }
                case JSON -> {
                    JsonMergeResult result = JsoncMerger.merge(target, text, merge.payload(), resolution);
                    result.keptKeys().forEach(key -> kept.add(new KeptValue(target, key)));
                    warnings.addAll(result.warnings());
                    text = result.text();
                }
            }
        }
        if (!blocks.isEmpty()) {
            text = TextRegions.apply(target, text, blocks);
        }
        return new ContentMerge(text, kept, warnings);
    }

    /** One TOML payload: the modules' payloads merged in order, the overriding ones laid over them; JSON ones after. */
    private static List<StructuredMerge> combineToml(WorkspacePath target, List<StructuredMerge> merges,
            UnaryOperator<String> interpolate, List<String> warnings) {
        String combined = null;
        List<String> modulePayloads = merges.stream()
                .filter(merge -> merge.format() == MergeFormat.TOML && !merge.overridesModuleDefaults())
                .map(merge -> interpolate.apply(merge.payload()))
                .toList();
        if (!modulePayloads.isEmpty()) {
            TomlMergeResult result = TomlMerger.mergeAll(target, null, modulePayloads, Resolution.MERGE);
            warnings.addAll(result.warnings());
            combined = result.text();
        }
        for (StructuredMerge merge : merges) {
            if (merge.overridesModuleDefaults()) {
                TomlMergeResult result = TomlMerger.overlay(target, combined, interpolate.apply(merge.payload()));
                warnings.addAll(result.warnings());
                combined = result.text();
            }
        }
        List<StructuredMerge> result = new ArrayList<>();
        result.add(new StructuredMerge(target, MergeFormat.TOML, combined));
        merges.stream().filter(merge -> merge.format() != MergeFormat.TOML).forEach(result::add);
        return result;
    }
}
