package dev.protostar.api;

import java.util.List;
import java.util.Objects;

/**
 * A repository entry of {@code .pre-commit-config.yaml}: where hooks come from and which to run.
 *
 * @param repo the repository URL, which identifies the entry
 * @param rev the revision (tag) to use
 * @param hooks the hooks to run, identified by id
 */
public record PreCommitRepo(String repo, String rev, List<PreCommitHook> hooks) {

    /** Validates and copies the fields. */
    public PreCommitRepo {
        Objects.requireNonNull(repo, "repo");
        Objects.requireNonNull(rev, "rev");
        hooks = List.copyOf(hooks);
        if (repo.isBlank()) {
            throw new IllegalArgumentException("A pre-commit repository needs a URL");
        }
    }

    /** A repository at {@code rev} running the hooks with these ids, without arguments. */
    public static PreCommitRepo of(String repo, String rev, String... hookIds) {
        return new PreCommitRepo(repo, rev, java.util.Arrays.stream(hookIds).map(PreCommitHook::of).toList());
    }
}
