package dev.protostar.core.orchestrator;

import dev.protostar.api.Change;
import dev.protostar.api.ChangeKind;
import dev.protostar.api.DependencyInstaller;
import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.ExecutionContext;
import dev.protostar.api.FileAttributes;
import dev.protostar.api.InvalidArgumentException;
import dev.protostar.api.KeptValue;
import dev.protostar.api.MergeFormat;
import dev.protostar.api.Resolution;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.ReadOnlyTargetException;
import dev.protostar.api.RunInterruptedException;
import dev.protostar.api.StructuredMerge;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TaskFailedException;
import dev.protostar.api.TaskResult;
import dev.protostar.api.TaskRun;
import dev.protostar.api.ValidationException;
import dev.protostar.api.TextBlock;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Utf8Text;
import dev.protostar.core.format.ignore.DockerIgnore;
import dev.protostar.core.format.ignore.IgnoreFile;
import dev.protostar.core.format.toml.TomlDocuments;
import dev.protostar.core.format.yaml.PreCommitConfigMerger;
import dev.protostar.core.format.yaml.PreCommitMergeResult;
import dev.protostar.core.journal.Digests;
import dev.protostar.core.lifecycle.Editors;
import dev.protostar.core.lifecycle.FilePolicy;
import dev.protostar.core.lifecycle.LockCodec;
import dev.protostar.core.lifecycle.ManagedFile;
import dev.protostar.core.lifecycle.ProjectLock;
import dev.protostar.core.lifecycle.Stewardship;
import dev.protostar.core.journal.MutationJournal;
import dev.protostar.core.process.SimulatedProcessRunner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.function.UnaryOperator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One application of a manifest, in the documented order: folders, injected files, system tasks,
 * structured merges, ignore files, dependencies, post-install tasks. Every mutation is journaled
 * first; unchanged content is never rewritten.
 */
final class Realization {

    private static final String PROTOSTAR = "protostar";

    private final EnvironmentManifest manifest;
    private final ExecutionContext context;
    private final Workspace workspace;
    private final ProtostarListener listener;
    private final MutationJournal journal;
    private final TomlDocuments documents;
    private final StructuredFiles structured;
    private final TaskLedger ledger;
    private final Stewardship stewardship;

    private final List<Change> changes = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<KeptValue> kept = new ArrayList<>();
    private final List<TaskRun> tasks = new ArrayList<>();

    /**
     * @param ledger receives what system tasks changed that the journal cannot restore by itself
     */
    Realization(EnvironmentManifest manifest, ExecutionContext context, MutationJournal journal,
            TomlDocuments documents, TaskLedger ledger) {
        this(manifest, context, journal, documents, ledger, Stewardship.untracked());
    }

    /**
     * @param stewardship decides managed files three-way and collects the next {@code protostar.lock}
     */
    Realization(EnvironmentManifest manifest, ExecutionContext context, MutationJournal journal,
            TomlDocuments documents, TaskLedger ledger, Stewardship stewardship) {
        this.stewardship = stewardship;
        this.documents = documents;
        this.structured = StructuredFiles.of(manifest);
        this.ledger = ledger;
        this.manifest = manifest;
        this.context = context;
        this.workspace = context.workspace();
        this.listener = context.listener();
        this.journal = journal;
    }

    RealizationResult apply() {
        for (WorkspacePath directory : manifest.directories()) {
            ensureDirectory(directory);
        }
        manifest.injections().forEach((path, content) -> {
            if (!workspace.exists(path) || workspace.isFile(path)) {
                byte[] local = workspace.isFile(path) ? workspace.read(path) : null;
                settle(path, local, stewardship.seedOnce(path, local, content.getBytes(StandardCharsets.UTF_8)));
            }
        });
        applyPreCommitConfig();
        runSetUpTasks(manifest.systemTasks());
        applyMerges();
        applyIgnores();
        retractUnwanted();
        refuseUnusedDecisions();
        List<Set<String>> installed = installDependencies();
        runPostInstallTasks(manifest.postInstallTasks());
        writeLock(installed);
        return new RealizationResult(changes, warnings, kept, tasks, stewardship.reconciliation());
    }

