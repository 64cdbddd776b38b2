package dev.protostar.core.orchestrator;

import dev.protostar.api.Phase;
import dev.protostar.api.ProtostarListener;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/** Runs one phase between the listener's start and finish events and records how long it took. */
final class PhaseTimer {

    private PhaseTimer() {}

    static <T> T time(Phase phase, ProtostarListener listener, Map<Phase, Duration> durations, Supplier<T> body) {
        listener.phaseStarted(phase);
        long start = System.nanoTime();
        T result = body.get();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        durations.put(phase, elapsed);
        listener.phaseFinished(phase, elapsed);
        return result;
    }
}
