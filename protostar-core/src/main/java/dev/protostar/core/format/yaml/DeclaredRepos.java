package dev.protostar.core.format.yaml;

import dev.protostar.api.PreCommitHook;
import dev.protostar.api.PreCommitRepo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Declared repositories with duplicates collapsed: one entry per URL, at the place of its first
 * declaration, with the first declaration's {@code rev}, and the hooks of all its declarations,
 * one per id (the first one declared).
 */
final class DeclaredRepos {

    private DeclaredRepos() {
    }

    static List<PreCommitRepo> normalize(List<PreCommitRepo> repos) {
        Map<String, String> revs = new LinkedHashMap<>();
        Map<String, Map<String, PreCommitHook>> hooks = new LinkedHashMap<>();
        for (PreCommitRepo repo : repos) {
            revs.putIfAbsent(repo.repo(), repo.rev());
            Map<String, PreCommitHook> byId = hooks.computeIfAbsent(repo.repo(), url -> new LinkedHashMap<>());
            repo.hooks().forEach(hook -> byId.putIfAbsent(hook.id(), hook));
        }
        List<PreCommitRepo> normalized = new ArrayList<>();
        revs.forEach((url, rev) -> normalized.add(new PreCommitRepo(url, rev, List.copyOf(hooks.get(url).values()))));
        return normalized;
    }
}