    /** Makes {@code path} hold {@code result}: written when it differs from {@code local}, deleted when null. */
    private void settle(WorkspacePath path, byte[] local, byte[] result) {
        if (result != null) {
            writeIfChanged(path, result);
        } else if (local != null) {
            delete(path);
        }
    }

    /** Settles a text file: {@code null} means absent. */
    private void settleText(WorkspacePath path, String local, String result) {
        settle(path, local == null ? null : local.getBytes(StandardCharsets.UTF_8),
                result == null ? null : result.getBytes(StandardCharsets.UTF_8));
    }

    private void delete(WorkspacePath path) {
        checkInterrupted("removing " + path);
        if (!context.forceReadOnly() && ReadOnlyTargets.isReadOnly(workspace, path)) {
            throw new ReadOnlyTargetException(List.of(path));
        }
        byte[] old = workspace.read(path);
        journal.beforeWrite(path);
        workspace.delete(path);
        changes.add(new Change(path, ChangeKind.DELETED, Optional.of(Digests.sha256(old)), Optional.empty(), PROTOSTAR));
        listener.fileDeleted(path);
    }

    /** Files the lock manages that the request no longer wants: their unedited values are retracted. */
    private void retractUnwanted() {
        for (ManagedFile file : stewardship.unvisited()) {
            WorkspacePath path = file.path();
            checkInterrupted("retracting " + path);
            if (file.policy() == FilePolicy.GENERATED) {
                if (workspace.isFile(path)) {
                    stewardship.keepGenerated(file);
                }
                continue;
            }
            if (workspace.exists(path) && !workspace.isFile(path)) {
                continue;
            }
            if (file.policy() == FilePolicy.SEED_ONCE) {
                byte[] local = workspace.isFile(path) ? workspace.read(path) : null;
                settle(path, local, stewardship.seedOnce(path, local, null));
                continue;
            }
            String local = readText(path);
            String result = stewardship.reconcile(path, file.policy(), Editors.of(file.policy(), path, documents), local,
                    () -> null, () -> local, false);
            settleText(path, local, result);
        }
    }

    /** A decision that matched no conflict fails the run (and so rolls it back) before any command runs. */
    private void refuseUnusedDecisions() {
        Map<String, String> unused = stewardship.unusedDecisions();
        if (!unused.isEmpty()) {
            Map.Entry<String, String> first = unused.entrySet().iterator().next();
            throw new InvalidArgumentException("resolve", first.getKey(), first.getValue()
                    + (unused.size() > 1 ? " (and " + (unused.size() - 1) + " more: "
                            + String.join(", ", unused.keySet().stream().skip(1).toList()) + ")" : "") + ".",
                    "Run `protostar status` for the conflicts as they are now, each with its id and the exact"
                            + " --resolve option; nothing was changed.");
        }
    }

    /**
     * Removes dependencies an earlier run installed that the request no longer asks for, through the
     * installer's removal tasks; without any (pip, or no installer at all) the run says so.
     *
     * @return whether they are gone
     */
    private boolean removeDependencies(Optional<DependencyInstaller> installer, Set<String> runtime, Set<String> dev) {
        List<String> all = new ArrayList<>(runtime);
        all.addAll(dev);
        WorkspaceModuleContext now = new WorkspaceModuleContext(workspace, List.of(), context.resolution(), documents);
        if (installer.isEmpty() || !installer.get().removesPackages()) {
            warn("No longer requested: " + String.join(", ", all) + ". Protostar cannot remove them with this"
                    + " package manager; remove them yourself (pip: `.venv/bin/pip uninstall " + String.join(" ", all)
                    + "`, then update requirements.txt).");
            return true;
        }
        List<SystemTask> removals = installer.get().removalTasks(runtime, dev, now);
        for (SystemTask removal : removals) {
            if (!run(removal)) {
                return false;
            }
        }
        return true;
    }

