package dev.protostar.core.format.ignore;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code .dockerignore} holds when Docker support is on: every {@code .gitignore} entry, then
 * what no image needs (the repository, tests, docs, READMEs, editor folders), then entries modules
 * declared for Docker only (such as {@code .python-version} when {@code uv init} runs).
 */
public final class DockerIgnore {

    /** Entries every {@code .dockerignore} gets, after the {@code .gitignore} ones. */
    public static final List<String> BASELINE = List.of(".git/", "tests/", "docs/", "README*", ".vscode/", ".idea/");

    private DockerIgnore() {}

    /** The entries, in order and without repeats: {@code vcsIgnores}, {@link #BASELINE}, {@code dockerOnly}. */
    public static Set<String> entries(Collection<String> vcsIgnores, Collection<String> dockerOnly) {
        Set<String> entries = new LinkedHashSet<>(vcsIgnores);
        entries.addAll(BASELINE);
        entries.addAll(dockerOnly);
        return entries;
    }
}
