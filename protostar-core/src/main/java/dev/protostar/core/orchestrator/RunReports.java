package dev.protostar.core.orchestrator;

import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.Phase;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Assembles the final report: warnings make a run partial; no change and no task make it a no-op. */
final class RunReports {

    private RunReports() {}

    static RunReport of(EnvironmentManifest manifest, RealizationResult result, Map<Phase, Duration> durations) {
        List<String> warnings = new ArrayList<>(new LinkedHashSet<>(concat(manifest.warnings(), result.warnings())));
        RunStatus status;
        if (!warnings.isEmpty() || !result.reconciliation().conflicts().isEmpty()) {
            status = RunStatus.PARTIAL_SUCCESS;
        } else if (result.changes().isEmpty() && result.tasks().isEmpty()) {
            status = RunStatus.NO_CHANGES;
        } else {
            status = RunStatus.SUCCESS;
        }
        return new RunReport(status, result.changes(), warnings, result.kept(), result.tasks(), durations,
                result.reconciliation());
    }

    /**
     * {@code report} with the session's notes: a recovery note first (the recovery happened before
     * the run), then what could not be cleaned up after it. Any note makes the run partially successful.
     */
    static RunReport withSessionNotes(RunReport report, java.util.Optional<String> recovery, List<String> leftovers) {
        if (recovery.isEmpty() && leftovers.isEmpty()) {
            return report;
        }
        List<String> warnings = new ArrayList<>();
        recovery.ifPresent(warnings::add);
        warnings.addAll(report.warnings());
        warnings.addAll(leftovers);
        return new RunReport(RunStatus.PARTIAL_SUCCESS, report.changes(), warnings, report.kept(), report.tasks(),
                report.phaseDurations(), report.reconciliation());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
