package dev.protostar.core.orchestrator;

import dev.protostar.api.ChangeKind;
import dev.protostar.api.FileAttributes;
import dev.protostar.api.FileContent;
import dev.protostar.api.Plan;
import dev.protostar.api.PlannedChange;
import dev.protostar.api.PlannedTask;
import dev.protostar.api.RunReport;
import dev.protostar.api.TaskRun;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.diff.UnifiedDiff;
import dev.protostar.core.workspace.CopyOnWriteWorkspace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a finished dry run into a {@link Plan}: the net change of every path the overlay touched
 * (base against overlay, so the plan is complete even for files a task made without declaring
 * them), in the order the run first touched each path, with who touched it and a diff.
 */
final class PlanAssembler {

    private final Workspace base;
    private final CopyOnWriteWorkspace overlay;
    private final AttributingWorkspace attribution;
    private final Set<WorkspacePath> simulatedOutputs = new HashSet<>();

    private PlanAssembler(Workspace base, CopyOnWriteWorkspace overlay, AttributingWorkspace attribution) {
        this.base = base;
        this.overlay = overlay;
        this.attribution = attribution;
    }

    static Plan assemble(CopyOnWriteWorkspace overlay, AttributingWorkspace attribution, DryRunProcessRunner runner,
            RunReport report) {
        PlanAssembler assembler = new PlanAssembler(overlay.base(), overlay, attribution);
        List<PlannedTask> tasks = new ArrayList<>();
        for (TaskRun run : report.tasks()) {
            tasks.add(new PlannedTask(run.task(), run.result(), run.simulated(), !runner.wasUnmodelled(run.task())));
            if (run.simulated()) {
                run.task().stdoutTo().ifPresent(assembler.simulatedOutputs::add);
            }
        }
        return new Plan(overlay.base().describe(), report.status(), assembler.changes(), tasks, report.warnings(),
                report.kept(), report.reconciliation());
    }

    private List<PlannedChange> changes() {
        Set<WorkspacePath> order = new LinkedHashSet<>(attribution.touchedInOrder());
        order.addAll(overlay.touchedPaths());
        List<PlannedChange> changes = new ArrayList<>();
        for (WorkspacePath path : order) {
            addNetChange(path, changes);
        }
        return changes;
    }

    private void addNetChange(WorkspacePath path, List<PlannedChange> changes) {
        Optional<FileAttributes> before = base.attributes(path);
        Optional<FileAttributes> after = overlay.attributes(path);
        if (before.isEmpty() && after.isEmpty()) {
            return;
        }
        if (before.isPresent() && after.isPresent() && before.get().kind() == after.get().kind()) {
            if (before.get().isFile()) {
                byte[] old = base.read(path);
                byte[] now = overlay.read(path);
                if (!Arrays.equals(old, now)) {
                    changes.add(change(path, ChangeKind.MODIFIED, Optional.of(new FileContent(old)),
                            Optional.of(new FileContent(now))));
                }
            }
            return;
        }
        if (before.isPresent()) {
            Optional<FileContent> old = before.get().isFile() ? Optional.of(new FileContent(base.read(path)))
                    : Optional.empty();
            changes.add(change(path, ChangeKind.DELETED, old, Optional.empty()));
        }
        if (after.isPresent()) {
            if (after.get().isDirectory()) {
                changes.add(change(path, ChangeKind.DIRECTORY_CREATED, Optional.empty(), Optional.empty()));
            } else {
                changes.add(change(path, ChangeKind.CREATED, Optional.empty(),
                        Optional.of(new FileContent(overlay.read(path)))));
            }
        }
    }

    private PlannedChange change(WorkspacePath path, ChangeKind kind, Optional<FileContent> before,
            Optional<FileContent> after) {
        List<String> by = attribution.actorsOf(path);
        boolean simulated = simulatedOutputs.contains(path)
                || by.stream().anyMatch(actor -> !actor.equals(AttributingWorkspace.PROTOSTAR));
        return new PlannedChange(path, kind, by, simulated, before, after, UnifiedDiff.ofFile(path, before, after));
    }
}
