package dev.protostar.core.orchestrator;

import dev.protostar.api.RunCancelledException;
import java.util.function.BooleanSupplier;

/** Asks the host's cancellation check, on the run's thread, at one point between two steps. */
final class CancelPoint {

    private CancelPoint() {}

    /**
     * Throws a {@link RunCancelledException} saying the run stopped before {@code doing} when {@code
     * cancelRequested} returns {@code true}; an exception the check throws passes through unchanged.
     */
    static void check(BooleanSupplier cancelRequested, String doing) {
        if (cancelRequested.getAsBoolean()) {
            throw new RunCancelledException("The run was cancelled before " + doing + ".", null);
        }
    }
}
