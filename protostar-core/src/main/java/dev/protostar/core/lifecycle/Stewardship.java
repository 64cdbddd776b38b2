package dev.protostar.core.lifecycle;

import dev.protostar.api.ManagedChange;
import dev.protostar.api.Reconciliation;
import dev.protostar.api.SyncConflict;
import dev.protostar.api.SystemTask;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.SlotEditor;
import dev.protostar.core.format.TypedValue;
import dev.protostar.core.format.Utf8Text;
import dev.protostar.core.journal.Digests;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * One run's keeping of {@code protostar.lock}: it reads the lock before anything is written, decides
 * every managed file's new content three-way ({@link Reconciler}) as the realization reaches it,
 * retracts what the request no longer wants, and produces the lock to write at the end.
 *
 * <p>An {@linkplain #untracked() untracked} stewardship changes nothing: every file gets the text
 * of its first-time merge, as before the lock existed.
 *
 * <p>Files without an entry in the lock (a first run, a newly wanted file, an adopted project) get
 * their first-time merge, and the baseline records only what that merge wrote: a value the file
 * already held is never claimed. Files with an entry are reconciled. A file with an entry that is
 * gone was deleted by the user: it stays deleted ({@link ManagedChange.Kind#DECLINED}) unless the run
 * was asked to restore it.
 */
public final class Stewardship {

    private final Lifecycle lifecycle;
    private final Optional<ProjectLock> previous;
    private final Map<WorkspacePath, ManagedFile> next = new TreeMap<>();
    private final Set<WorkspacePath> visited = new LinkedHashSet<>();
    private final List<ManagedChange> changes = new ArrayList<>();
    private final List<SyncConflict> conflicts = new ArrayList<>();
    private final Set<String> usedDecisions = new LinkedHashSet<>();
    private final Map<String, String> refusedDecisions = new LinkedHashMap<>();
    private final Set<String> tasksRun = new LinkedHashSet<>();

    private Stewardship(Lifecycle lifecycle, Optional<ProjectLock> previous) {
        this.lifecycle = lifecycle;
        this.previous = previous;
        previous.ifPresent(lock -> tasksRun.addAll(lock.request().tasks()));
    }

    /** A stewardship that reads and writes no lock. */
    public static Stewardship untracked() {
        return new Stewardship(Lifecycle.untracked(), Optional.empty());
    }

    /**
     * Opens the stewardship of a run: reads {@code protostar.lock} from {@code workspace} when the
     * lifecycle is tracked (an untrusted file: every refusal is a {@link
     * dev.protostar.api.ConfigurationException} naming it).
     */
    public static Stewardship open(Workspace workspace, Lifecycle lifecycle) {
        if (!lifecycle.tracked()) {
            return untracked();
        }
        Optional<ProjectLock> lock = Optional.empty();
        if (workspace.isFile(ProjectLock.PATH)) {
            lock = Optional.of(LockCodec.read(Utf8Text.decode(ProjectLock.PATH, workspace.read(ProjectLock.PATH))));
        }
        return new Stewardship(lifecycle, lock);
    }

    /** Whether this run keeps the lock. */
    public boolean tracked() {
        return lifecycle.tracked();
    }

    /** The lock the run started from, if any. */
    public Optional<ProjectLock> previous() {
        return previous;
    }

    /** Whether {@code path} is a file Protostar manages (and the user has not declined): never a collision. */
    public boolean manages(WorkspacePath path) {
        return path.equals(ProjectLock.PATH)
                || previous.flatMap(lock -> lock.file(path)).filter(file -> !file.declined()).isPresent();
    }

    /**
     * The new text of a structured or line-based file.
     *
     * @param local the file's text now, or {@code null} when it is absent
     * @param desiredTextOf gives the text the request's payloads give on their own (merged into nothing), or
     *     {@code null} when the request no longer wants anything in this file
     * @param firstTime the file's text after today's merge into {@code local}, for a file the lock does
     *     not manage yet
     * @param claimUnowned whether values Protostar does not own are overwritten (collision decision)
     * @return the text the file should hold: {@code local} itself when nothing changes; {@code null}
     *     when the file should stay (or become) absent
     */
    public String reconcile(WorkspacePath target, FilePolicy policy, SlotEditor editor, String local,
            Supplier<String> desiredTextOf, Supplier<String> firstTime, boolean claimUnowned) {
        if (!tracked()) {
            return firstTime.get();
        }
        String desiredText = desiredTextOf.get();
        visited.add(target);
        Optional<ManagedFile> entry = previous.flatMap(lock -> lock.file(target));
        if (local == null && desiredText == null) {
            return null; // gone, and no longer wanted: nothing to remember
        }
        if (entry.isPresent() && local == null && !lifecycle.restore().contains(target)) {
            next.put(target, new ManagedFile(target, policy, entry.get().baseline(), true));
            changes.add(new ManagedChange(target, "", ManagedChange.Kind.DECLINED, Optional.empty(), Optional.empty()));
            return null;
        }
        Map<Slot, TypedValue> desired = editor.slots(target, desiredText);
        if (entry.isEmpty() || local == null) {
            // Before the merge: it edits the run's parse of the file, and afterwards the run remembers
            // the merged document for its new text, so neither lookup parses the file again.
            Map<Slot, TypedValue> before = editor.valuesAt(target, local, desired.keySet());
            String result = firstTime.get();
            Map<Slot, TypedValue> after = editor.valuesAt(target, result, desired.keySet());
            Map<Slot, TypedValue> baseline = new LinkedHashMap<>();
            desired.forEach((slot, value) -> {
                if (value.equals(after.get(slot)) && !value.equals(before.get(slot))) {
                    baseline.put(slot, value);
                }
            });
            OwnComments.written(local, result, desiredText).forEach(line -> baseline.put(OwnComments.slot(line),
                    new TypedValue.Str(line)));
            record(target, policy, baseline);
            return result;
        }
        Map<Slot, TypedValue> base = new LinkedHashMap<>(entry.get().baseline());
        List<String> ownComments = OwnComments.of(base);
        base.keySet().removeIf(OwnComments::isCommentSlot);
        // Protostar's own comment lines the request no longer writes go first, so that a table left empty
        // by the retraction below holds no comment and goes with its header.
        OwnComments.Kept comments = OwnComments.retract(local, ownComments, desiredText);
        java.util.Set<Slot> relevant = new java.util.LinkedHashSet<>(base.keySet());
        relevant.addAll(desired.keySet());
        FileReconciliation reconciliation = Reconciler.reconcile(target, base,
                editor.valuesAt(target, local, relevant), desired, this::decide, claimUnowned, Reconciler::bothTexts);
        String text = comments.text();
        for (SlotEdit edit : inFileOrder(reconciliation.edits())) {
            text = apply(editor, target, text, edit);
        }
        report(target, reconciliation);
        Map<Slot, TypedValue> nextBaseline = new LinkedHashMap<>(reconciliation.baseline());
        comments.lines().forEach(line -> nextBaseline.put(OwnComments.slot(line), new TypedValue.Str(line)));
        record(target, policy, nextBaseline);
        if (desiredText == null && text != null && !text.equals(local) && editor.holdsNothing(target, text)) {
            return null; // the retraction left an empty document: the file was Protostar's alone
        }
        return text;
    }

    /**
     * The new content of a seed-once file (written when absent, then the user's).
     *
     * @param local the file's bytes now, or {@code null}
     * @param desired the content the request wants, or {@code null} when it no longer wants the file
     * @return the bytes the file should hold ({@code local} itself when nothing changes), or {@code
     *     null} when it should be absent
     */
    public byte[] seedOnce(WorkspacePath target, byte[] local, byte[] desired) {
        if (!tracked()) {
            return local != null || desired == null ? local : desired;
        }
        visited.add(target);
        Optional<ManagedFile> entry = previous.flatMap(lock -> lock.file(target));
        if (local == null && desired == null) {
            return null;
        }
        if (entry.isPresent() && local == null && !lifecycle.restore().contains(target)) {
            next.put(target, new ManagedFile(target, FilePolicy.SEED_ONCE, entry.get().baseline(), true));
            changes.add(new ManagedChange(target, "", ManagedChange.Kind.DECLINED, Optional.empty(), Optional.empty()));
            return null;
        }
        Slot whole = Slot.key(List.of());
        Map<Slot, TypedValue> desiredSlots = desired == null ? Map.of() : Map.of(whole, digest(desired));
        if (entry.isEmpty() || local == null) {
            if (local == null && desired != null) {
                record(target, FilePolicy.SEED_ONCE, desiredSlots);
                changes.add(new ManagedChange(target, "", ManagedChange.Kind.ADDED, Optional.empty(), Optional.empty()));
                return desired;
            }
            return local; // the user's own file: never claimed
        }
        FileReconciliation reconciliation = Reconciler.reconcile(target, entry.get().baseline(),
                Map.of(whole, digest(local)), desiredSlots, this::decide, false, (a, b) -> Optional.empty());
        byte[] result = local;
        for (SlotEdit edit : reconciliation.edits()) {
            result = edit instanceof SlotEdit.Put ? desired : null;
        }
        report(target, reconciliation);
        record(target, FilePolicy.SEED_ONCE, reconciliation.baseline());
        return result;
    }

    /** Folders whose files a command makes by the thousand; files in them are never recorded as generated. */
    private static final java.util.Set<String> UNRECORDED_FOLDERS = java.util.Set.of(".git", ".venv", "node_modules",
            "__pycache__", "target", ".direnv", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build", "dist");

    /** At most this many generated files are recorded per lock. */
    private static final int MAX_GENERATED = 200;

    /**
     * Records a file a command created ({@code uv init}'s {@code pyproject.toml}, {@code cargo init}'s
     * {@code Cargo.toml}): a later run knows it as the project's own, so it is not a collision. Files
     * in dependency and cache folders are not recorded. A generated file is never rewritten or retracted.
     */
    public void generated(WorkspacePath path, byte[] content) {
        if (!tracked() || next.containsKey(path) || path.segments().stream().anyMatch(UNRECORDED_FOLDERS::contains)
                || next.values().stream().filter(file -> file.policy() == FilePolicy.GENERATED).count() >= MAX_GENERATED) {
            return;
        }
        visited.add(path);
        next.put(path, new ManagedFile(path, FilePolicy.GENERATED, Map.of(Slot.key(List.of()), digest(content)), false));
    }

    /** Keeps the lock's record of a generated file that is still there. */
    public void keepGenerated(ManagedFile file) {
        if (tracked() && !next.containsKey(file.path())) {
            visited.add(file.path());
            next.put(file.path(), file);
        }
    }

    /** The files of the previous lock that this run has not reached: the request no longer wants them. */
    public List<ManagedFile> unvisited() {
        if (previous.isEmpty()) {
            return List.of();
        }
        return previous.get().files().stream().filter(file -> !visited.contains(file.path())).toList();
    }

    /**
     * Whether a set-up task ({@code git init}, {@code uv init}) already ran for this project: the
     * lock records it by program and sub-command, so a sync never runs it again.
     */
    public boolean alreadyRan(SystemTask task) {
        return tracked() && previous.isPresent() && tasksRun.contains(taskKey(task));
    }

    /** Records that {@code task} completed. */
    public void ran(SystemTask task) {
        if (tracked()) {
            tasksRun.add(taskKey(task));
        }
    }

    /** The dependencies the lock says were installed: runtime then development. */
    public List<Set<String>> installedDependencies() {
        return previous.map(lock -> List.<Set<String>>of(new LinkedHashSet<>(lock.request().dependencies()),
                new LinkedHashSet<>(lock.request().devDependencies())))
                .orElse(List.of(Set.of(), Set.of()));
    }

    /**
     * The decisions no conflict of this run matched: an unknown or stale id (the situation changed
     * since {@code status} showed it), or a decision that does not apply, with why.
     */
    public Map<String, String> unusedDecisions() {
        Map<String, String> unused = new LinkedHashMap<>(refusedDecisions);
        for (String key : lifecycle.decisions().keySet()) {
            if (!usedDecisions.contains(key) && !unused.containsKey(key)) {
                unused.put(key, "no conflict has this id or address now");
            }
        }
        return unused;
    }

    /** What this run did to managed values, for the report. */
    public Reconciliation reconciliation() {
        return tracked() ? new Reconciliation(true, changes, conflicts) : Reconciliation.none();
    }

    /**
     * The lock to write after the run: the request, the installed dependencies and every managed file.
     * A file in which Protostar owns nothing any more stays listed while it exists (with an empty
     * baseline): it is part of the project Protostar keeps, so a later run does not take it for a
     * collision.
     */
    public ProjectLock nextLock(List<String> dependencies, List<String> devDependencies,
            java.util.function.Predicate<WorkspacePath> exists) {
        LockedRequest asked = lifecycle.request();
        LockedRequest request = new LockedRequest(asked.languages(), asked.tools(), asked.presets(), asked.modules(),
                asked.options(), dependencies, devDependencies, new ArrayList<>(tasksRun));
        List<ManagedFile> files = new ArrayList<>();
        next.values().stream().filter(file -> file.declined() || !file.baseline().isEmpty() || exists.test(file.path()))
                .forEach(files::add);
        return new ProjectLock(ProjectLock.SCHEMA_VERSION, ProducerVersion.current(), request, files);
    }

    private Optional<Choice> decide(Conflict conflict) {
        for (String key : List.of(conflict.id(), conflict.address())) {
            Choice choice = lifecycle.decisions().get(key);
            if (choice != null) {
                usedDecisions.add(key);
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }

    private void record(WorkspacePath target, FilePolicy policy, Map<Slot, TypedValue> baseline) {
        next.put(target, new ManagedFile(target, policy, baseline, false));
    }

    private void report(WorkspacePath target, FileReconciliation reconciliation) {
        for (SlotOutcome outcome : reconciliation.outcomes()) {
            changes.add(new ManagedChange(target, outcome.slot().display(), ManagedChange.Kind.valueOf(outcome.kind().name()),
                    outcome.before().map(TypedValue::display), outcome.after().map(TypedValue::display)));
        }
        for (Conflict conflict : reconciliation.conflicts()) {
            conflicts.add(new SyncConflict(conflict.id(), target, conflict.slot().display(), conflict.kind().id(),
                    conflict.base().map(TypedValue::display), conflict.local().map(TypedValue::display),
                    conflict.desired().map(TypedValue::display)));
        }
        reconciliation.refused().forEach(refusedDecisions::put);
        reconciliation.refused().keySet().forEach(usedDecisions::remove);
    }

    private static String apply(SlotEditor editor, WorkspacePath target, String text, SlotEdit edit) {
        Slot slot = edit.slot();
        if (edit instanceof SlotEdit.Put put) {
            return slot.isMember()
                    ? editor.addMember(target, text, slot.keyPath(), slot.member().orElseThrow())
                    : editor.put(target, text, slot.keyPath(), put.value());
        }
        return slot.isMember()
                ? editor.removeMember(target, text, slot.keyPath(), slot.member().orElseThrow())
                : editor.remove(target, text, slot.keyPath());
    }

    /**
     * The edits in the order the file takes them best: new array members before removed ones, so an
     * array whose only member changes is edited in place instead of removed and added again at the end.
     */
    private static List<SlotEdit> inFileOrder(List<SlotEdit> edits) {
        List<SlotEdit> ordered = new ArrayList<>();
        edits.stream().filter(edit -> edit instanceof SlotEdit.Put && edit.slot().isMember()).forEach(ordered::add);
        edits.stream().filter(edit -> !(edit instanceof SlotEdit.Put && edit.slot().isMember())).forEach(ordered::add);
        return ordered;
    }

    private static TypedValue digest(byte[] content) {
        return new TypedValue.Str("sha256:" + Digests.sha256(Objects.requireNonNull(content, "content")));
    }

    private static String taskKey(SystemTask task) {
        List<String> command = task.command();
        return String.join(" ", command.subList(0, Math.min(2, command.size())));
    }
}
