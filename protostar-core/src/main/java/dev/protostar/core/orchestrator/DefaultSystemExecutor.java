package dev.protostar.core.orchestrator;

import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.ExecutionContext;
import dev.protostar.api.Phase;
import dev.protostar.api.RollbackFailedException;
import dev.protostar.api.RunReport;
import dev.protostar.api.SystemExecutor;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.journal.MutationJournal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in {@link SystemExecutor}: validates, then realizes the manifest with every mutation
 * journaled, and on any failure restores the workspace before rethrowing.
 */
public final class DefaultSystemExecutor implements SystemExecutor {

    /** A stateless executor; one instance may serve many runs, also concurrently. */
    public DefaultSystemExecutor() {}

    @Override
    public RunReport execute(EnvironmentManifest manifest, ExecutionContext context) {
        Map<Phase, Duration> durations = new EnumMap<>(Phase.class);
        PhaseTimer.time(Phase.VALIDATION, context.listener(), durations, () -> {
            validate(manifest, context);
            return null;
        });
        RealizationResult result = PhaseTimer.time(Phase.REALIZATION, context.listener(), durations,
                () -> realize(manifest, context));
        return RunReports.of(manifest, result, durations);
    }

    /** The validation phase alone: throws the first problem, writes nothing. */
    void validate(EnvironmentManifest manifest, ExecutionContext context) {
        ManifestValidator.validate(manifest, context.workspace());
    }

    /** The realization phase alone, with rollback on failure. */
    RealizationResult realize(EnvironmentManifest manifest, ExecutionContext context) {
        MutationJournal journal = new MutationJournal(context.workspace());
        try {
            RealizationResult result = new Realization(manifest, context, journal).apply();
            journal.commit();
            return result;
        } catch (RuntimeException | Error failure) {
            boolean interrupted = Thread.interrupted();
            List<WorkspacePath> notRestored = journal.rollback();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (!notRestored.isEmpty()) {
                throw new RollbackFailedException(notRestored, failure);
            }
            throw failure;
        }
    }
}
