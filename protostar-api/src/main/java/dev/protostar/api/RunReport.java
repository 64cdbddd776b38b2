package dev.protostar.api;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a completed run did.
 *
 * @param status how the run ended
 * @param changes every path created, modified or removed, in the order it happened
 * @param warnings problems that did not stop the run
 * @param kept user values that merges left alone
 * @param tasks every system task that ran, in order
 * @param phaseDurations how long each phase took, in phase order
 */
public record RunReport(
        RunStatus status,
        List<Change> changes,
        List<String> warnings,
        List<KeptValue> kept,
        List<TaskRun> tasks,
        Map<Phase, Duration> phaseDurations) {

    /** Copies every collection. */
    public RunReport {
        Objects.requireNonNull(status, "status");
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
        kept = List.copyOf(kept);
        tasks = List.copyOf(tasks);
        phaseDurations = Collections.unmodifiableMap(new LinkedHashMap<>(phaseDurations));
    }

    /** The total of all phase durations. */
    public Duration totalDuration() {
        return phaseDurations.values().stream().reduce(Duration.ZERO, Duration::plus);
    }
}
