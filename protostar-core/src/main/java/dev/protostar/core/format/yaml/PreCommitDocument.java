package dev.protostar.core.format.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed, validated {@code .pre-commit-config.yaml}: its located tree, the parts of it the merge
 * edits (the {@code repos} entry, each repository and each of its hooks), and the plain data tree
 * Jackson reads from the same text.
 */
final class PreCommitDocument {

    private final SourceLines lines;
    private final YamlNode root;
    private final YamlNode.Entry reposEntry;
    private final List<RepoEntry> repos;
    private final JsonNode data;

    /**
     * A repository of the file.
     *
     * @param node its mapping
     * @param url the value of its {@code repo} key
     * @param hooksEntry its {@code hooks} entry, or {@code null} when it has none
     * @param hooks its hooks, in file order
     * @param data the same entry as Jackson reads it
     */
    record RepoEntry(YamlNode.Mapping node, String url, YamlNode.Entry hooksEntry, List<HookEntry> hooks,
            JsonNode data) {
    }

    /**
     * A hook of a repository.
     *
     * @param node its mapping
     * @param id the value of its {@code id} key
     * @param data the same hook as Jackson reads it
     */
    record HookEntry(YamlNode.Mapping node, String id, JsonNode data) {
    }

    private PreCommitDocument(SourceLines lines, YamlNode root, YamlNode.Entry reposEntry, List<RepoEntry> repos,
            JsonNode data) {
        this.lines = lines;
        this.root = root;
        this.reposEntry = reposEntry;
        this.repos = List.copyOf(repos);
        this.data = data;
    }

    /**
     * Parses and validates {@code body} (no byte order mark).
     *
     * @throws ValidationException for broken YAML, more than one document, a root that is not a
     *     mapping, {@code repos} that is not a list, a repository without {@code repo}, {@code hooks}
     *     that is not a list, or a hook without {@code id}
     */
    static PreCommitDocument parse(WorkspacePath path, String body, YAMLMapper mapper) {
        SourceLines lines = SourceLines.of(body);
        YamlNode root = new LocatedYamlReader(path, lines, mapper.getFactory()).read();
        return new Validator(path, lines, root, readData(path, body, mapper)).document();
    }

    /** The plain data of a YAML body that already parsed ({@link MissingNode} when it holds no document). */
    static JsonNode readData(WorkspacePath path, String body, YAMLMapper mapper) {
        try {
            JsonNode tree = mapper.readTree(body);
            return tree == null ? MissingNode.getInstance() : tree;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Jackson could not read " + path + " as data after it parsed", e);
        }
    }

    SourceLines lines() {
        return lines;
    }

    /** The root node, or {@code null} when the file holds no document. */
    YamlNode root() {
        return root;
    }

    /** The {@code repos} entry, or {@code null} when the root has none. */
    YamlNode.Entry reposEntry() {
        return reposEntry;
    }

    /** The repositories, in file order. */
    List<RepoEntry> repos() {
        return repos;
    }

    /** The whole file as Jackson reads it. */
    JsonNode data() {
        return data;
    }

    /** The repositories whose {@code repo} is {@code url}, in file order. */
    List<RepoEntry> reposWithUrl(String url) {
        return repos.stream().filter(repo -> repo.url().equals(url)).toList();
    }

    /** Checks the structure pre-commit needs and collects the entries. */
    private static final class Validator {
        private final WorkspacePath path;
        private final SourceLines lines;
        private final YamlNode root;
        private final JsonNode data;

        Validator(WorkspacePath path, SourceLines lines, YamlNode root, JsonNode data) {
            this.path = path;
            this.lines = lines;
            this.root = root;
            this.data = data;
        }

        PreCommitDocument document() {
            if (root == null) {
                return new PreCommitDocument(lines, null, null, List.of(), data);
            }
            if (!(root instanceof YamlNode.Mapping mapping)) {
                throw invalid(root, "the top level must be a mapping with a 'repos' list, not " + describe(root));
            }
            YamlNode.Entry reposEntry = mapping.entry("repos").orElse(null);
            List<RepoEntry> repos = new ArrayList<>();
            if (reposEntry != null && !isNull(reposEntry.value())) {
                if (!(reposEntry.value() instanceof YamlNode.Sequence sequence)) {
                    throw invalid(reposEntry.value(), "'repos' must be a list of repositories, not "
                            + describe(reposEntry.value()));
                }
                JsonNode reposData = data.path("repos");
                for (int i = 0; i < sequence.items().size(); i++) {
                    repos.add(repo(sequence.items().get(i), reposData.path(i)));
                }
            }
            return new PreCommitDocument(lines, root, reposEntry, repos, data);
        }

        private RepoEntry repo(YamlNode item, JsonNode itemData) {
            if (!(item instanceof YamlNode.Mapping mapping)) {
                throw invalid(item, "each entry of 'repos' must be a mapping with a 'repo' key, not " + describe(item));
            }
            String url = requiredText(mapping, "repo", "this entry of 'repos' has no 'repo' key (the repository URL,"
                    + " or local or meta)");
            YamlNode.Entry hooksEntry = mapping.entry("hooks").orElse(null);
            List<HookEntry> hooks = new ArrayList<>();
            if (hooksEntry != null && !isNull(hooksEntry.value())) {
                if (!(hooksEntry.value() instanceof YamlNode.Sequence sequence)) {
                    throw invalid(hooksEntry.value(), "'hooks' of " + url + " must be a list of hooks, not "
                            + describe(hooksEntry.value()));
                }
                JsonNode hooksData = itemData.path("hooks");
                for (int i = 0; i < sequence.items().size(); i++) {
                    hooks.add(hook(url, sequence.items().get(i), hooksData.path(i)));
                }
            }
            return new RepoEntry(mapping, url, hooksEntry, hooks, itemData);
        }

        private HookEntry hook(String url, YamlNode item, JsonNode itemData) {
            if (!(item instanceof YamlNode.Mapping mapping)) {
                throw invalid(item, "each hook of " + url + " must be a mapping with an 'id' key, not " + describe(item));
            }
            String id = requiredText(mapping, "id", "this hook of " + url + " has no 'id' key");
            return new HookEntry(mapping, id, itemData);
        }

        private String requiredText(YamlNode.Mapping mapping, String key, String missing) {
            YamlNode.Entry entry = mapping.entry(key).orElse(null);
            if (entry == null) {
                throw invalid(mapping, missing);
            }
            if (!(entry.value() instanceof YamlNode.Scalar scalar) || scalar.isNull() || scalar.value().isEmpty()) {
                throw invalid(entry.value(), "'" + key + "' must be a non-empty text, not " + describe(entry.value()));
            }
            return scalar.value();
        }

        private static boolean isNull(YamlNode node) {
            return node instanceof YamlNode.Scalar scalar && scalar.isNull();
        }

        private static String describe(YamlNode node) {
            if (node instanceof YamlNode.Mapping) {
                return "a mapping";
            }
            if (node instanceof YamlNode.Sequence) {
                return "a list";
            }
            YamlNode.Scalar scalar = (YamlNode.Scalar) node;
            if (scalar.alias()) {
                return "the alias *" + scalar.value() + " (Protostar does not follow YAML aliases here;"
                        + " write the value out in place)";
            }
            return scalar.isNull() ? "an empty value" : "the value '" + scalar.value() + "'";
        }

        private ValidationException invalid(YamlNode at, String detail) {
            return new ValidationException(path, at.start().line() + 1, at.start().column() + 1, detail,
                    LocatedYamlReader.hint(path));
        }
    }
}