    private void runSetUpTasks(List<SystemTask> toRun) {
        for (SystemTask task : toRun) {
            if (stewardship.alreadyRan(task)) {
                continue;
            }
            if (run(task)) {
                stewardship.ran(task);
            }
        }
    }

    /** Post-install tasks run again on a tracked project only when this run changed something. */
    private void runPostInstallTasks(List<SystemTask> toRun) {
        for (SystemTask task : toRun) {
            if (stewardship.alreadyRan(task) && changes.isEmpty()) {
                continue;
            }
            if (run(task)) {
                stewardship.ran(task);
            }
        }
    }

    private void writeLock(List<Set<String>> installed) {
        if (!stewardship.tracked()) {
            return;
        }
        ProjectLock lock = stewardship.nextLock(List.copyOf(installed.get(0)), List.copyOf(installed.get(1)),
                workspace::isFile);
        writeIfChanged(ProjectLock.PATH, LockCodec.write(lock).getBytes(StandardCharsets.UTF_8));
    }

    private void applyPreCommitConfig() {
        if (manifest.preCommitRepos().isEmpty()) {
            return;
        }
        WorkspacePath target = ManifestValidator.PRE_COMMIT_CONFIG;
        checkInterrupted("merging " + target);
        String local = readText(target);
        String text = stewardship.reconcile(target, FilePolicy.STRUCTURED_YAML,
                Editors.of(FilePolicy.STRUCTURED_YAML, target, documents), local,
                () -> PreCommitConfigMerger.merge(target, null, manifest.preCommitRepos(), Resolution.MERGE).text(),
                () -> {
                    PreCommitMergeResult result = PreCommitConfigMerger.merge(target, local,
                            manifest.preCommitRepos(), context.resolution());
                    result.keptKeys().forEach(key -> kept.add(new KeptValue(target, key)));
                    result.warnings().forEach(this::warn);
                    return result.text();
                }, overwrites());
        settleText(target, local, text);
    }

    private boolean overwrites() {
        return context.resolution() == Resolution.OVERWRITE;
    }

    /** Structured merges and text blocks, one write per file, files in first-declaration order. */
    private void applyMerges() {
        FileEdits edits = FileEdits.of(manifest);
        Map<WorkspacePath, List<StructuredMerge>> merges = edits.merges();
        Map<WorkspacePath, List<TextBlock>> blocks = edits.blocks();
        merges.forEach((target, payloads) -> {
            checkInterrupted("merging " + target);
            String local = readText(target);
            UnaryOperator<String> interpolate = payload -> PythonVersionChain.interpolate(payload, workspace,
                    manifest.configuredPythonVersion(), documents);
            FilePolicy policy = payloads.isEmpty() ? FilePolicy.TEXT_REGION
                    : payloads.get(0).format() == MergeFormat.TOML ? FilePolicy.STRUCTURED_TOML
                    : FilePolicy.STRUCTURED_JSONC;
            String text = stewardship.reconcile(target, policy, Editors.of(policy, target, documents), local,
                    // Its own parses: the payloads' text must not replace the run's parse of the file itself.
                    () -> ContentMerge.of(target, null, payloads, blocks.get(target), Resolution.MERGE, interpolate,
                            new TomlDocuments()).text(),
                    () -> {
                        ContentMerge result = ContentMerge.of(target, local, payloads, blocks.get(target),
                                context.resolution(), interpolate, documents);
                        kept.addAll(result.kept());
                        result.warnings().forEach(this::warn);
                        return result.text() != null ? result.text() : local;
                    }, overwrites());
            settleText(target, local, text);
        });
    }

    private void applyIgnores() {
        if (!manifest.vcsIgnores().isEmpty()) {
            applyIgnoreFile(ManifestValidator.GITIGNORE, manifest.vcsIgnores());
        }
        if (manifest.writesDockerIgnore()) {
            applyIgnoreFile(ManifestValidator.DOCKERIGNORE,
                    DockerIgnore.entries(manifest.vcsIgnores(), manifest.dockerIgnores()));
        }
    }

