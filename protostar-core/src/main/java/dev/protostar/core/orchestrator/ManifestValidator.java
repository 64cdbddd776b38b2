package dev.protostar.core.orchestrator;

import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.StructuredMerge;
import dev.protostar.api.SystemTask;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.toml.TomlMerger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The validation phase: every target the manifest names is something Protostar may write, and
 * every existing file it will merge into parses. The first problem is thrown as a {@link
 * dev.protostar.api.ValidationException} before anything is written.
 */
final class ManifestValidator {

    static final WorkspacePath GITIGNORE = WorkspacePath.of(".gitignore");
    static final WorkspacePath DOCKERIGNORE = WorkspacePath.of(".dockerignore");

    private ManifestValidator() {}

    static void validate(EnvironmentManifest manifest, Workspace workspace) {
        TargetGuard guard = new TargetGuard(workspace);
        for (WorkspacePath directory : manifest.directories()) {
            guard.checkDirectory(directory);
        }
        Set<WorkspacePath> files = new LinkedHashSet<>(manifest.injections().keySet());
        manifest.merges().forEach(m -> files.add(m.target()));
        if (!manifest.vcsIgnores().isEmpty()) {
            files.add(GITIGNORE);
        }
        if (manifest.writesDockerIgnore()) {
            files.add(DOCKERIGNORE);
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
        Set<WorkspacePath> parsed = new LinkedHashSet<>();
        for (StructuredMerge merge : manifest.merges()) {
            if (parsed.add(merge.target()) && workspace.isFile(merge.target())) {
                String text = new String(workspace.read(merge.target()), StandardCharsets.UTF_8);
                switch (merge.format()) {
                    case TOML -> TomlMerger.validate(merge.target(), text);
                }
            }
        }
    }
}
