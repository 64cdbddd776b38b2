package dev.protostar.core.format.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.protostar.api.PreCommitHook;
import dev.protostar.api.PreCommitRepo;
import dev.protostar.api.Resolution;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The merge on plain data, without any layout: what the merged file must read as. The merger
 * compares its text edits against this before returning anything.
 *
 * <p>Repositories match by {@code repo}, hooks by {@code id}. A missing repository is appended.
 * Under {@link Resolution#MERGE} the first entry of a present repository gains the hooks that no
 * entry of that URL has, and everything else is kept; under {@link Resolution#OVERWRITE} the first
 * entry is replaced by the declared one.
 */
final class ReferenceMerge {

    private ReferenceMerge() {
    }

    static JsonNode expected(JsonNode before, List<PreCommitRepo> declared, Resolution resolution) {
        if (declared.isEmpty()) {
            return before;
        }
        ObjectNode root = before instanceof ObjectNode object ? object.deepCopy() : JsonNodeFactory.instance.objectNode();
        ArrayNode repos = root.get("repos") instanceof ArrayNode array ? array : root.putArray("repos");
        for (PreCommitRepo repo : declared) {
            int first = -1;
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < repos.size(); i++) {
                if (repos.get(i).path("repo").asText().equals(repo.repo())) {
                    first = first < 0 ? i : first;
                    repos.get(i).path("hooks").forEach(hook -> ids.add(hook.path("id").asText()));
                }
            }
            if (first < 0) {
                repos.add(RepoRenderer.data(repo));
            } else if (resolution == Resolution.OVERWRITE) {
                repos.set(first, RepoRenderer.data(repo));
            } else {
                List<PreCommitHook> missing = repo.hooks().stream().filter(hook -> !ids.contains(hook.id()))
                        .toList();
                if (!missing.isEmpty()) {
                    ObjectNode target = (ObjectNode) repos.get(first);
                    ArrayNode hooks = target.get("hooks") instanceof ArrayNode array ? array : target.putArray("hooks");
                    missing.forEach(hook -> hooks.add(RepoRenderer.data(hook)));
                }
            }
        }
        return root;
    }
}