    private void applyIgnoreFile(WorkspacePath target, Set<String> entries) {
        String existing = readText(target);
        String merged = stewardship.reconcile(target, FilePolicy.IGNORE_LINES,
                Editors.of(FilePolicy.IGNORE_LINES, target, documents), existing, () -> IgnoreFile.merge(null, entries),
                () -> IgnoreFile.merge(existing, entries), false);
        settleText(target, existing, merged);
    }

    /**
     * Installs the dependencies; on a tracked project only those the lock does not list as installed.
     *
     * @return the runtime and development dependencies installed now, for the next lock
     */
    private List<Set<String>> installDependencies() {
        List<Set<String>> before = stewardship.installedDependencies();
        Set<String> runtime = new LinkedHashSet<>(manifest.dependencies());
        Set<String> dev = new LinkedHashSet<>(manifest.devDependencies());
        Set<String> newRuntime = new LinkedHashSet<>(runtime);
        Set<String> newDev = new LinkedHashSet<>(dev);
        newRuntime.removeAll(before.get(0));
        newDev.removeAll(before.get(1));
        Set<String> droppedRuntime = new LinkedHashSet<>(before.get(0));
        droppedRuntime.removeAll(runtime);
        Set<String> droppedDev = new LinkedHashSet<>(before.get(1));
        droppedDev.removeAll(dev);
        Set<String> keptRuntime = new LinkedHashSet<>(before.get(0));
        keptRuntime.retainAll(runtime);
        Set<String> keptDev = new LinkedHashSet<>(before.get(1));
        keptDev.retainAll(dev);
        Optional<DependencyInstaller> installer = manifest.dependencyInstaller();
        if (!droppedRuntime.isEmpty() || !droppedDev.isEmpty()) {
            if (!removeDependencies(installer, droppedRuntime, droppedDev)) {
                keptRuntime.addAll(droppedRuntime); // still installed: the next sync tries again
                keptDev.addAll(droppedDev);
            }
        }
        if (installer.isEmpty() || (newRuntime.isEmpty() && newDev.isEmpty())) {
            return List.of(keptRuntime, keptDev);
        }
        WorkspaceModuleContext now = new WorkspaceModuleContext(workspace, List.of(), context.resolution(), documents);
        List<SystemTask> chain = installer.get().tasks(newRuntime, newDev, now);
        for (int i = 0; i < chain.size(); i++) {
            if (!run(chain.get(i))) {
                List<String> skipped = chain.subList(i + 1, chain.size()).stream().map(SystemTask::commandLine).toList();
                if (!skipped.isEmpty()) {
                    warn("Skipped " + String.join(", ", skipped.stream().map(c -> "`" + c + "`").toList())
                            + " because the dependency step before it failed.");
                }
                return List.of(keptRuntime, keptDev);
            }
        }
        keptRuntime.addAll(newRuntime);
        keptDev.addAll(newDev);
        return List.of(keptRuntime, keptDev);
    }

