package dev.protostar.core.orchestrator;

import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.MergeFormat;
import dev.protostar.api.StructuredMerge;
import dev.protostar.api.ValidationException;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Utf8Text;
import dev.protostar.core.format.jsonc.JsoncMerger;
import dev.protostar.core.format.toml.TomlDocuments;
import dev.protostar.core.format.toml.TomlMerger;
import dev.protostar.core.format.yaml.PreCommitConfigMerger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The structured files of a run that Protostar parses before it merges into them: every target of a
 * TOML or JSON merge ({@code pyproject.toml}, {@code Cargo.toml}, {@code package.json}, {@code
 * .vscode/settings.json}, ...) and {@code .pre-commit-config.yaml}. A system task must not leave one
 * of them unparseable when it parsed before the task: after each task the ones it changed are parsed
 * again.
 */
final class StructuredFiles {

    private enum Syntax { TOML, JSON, PRE_COMMIT_YAML }

    private final Map<WorkspacePath, Syntax> files;

    private StructuredFiles(Map<WorkspacePath, Syntax> files) {
        this.files = Collections.unmodifiableMap(files);
    }

    static StructuredFiles of(EnvironmentManifest manifest) {
        Map<WorkspacePath, Syntax> files = new LinkedHashMap<>();
        if (!manifest.preCommitRepos().isEmpty()) {
            files.put(ManifestValidator.PRE_COMMIT_CONFIG, Syntax.PRE_COMMIT_YAML);
        }
        for (StructuredMerge merge : manifest.merges()) {
            files.putIfAbsent(merge.target(), merge.format() == MergeFormat.TOML ? Syntax.TOML : Syntax.JSON);
        }
        return new StructuredFiles(files);
    }

    /** The files, so that the snapshot before a task copies them whatever their place. */
    Set<WorkspacePath> paths() {
        return files.keySet();
    }

    /**
     * The first of these files that parsed before the task (its copy in {@code before}) and that the
     * task changed into something that does not parse; the problem names the file, line and column.
     */
    Optional<ValidationException> brokenBy(TreeSnapshot before, TaskFootprint footprint, Workspace workspace,
            TomlDocuments documents) {
        for (Map.Entry<WorkspacePath, Syntax> file : files.entrySet()) {
            WorkspacePath path = file.getKey();
            Optional<TreeSnapshot.Entry> earlier = before.get(path);
            if (!footprint.rewritten().containsKey(path) || earlier.isEmpty() || !earlier.get().hasCopy()
                    || !workspace.isFile(path)) {
                continue;
            }
            Optional<ValidationException> now = problem(path, file.getValue(), workspace.read(path), documents);
            if (now.isPresent() && problem(path, file.getValue(), earlier.get().content(), documents).isEmpty()) {
                return now;
            }
        }
        return Optional.empty();
    }

    private static Optional<ValidationException> problem(WorkspacePath path, Syntax syntax, byte[] content,
            TomlDocuments documents) {
        try {
            String text = Utf8Text.decode(path, content);
            switch (syntax) {
                case TOML -> TomlMerger.validate(path, text, documents);
                case JSON -> JsoncMerger.validate(path, text);
                case PRE_COMMIT_YAML -> PreCommitConfigMerger.validate(path, text);
            }
            return Optional.empty();
        } catch (ValidationException e) {
            return Optional.of(e);
        }
    }
}
