package dev.protostar.core.orchestrator;

import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.StructuredMerge;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TextBlock;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Utf8Text;
import dev.protostar.core.format.jsonc.JsoncMerger;
import dev.protostar.core.format.text.TextRegions;
import dev.protostar.core.format.toml.TomlDocuments;
import dev.protostar.core.format.toml.TomlMerger;
import dev.protostar.core.format.yaml.PreCommitConfigMerger;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The validation phase: every target the manifest names is something Protostar may write, and
 * every existing file it will merge into parses. The first problem is thrown as a {@link
 * dev.protostar.api.ValidationException} before anything is written.
 */
final class ManifestValidator {

    static final WorkspacePath GITIGNORE = WorkspacePath.of(".gitignore");
    static final WorkspacePath DOCKERIGNORE = WorkspacePath.of(".dockerignore");
    static final WorkspacePath PRE_COMMIT_CONFIG = WorkspacePath.of(".pre-commit-config.yaml");

    private ManifestValidator() {}

    static void validate(EnvironmentManifest manifest, Workspace workspace) {
        validate(manifest, workspace, new TomlDocuments());
    }

    /** {@link #validate(EnvironmentManifest, Workspace)}, keeping the TOML parses in {@code documents} for the merges. */
    static void validate(EnvironmentManifest manifest, Workspace workspace, TomlDocuments documents) {
        TargetGuard guard = new TargetGuard(workspace);
        for (WorkspacePath directory : manifest.directories()) {
            guard.checkDirectory(directory);
        }
        Set<WorkspacePath> files = new LinkedHashSet<>(manifest.injections().keySet());
        manifest.merges().forEach(m -> files.add(m.target()));
        manifest.textBlocks().forEach(b -> files.add(b.target()));
        if (!manifest.vcsIgnores().isEmpty()) {
            files.add(GITIGNORE);
        }
        if (manifest.writesDockerIgnore()) {
            files.add(DOCKERIGNORE);
        }
        if (!manifest.preCommitRepos().isEmpty()) {
            files.add(PRE_COMMIT_CONFIG);
        }
        for (SystemTask task : manifest.systemTasks()) {
            task.stdoutTo().ifPresent(files::add);
        }
        for (SystemTask task : manifest.postInstallTasks()) {
            task.stdoutTo().ifPresent(files::add);
        }
        for (WorkspacePath file : files) {
            guard.checkFile(file);
        }
        for (SystemTask task : manifest.systemTasks()) {
            task.owns().forEach(guard::checkOwned);
        }
        for (SystemTask task : manifest.postInstallTasks()) {
            task.owns().forEach(guard::checkOwned);
        }
        for (WorkspacePath edited : List.of(GITIGNORE, DOCKERIGNORE)) {
            if (files.contains(edited) && workspace.isFile(edited)) {
                Utf8Text.decode(edited, workspace.read(edited));
            }
        }
        if (files.contains(PRE_COMMIT_CONFIG) && workspace.isFile(PRE_COMMIT_CONFIG)) {
            PreCommitConfigMerger.validate(PRE_COMMIT_CONFIG,
                    Utf8Text.decode(PRE_COMMIT_CONFIG, workspace.read(PRE_COMMIT_CONFIG)));
        }
        Set<WorkspacePath> parsed = new LinkedHashSet<>();
        for (StructuredMerge merge : manifest.merges()) {
            if (parsed.add(merge.target()) && workspace.isFile(merge.target())) {
                String text = Utf8Text.decode(merge.target(), workspace.read(merge.target()));
                switch (merge.format()) {
                    case TOML -> TomlMerger.validate(merge.target(), text, documents);
                    case JSON -> JsoncMerger.validate(merge.target(), text);
                }
            }
        }
        Set<WorkspacePath> regionChecked = new LinkedHashSet<>();
        for (TextBlock block : manifest.textBlocks()) {
            if (regionChecked.add(block.target()) && workspace.isFile(block.target())) {
                TextRegions.validate(block.target(), Utf8Text.decode(block.target(), workspace.read(block.target())));
            }
        }
    }
}
