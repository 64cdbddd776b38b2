package dev.protostar.core.format.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.protostar.api.PreCommitRepo;
import dev.protostar.api.Resolution;
import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.NewlineStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Merges declared pre-commit repositories into a {@code .pre-commit-config.yaml} as text edits,
 * without ever writing the document out again: repositories match by {@code repo}, hooks by {@code
 * id}.
 *
 * <p>Promises, for every result returned:
 *
 * <ul>
 *   <li>Every line the merge does not edit is kept byte for byte: comments, blank lines, quoting,
 *       other top-level keys ({@code ci:}, {@code default_language_version:}…), other repositories
 *       and hooks, CRLF line endings, a UTF-8 byte order mark, a missing final newline. Lines added
 *       use the file's line break.
 *   <li>Added repositories and hooks follow the file's own indentation: that of the {@code repos}
 *       list (0, 2, 4… spaces under {@code repos:}) and of each {@code hooks} list, and the file's
 *       blank lines between repositories.
 *   <li>{@link Resolution#MERGE}: a missing repository goes after the last one; hooks missing from
 *       a present repository go after its last hook; the user's {@code rev}, {@code args} and
 *       {@code additional_dependencies} are kept and reported in {@link
 *       PreCommitMergeResult#keptKeys()} when they differ from the declared ones.
 *   <li>{@link Resolution#OVERWRITE}: a declared repository's entry whose data differs is replaced,
 *       at the same place, by the declared entry (comments inside it go with it); other
 *       repositories are kept.
 *   <li>A file without {@code repos:} gets one at its end. A flow-style value that must grow
 *       ({@code repos: []}, {@code hooks: [{id: a}]}, a repository written as {@code {repo: …}}, a
 *       root written as {@code {…}}) or a null {@code repos:}/{@code hooks:} value is rewritten in
 *       block style, with a warning; nothing else is.
 *   <li>Merging again changes nothing; {@code changed} is false exactly when the text is identical
 *       to the input.
 *   <li>The result parses, and reads as exactly the plain-data merge of the declared repositories
 *       into the file; a merge that would break this fails with {@link IllegalStateException}
 *       instead.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class PreCommitConfigMerger {

    /** The comment lines a new file starts with. */
    static final List<String> HEADER = List.of(
            "# pre-commit: checks that git runs on every commit (https://pre-commit.com).",
            "# Protostar keeps the repositories it manages up to date and leaves every other line alone.");

    /** Configured once and never changed, so shared by every run and thread (Jackson mappers are thread-safe then). */
    private static final YAMLMapper MAPPER = new YAMLMapper();

    private PreCommitConfigMerger() {
    }

    /**
     * Checks that {@code text} (a whole file, optionally starting with a byte order mark) is a
     * pre-commit configuration this merger can edit. An empty, blank or comment-only file counts as
     * one without repositories.
     *
     * @throws ValidationException naming {@code path} and the 1-based line and column of the first
     *     problem: broken YAML (including tabs used for indentation), more than one document, a root
     *     that is not a mapping, {@code repos} that is not a list, a repository without {@code repo},
     *     {@code hooks} that is not a list, a hook without {@code id}
     */
    public static void validate(WorkspacePath path, String text) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        PreCommitDocument.parse(path, YamlFraming.bodyOf(text), MAPPER);
    }

    /**
     * Merges {@code repos} into the file {@code path} whose current text is {@code existing}.
     *
     * @param path the file, used in messages only
     * @param existing the file's text, or {@code null} when the file is absent: the result is then a
     *     new file, a short comment header and the repositories, ending with a newline
     * @param repos the declared repositories; several with the same URL count as one (first {@code
     *     rev}, hooks of all, first hook of each id)
     * @param resolution {@link Resolution#MERGE} or {@link Resolution#OVERWRITE}
     * @throws ValidationException when {@code existing} fails {@link #validate} (nothing is merged)
     * @throws IllegalArgumentException when {@code resolution} is {@link Resolution#ABORT}
     * @throws IllegalStateException when the merged text would not parse or would not hold exactly
     *     the merged data (a bug here; nothing is returned to write)
     */
    public static PreCommitMergeResult merge(WorkspacePath path, String existing, List<PreCommitRepo> repos,
            Resolution resolution) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(repos, "repos");
        Objects.requireNonNull(resolution, "resolution");
        if (resolution == Resolution.ABORT) {
            throw new IllegalArgumentException("Cannot merge into " + path
                    + " with resolution ABORT; an aborted run must stop before any merge");
        }
        List<PreCommitRepo> declared = DeclaredRepos.normalize(repos);
        YAMLMapper mapper = MAPPER;
        ScalarQuoting quoting = new ScalarQuoting(mapper.getFactory());
        if (existing == null) {
            return fresh(path, declared, mapper, quoting);
        }
        YamlFraming framing = YamlFraming.of(existing);
        String body = framing.normalizedBody();
        PreCommitDocument document = PreCommitDocument.parse(path, body, mapper);
        MergePlanner planner = new MergePlanner(path, document, framing.newline().sequence(),
                framing.finalNewline(), resolution,
                new RepoRenderer(quoting, IndentStyle.detect(document)));
        String merged = planner.merge(declared);
        String text = merged.equals(body) ? existing : framing.frame(merged);
        JsonNode before = PreCommitDocument.readData(path, framing.body(), mapper);
        requireFaithful(path, text, ReferenceMerge.expected(before, declared, resolution), mapper);
        return new PreCommitMergeResult(text, !text.equals(existing), planner.keptKeys(), planner.warnings());
    }

    private static PreCommitMergeResult fresh(WorkspacePath path, List<PreCommitRepo> declared, YAMLMapper mapper,
            ScalarQuoting quoting) {
        RepoRenderer renderer = new RepoRenderer(quoting, IndentStyle.DEFAULT);
        List<String> lines = new ArrayList<>(HEADER);
        lines.addAll(BlockRenderer.entry("repos",
                renderer.repos(declared.stream().<RenderNode>map(renderer::repo).toList()), 0));
        String text = String.join(NewlineStyle.LF.sequence(), lines) + NewlineStyle.LF.sequence();
        ObjectNode expected = JsonNodeFactory.instance.objectNode();
        ArrayNode expectedRepos = expected.putArray("repos");
        declared.forEach(repo -> expectedRepos.add(RepoRenderer.data(repo)));
        requireFaithful(path, text, expected, mapper);
        return new PreCommitMergeResult(text, true, List.of(), List.of());
    }

    /** The text we return must parse as a pre-commit configuration, to exactly the expected data. */
    private static void requireFaithful(WorkspacePath path, String text, JsonNode expected, YAMLMapper mapper) {
        PreCommitDocument check;
        try {
            check = PreCommitDocument.parse(path, YamlFraming.bodyOf(text), mapper);
        } catch (ValidationException broken) {
            throw new IllegalStateException("Internal error: merging into " + path
                    + " produced YAML that does not parse (" + broken.getMessage() + " of the result);"
                    + " nothing was written. Please report this with the file and the declared repositories.",
                    broken);
        }
        JsonNode actual = check.data() instanceof MissingNode ? MissingNode.getInstance() : check.data();
        if (!expected.equals(actual)) {
            throw new IllegalStateException("Internal error: merging into " + path
                    + " produced YAML whose data differs from the intended merge; nothing was written."
                    + " Please report this with the file and the declared repositories.");
        }
    }
}
