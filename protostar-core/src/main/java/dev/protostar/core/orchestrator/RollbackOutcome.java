package dev.protostar.core.orchestrator;

import dev.protostar.api.RollbackFailedException;
import dev.protostar.api.RunInterruptedException;
import dev.protostar.api.TaskFailedException;
import dev.protostar.api.WorkspaceException;
import dev.protostar.core.journal.MutationJournal;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.journal.RollbackResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rolls a failed realization back and says how that went, in the error the caller throws.
 *
 * <ul>
 *   <li>Incomplete: a {@link RollbackFailedException} naming every path not restored, with why; the
 *       original failure is its cause and its message is part of the new one.
 *   <li>Complete: the original failure, of the same type, with "Every change made by this run was
 *       rolled back." added to its message — as a new instance with the original as cause for
 *       {@link WorkspaceException} and {@link RunInterruptedException}, rebuilt with that note for
 *       {@link TaskFailedException} (which takes no cause); any other exception or error is rethrown
 *       as the same instance with a suppressed {@link RolledBack} note, so that it stays recognisable.
 * </ul>
 *
 * Problems met after restoring (the journal could not be removed) are added as suppressed.
 */
final class RollbackOutcome {

    static final String ROLLED_BACK = "Every change made by this run was rolled back.";

    private RollbackOutcome() {}

    /** The note added to failures whose message cannot be changed. */
    static final class RolledBack extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RolledBack() {
            super(ROLLED_BACK + " The workspace is as it was before the run.", null, false, false);
        }
    }

    /**
     * Rolls {@code journal} back after {@code failure} and returns what to throw; an {@link Error} is
     * thrown from here. The interrupt status is set aside while restoring (interruptible file
     * channels would refuse to write) and put back afterwards.
     */
    static RuntimeException afterRollback(MutationJournal journal, Throwable failure) {
        return afterRollback(journal, failure, null);
    }

    /**
     * {@link #afterRollback(MutationJournal, Throwable)}, where {@code ledger} (or {@code null}) holds
     * what the run's system tasks changed that the journal cannot restore by itself: it finishes its
     * part after the journal's, and the paths it could not restore make the rollback incomplete and
     * are named with the journal's own.
     */
    static RuntimeException afterRollback(MutationJournal journal, Throwable failure, TaskLedger ledger) {
        boolean interrupted = Thread.interrupted();
        RollbackResult result;
        try {
            result = journal.rollback();
            Map<WorkspacePath, String> notJournaled = ledger == null ? Map.of() : ledger.afterRollback();
            if (!notJournaled.isEmpty()) {
                Map<WorkspacePath, String> all = new LinkedHashMap<>(result.notRestored());
                notJournaled.forEach(all::putIfAbsent);
                result = new RollbackResult(result.restored(), all, result.problems());
            }
        } catch (RuntimeException | Error unexpected) {
            failure.addSuppressed(unexpected);
            result = null;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        Throwable outcome = result == null ? failure
                : result.complete() ? restored(failure) : new RollbackFailedException(result.notRestored(), failure);
        if (result != null) {
            result.problems().forEach(outcome::addSuppressed);
        }
        if (outcome instanceof Error error) {
            throw error;
        }
        return (RuntimeException) outcome;
    }

    private static Throwable restored(Throwable failure) {
        Throwable rebuilt;
        if (failure instanceof TaskFailedException task) {
            rebuilt = new TaskFailedException(task.task(), task.result(), task.brokenFile().orElse(null), ROLLED_BACK);
            rebuilt.setStackTrace(task.getStackTrace());
        } else if (failure instanceof RunInterruptedException interrupted) {
            rebuilt = new RunInterruptedException(withNote(interrupted.getMessage()), interrupted);
        } else if (failure instanceof WorkspaceException io) {
            rebuilt = new WorkspaceException(io.path().orElse(null), withNote(io.getMessage()), io.hint().orElse(null), io);
        } else {
            failure.addSuppressed(new RolledBack());
            return failure;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            rebuilt.addSuppressed(suppressed);
        }
        return rebuilt;
    }

    private static String withNote(String message) {
        return message == null ? ROLLED_BACK : message + " " + ROLLED_BACK;
    }
}
