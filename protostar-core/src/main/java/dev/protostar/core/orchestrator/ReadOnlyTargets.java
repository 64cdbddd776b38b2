package dev.protostar.core.orchestrator;

import dev.protostar.api.DependencyInstaller;
import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.ExecutionContext;
import dev.protostar.api.FileAttributes;
import dev.protostar.api.ReadOnlyTargetException;
import dev.protostar.api.StructuredMerge;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TextBlock;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Utf8Text;
import dev.protostar.core.format.ignore.DockerIgnore;
import dev.protostar.core.format.ignore.IgnoreFile;
import dev.protostar.core.format.toml.TomlDocuments;
import dev.protostar.core.format.yaml.PreCommitConfigMerger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Finds, before anything is written, every read-only file (its mode, as the workspace reports it,
 * has no owner-write bit) that the run would modify: a file an edit would change (the new text is
 * computed only for read-only files, so the common case costs one attribute read per target), a
 * task's output file, and an existing file a task owns, the dependency installer's tasks included.
 * Unless the context allows it, they are refused together in one {@link ReadOnlyTargetException}.
 */
final class ReadOnlyTargets {

    private final EnvironmentManifest manifest;
    private final ExecutionContext context;
    private final Workspace workspace;
    private final TomlDocuments documents;
    private final Set<WorkspacePath> found = new LinkedHashSet<>();

    private ReadOnlyTargets(EnvironmentManifest manifest, ExecutionContext context, TomlDocuments documents) {
        this.manifest = manifest;
        this.context = context;
        this.workspace = context.workspace();
        this.documents = documents;
    }

    /**
     * Refuses the run when it would modify a read-only file and {@link ExecutionContext#forceReadOnly()}
     * is false; does nothing otherwise.
     *
     * @throws ReadOnlyTargetException naming every such file
     */
    static void refuseUnlessForced(EnvironmentManifest manifest, ExecutionContext context, TomlDocuments documents) {
        if (context.forceReadOnly()) {
            return;
        }
        List<WorkspacePath> found = new ReadOnlyTargets(manifest, context, documents).find();
        if (!found.isEmpty()) {
            throw new ReadOnlyTargetException(found);
        }
    }

    /** Whether {@code path} is an existing regular file whose reported mode has no owner-write bit. */
    static boolean isReadOnly(Workspace workspace, WorkspacePath path) {
        Optional<FileAttributes> attributes = workspace.attributes(path);
        return attributes.isPresent() && attributes.get().isFile() && attributes.get().posixMode().isPresent()
                && (attributes.get().posixMode().getAsInt() & 0200) == 0;
    }

    /** The read-only files {@code task} would modify: its existing owned files and its output file. */
    static List<WorkspacePath> touchedBy(SystemTask task, Workspace workspace) {
        List<WorkspacePath> touched = new ArrayList<>();
        for (WorkspacePath owned : task.owns()) {
            if (isReadOnly(workspace, owned)) {
                touched.add(owned);
            }
        }
        task.stdoutTo().filter(output -> isReadOnly(workspace, output)).ifPresent(touched::add);
        return touched;
    }

    private List<WorkspacePath> find() {
        if (!manifest.preCommitRepos().isEmpty()) {
            WorkspacePath target = ManifestValidator.PRE_COMMIT_CONFIG;
            changes(target, text -> PreCommitConfigMerger.merge(target, text, manifest.preCommitRepos(),
                    context.resolution()).text());
        }
        tasks(manifest.systemTasks());
        merges();
        if (!manifest.vcsIgnores().isEmpty()) {
            changes(ManifestValidator.GITIGNORE, text -> IgnoreFile.merge(text, manifest.vcsIgnores()));
        }
        if (manifest.writesDockerIgnore()) {
            changes(ManifestValidator.DOCKERIGNORE,
                    text -> IgnoreFile.merge(text, DockerIgnore.entries(manifest.vcsIgnores(), manifest.dockerIgnores())));
        }
        installerTasks();
        tasks(manifest.postInstallTasks());
        return List.copyOf(found);
    }

    private void merges() {
        FileEdits edits = FileEdits.of(manifest);
        Map<WorkspacePath, List<StructuredMerge>> merges = edits.merges();
        Map<WorkspacePath, List<TextBlock>> blocks = edits.blocks();
        // A parse set of its own: a merge takes its parse for editing, and the run's set must stay as it was.
        TomlDocuments scratch = new TomlDocuments();
        merges.forEach((target, payloads) -> changes(target, text -> ContentMerge.of(target, text, payloads,
                blocks.get(target), context.resolution(),
                payload -> PythonVersionChain.interpolate(payload, workspace, manifest.configuredPythonVersion(),
                        scratch),
                scratch).text()));
    }

    /** The dependency installer's tasks as it would choose them now (it reads the workspace, never writes). */
    private void installerTasks() {
        Optional<DependencyInstaller> installer = manifest.dependencyInstaller();
        if (installer.isEmpty() || (manifest.dependencies().isEmpty() && manifest.devDependencies().isEmpty())) {
            return;
        }
        WorkspaceModuleContext now = new WorkspaceModuleContext(workspace, List.of(), context.resolution(), documents);
        tasks(installer.get().tasks(manifest.dependencies(), manifest.devDependencies(), now));
    }

    private void tasks(Collection<SystemTask> tasks) {
        for (SystemTask task : tasks) {
            found.addAll(touchedBy(task, workspace));
        }
    }

    /** Records {@code target} when it is read-only and {@code edit} (null for "no change") would change its text. */
    private void changes(WorkspacePath target, UnaryOperator<String> edit) {
        if (found.contains(target) || !isReadOnly(workspace, target)) {
            return;
        }
        String text = Utf8Text.decode(target, workspace.read(target));
        String edited = edit.apply(text);
        if (edited != null && !edited.equals(text)) {
            found.add(target);
        }
    }
}
