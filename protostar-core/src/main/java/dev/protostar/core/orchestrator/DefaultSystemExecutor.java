package dev.protostar.core.orchestrator;

import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.ExecutionContext;
import dev.protostar.api.JournalKey;
import dev.protostar.api.Phase;
import dev.protostar.api.RunReport;
import dev.protostar.api.SystemExecutor;
import dev.protostar.core.format.toml.TomlDocuments;
import dev.protostar.core.journal.MutationJournal;
import dev.protostar.core.journal.WorkspaceSession;
import dev.protostar.core.lifecycle.Stewardship;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in {@link SystemExecutor}: takes the workspace's run lock (recovering what a killed run
 * left), validates, then realizes the manifest with every mutation journaled on disk, and on any
 * failure restores the workspace before rethrowing; see {@link RollbackOutcome} for what the error
 * then says.
 */
public final class DefaultSystemExecutor implements SystemExecutor {

    private final JournalKey journalKey;

    /**
     * An executor sealing journals with a {@link JournalKey#random() random key} of its own: a
     * journal left by a killed run is recovered only by this instance. One instance may serve many
     * runs, also concurrently.
     */
    public DefaultSystemExecutor() {
        this(JournalKey.random());
    }

    /** An executor sealing journals with {@code journalKey}, and replaying only journals it seals. */
    public DefaultSystemExecutor(JournalKey journalKey) {
        this.journalKey = java.util.Objects.requireNonNull(journalKey, "journalKey");
    }

    @Override
    public RunReport execute(EnvironmentManifest manifest, ExecutionContext context) {
        try (WorkspaceSession session = WorkspaceSession.open(context.workspace(), journalKey)) {
            session.recoveryNote().ifPresent(context.listener()::warning);
            Map<Phase, Duration> durations = new EnumMap<>(Phase.class);
            TomlDocuments documents = new TomlDocuments();
            PhaseTimer.time(Phase.VALIDATION, context.listener(), durations, () -> {
                validate(manifest, context, documents);
                return null;
            });
            RealizationResult result = PhaseTimer.time(Phase.REALIZATION, context.listener(), durations,
                    () -> realize(manifest, context, session.journal(), documents));
            RunReport report = RunReports.of(manifest, result, durations);
            List<String> leftovers = session.finish();
            leftovers.forEach(context.listener()::warning);
            return RunReports.withSessionNotes(report, session.recoveryNote(), leftovers);
        }
    }

    /**
     * The validation phase alone: throws the first problem, writes nothing; TOML parses go to {@code
     * documents}. After the files parse, every read-only file the run would modify is refused
     * together, unless the context {@linkplain ExecutionContext#forceReadOnly() allows it}.
     */
    void validate(EnvironmentManifest manifest, ExecutionContext context, TomlDocuments documents) {
        ManifestValidator.validate(manifest, context.workspace(), documents);
        ReadOnlyTargets.refuseUnlessForced(manifest, context, documents);
    }

    /**
     * The realization phase alone, journaled in {@code journal}, with rollback on failure, reusing
     * the run's TOML parses in {@code documents}.
     */
    RealizationResult realize(EnvironmentManifest manifest, ExecutionContext context, MutationJournal journal,
            TomlDocuments documents) {
        return realize(manifest, context, journal, documents, Stewardship.untracked());
    }

    /** {@link #realize(EnvironmentManifest, ExecutionContext, MutationJournal, TomlDocuments)}, keeping the lock with {@code stewardship}. */
    RealizationResult realize(EnvironmentManifest manifest, ExecutionContext context, MutationJournal journal,
            TomlDocuments documents, Stewardship stewardship) {
        TaskLedger ledger = new TaskLedger(context.workspace());
        try {
            RealizationResult result =
                    new Realization(manifest, context, journal, documents, ledger, stewardship).apply();
            journal.commit();
            return result;
        } catch (RuntimeException | Error failure) {
            throw RollbackOutcome.afterRollback(journal, failure, ledger);
        }
    }
}