    /**
     * Runs one task; returns whether it succeeded (a failed optional task returns false).
     *
     * <p>Before the task its declared {@code owns} paths are journaled and the whole workspace is
     * {@linkplain TreeSnapshot snapshotted}; after it, whatever it changed anywhere ({@link
     * TaskFootprint}) is journaled as its own, first thing. A task that failed — by its exit code,
     * its time, or by leaving a {@linkplain StructuredFiles structured file} unparseable — has all its
     * changes undone ({@link TaskUndo}), owned or not, optional or not; then an optional task's failure
     * becomes a warning that says what was undone, and a required task's failure stops the run. The
     * run's {@link dev.protostar.api.TaskPolicy} sets the time limit and, when strict, makes every
     * failure stop the run.
     */
    private boolean run(SystemTask declared) {
        SystemTask task = context.taskPolicy().applyTo(declared);
        checkInterrupted("starting `" + task.commandLine() + "`");
        if (!context.forceReadOnly()) {
            // Validation refused these already; a file an earlier step made read-only is caught here.
            List<WorkspacePath> readOnly = ReadOnlyTargets.touchedBy(task, workspace);
            if (!readOnly.isEmpty()) {
                throw new ReadOnlyTargetException(readOnly);
            }
        }
        for (WorkspacePath owned : task.owns()) {
            journal.beforeTask(owned);
        }
        TreeSnapshot before = TreeSnapshot.take(workspace, structured.paths());
        listener.taskStarted(task);
        TaskResult result;
        try {
            result = context.processRunner() instanceof SimulatedProcessRunner simulated
                    ? simulated.run(task, workspace, listener, documents)
                    : context.processRunner().run(task, workspace, listener, context.cancelRequested());
        } catch (RuntimeException | Error stopped) {
            undoAfterStop(task, before, stopped);
            throw stopped;
        }
        tasks.add(new TaskRun(task, result, context.processRunner().isSimulated()));
        listener.taskFinished(task, result);
        TaskFootprint footprint = TaskFootprint.of(before, workspace, structured.paths());
        Map<WorkspacePath, String> notRecorded = footprint.recordIn(journal, ledger, workspace, before, task.commandLine());
        Optional<ValidationException> broken = result.succeeded()
                ? structured.brokenBy(before, footprint, workspace, documents)
                : Optional.empty();
        if (!result.succeeded() || broken.isPresent()) {
            TaskUndo.Result undone = new TaskUndo(workspace, task.commandLine()).undo(before, footprint);
            keepUnjournaled(undone.notRestored());
            if (task.onFailure() == SystemTask.FailurePolicy.WARN) {
                warn(new TaskFailedException(task, result, broken.orElse(null), undone.note()).getMessage());
                return false;
            }
            throw new TaskFailedException(task, result, broken.orElse(null), null); // the executor adds the rollback's outcome
        }
        notRecorded.forEach(ledger::notRestorable);
        recordTaskChanges(task, before, footprint);
        if (task.stdoutTo().isPresent()) {
            writeIfChanged(task.stdoutTo().get(), result.stdout().getBytes(StandardCharsets.UTF_8));
        }
        return true;
    }

    /**
     * A task stopped by an interrupt or an error of the runner: its changes are journaled and undone
     * as for a failure, with the thread's interrupt status set aside meanwhile (interruptible file
     * channels refuse to write); problems doing so are added to {@code stopped} as suppressed.
     */
    private void undoAfterStop(SystemTask task, TreeSnapshot before, Throwable stopped) {
        boolean interrupted = Thread.interrupted();
        try {
            TaskFootprint footprint = TaskFootprint.of(before, workspace, structured.paths());
            footprint.recordIn(journal, ledger, workspace, before, task.commandLine());
            keepUnjournaled(new TaskUndo(workspace, task.commandLine()).undo(before, footprint).notRestored());
        } catch (RuntimeException | Error problem) {
            stopped.addSuppressed(problem);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Puts what an undo could not restore in the ledger, unless the journal covers the path: then a
     * rollback of the run restores it (or names it) anyway.
     */
    private void keepUnjournaled(Map<WorkspacePath, String> notRestored) {
        notRestored.forEach((path, why) -> {
            if (!journal.records(path)) {
                ledger.notRestorable(path, why);
            }
        });
    }

    /** Reports what a successful task changed: new entries, rewritten and removed files. */
    private void recordTaskChanges(SystemTask task, TreeSnapshot before, TaskFootprint footprint) {
        for (WorkspacePath path : footprint.created()) {
            Optional<FileAttributes> now = workspace.attributes(path);
            if (now.isEmpty()) {
                continue;
            }
            if (now.get().isDirectory()) {
                changes.add(new Change(path, ChangeKind.DIRECTORY_CREATED, Optional.empty(), Optional.empty(),
                        task.commandLine()));
                listener.directoryCreated(path);
            } else if (now.get().isFile()) {
                if (before.get(path).isEmpty()) {
                    stewardship.generated(path, workspace.read(path));
                }
                Optional<String> earlier = before.get(path).filter(TreeSnapshot.Entry::hasCopy)
                        .map(e -> Digests.sha256(e.content()));
                changes.add(new Change(path, earlier.isPresent() ? ChangeKind.MODIFIED : ChangeKind.CREATED, earlier,
                        Optional.of(Digests.sha256(workspace.read(path))), task.commandLine()));
                if (earlier.isPresent()) {
                    listener.fileModified(path);
                } else {
                    listener.fileCreated(path);
                }
            }
        }
        footprint.rewritten().forEach((path, earlier) -> {
            if (!workspace.isFile(path) || !earlier.attributes().isFile()) {
                return;
            }
            changes.add(new Change(path, ChangeKind.MODIFIED,
                    earlier.hasCopy() ? Optional.of(Digests.sha256(earlier.content())) : Optional.empty(),
                    Optional.of(Digests.sha256(workspace.read(path))), task.commandLine()));
            listener.fileModified(path);
        });
        footprint.removed().forEach((path, earlier) -> {
            if (earlier.attributes().isFile() && !workspace.exists(path)) {
                changes.add(new Change(path, ChangeKind.DELETED,
                        earlier.hasCopy() ? Optional.of(Digests.sha256(earlier.content())) : Optional.empty(),
                        Optional.empty(), task.commandLine()));
            }
        });
    }

    private void ensureDirectory(WorkspacePath directory) {
        if (directory.isRoot() || workspace.isDirectory(directory)) {
            return;
        }
        checkInterrupted("creating " + directory);
        List<WorkspacePath> missing = new ArrayList<>();
        for (WorkspacePath p = directory; !p.isRoot() && !workspace.exists(p); p = p.parent().orElseThrow()) {
            missing.add(0, p);
        }
        journal.beforeCreateDirectories(directory);
        workspace.createDirectories(directory);
        for (WorkspacePath created : missing) {
            changes.add(new Change(created, ChangeKind.DIRECTORY_CREATED, Optional.empty(), Optional.empty(), PROTOSTAR));
            listener.directoryCreated(created);
        }
    }

    private void writeIfChanged(WorkspacePath path, byte[] content) {
        byte[] old = workspace.isFile(path) ? workspace.read(path) : null;
        if (old != null && Arrays.equals(old, content)) {
            return;
        }
        checkInterrupted("writing " + path);
        if (old != null && !context.forceReadOnly() && ReadOnlyTargets.isReadOnly(workspace, path)) {
            throw new ReadOnlyTargetException(List.of(path)); // validation refuses it first; this is the last guard
        }
        path.parent().ifPresent(this::ensureDirectory);
        journal.beforeWrite(path);
        workspace.write(path, content);
        if (old == null) {
            changes.add(new Change(path, ChangeKind.CREATED, Optional.empty(), Optional.of(Digests.sha256(content)),
                    PROTOSTAR));
            listener.fileCreated(path);
        } else {
            changes.add(new Change(path, ChangeKind.MODIFIED, Optional.of(Digests.sha256(old)),
                    Optional.of(Digests.sha256(content)), PROTOSTAR));
            listener.fileModified(path);
        }
    }

    /** The file's text, strictly decoded (a file a task rewrote may have changed since validation); null when absent. */
    private String readText(WorkspacePath path) {
        return workspace.isFile(path) ? Utf8Text.decode(path, workspace.read(path)) : null;
    }

    private void warn(String message) {
        warnings.add(message);
        listener.warning(message);
    }

    /** The step boundary: an interrupt or the host's cancellation stops the run before {@code doing}. */
    private void checkInterrupted(String doing) {
        if (Thread.currentThread().isInterrupted()) {
            throw new RunInterruptedException("Interrupted before " + doing + ".", null);
        }
        CancelPoint.check(context.cancelRequested(), doing);
    }
}
