package dev.protostar.modules.generators;

import dev.protostar.api.GenerationReport;
import dev.protostar.api.JournalKey;
import dev.protostar.api.RollbackFailedException;
import dev.protostar.api.TargetExistsException;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspaceException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.journal.MutationJournal;
import dev.protostar.core.journal.ProtostarFolder;
import dev.protostar.core.journal.RollbackResult;
import dev.protostar.core.journal.WorkspaceSession;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a generation's files all or nothing, never over an existing entry.
 *
 * <p>It works as a scaffold run does: under the workspace's run lock, with every write journaled
 * first (see {@link WorkspaceSession}), so a generation never runs beside another run, a killed
 * earlier run is rolled back before anything is checked, and a failed write removes the files this
 * generation had already created. When a target exists, nothing is written at all: the check runs
 * once before the lock is taken (when no earlier run left {@code .protostar/} behind, whose journal
 * might account for the file), and again under the lock.
 */
final class AllOrNothingWriter {

    static final String REMOVED = "Every file this generation had created was removed again; the folder is as it was.";

    private AllOrNothingWriter() {}

    /**
     * Writes {@code files}, in order.
     *
     * @throws TargetExistsException naming every target that exists; nothing was written
     * @throws WorkspaceException when a write failed; the files created before it were removed
     * @throws RollbackFailedException when a write failed and a created file could not be removed
     * @throws dev.protostar.api.UntrustedJournalException when the folder holds a journal this machine
     *     did not write for it under {@code journalKey}; nothing was written
     */
    static GenerationReport write(Workspace workspace, String target, List<GeneratedFile> files, JournalKey journalKey) {
        List<WorkspacePath> paths = files.stream().map(GeneratedFile::path).toList();
        if (!workspace.exists(ProtostarFolder.PATH)) {
            refuseExisting(workspace, target, paths);
        }
        try (WorkspaceSession session = WorkspaceSession.open(workspace, journalKey)) {
            refuseExisting(workspace, target, paths);
            MutationJournal journal = session.journal();
            List<WorkspacePath> created = new ArrayList<>();
            try {
                for (GeneratedFile file : files) {
                    journal.beforeWrite(file.path());
                    workspace.write(file.path(), file.bytes());
                    created.add(file.path());
                }
                journal.commit();
            } catch (RuntimeException failure) {
                throw afterRollback(journal, failure);
            }
            List<String> warnings = new ArrayList<>();
            session.recoveryNote().ifPresent(warnings::add);
            warnings.addAll(session.finish());
            return new GenerationReport(target, created, warnings);
        }
    }

    private static void refuseExisting(Workspace workspace, String target, List<WorkspacePath> paths) {
        List<WorkspacePath> existing = paths.stream().filter(workspace::exists).toList();
        if (!existing.isEmpty()) {
            throw new TargetExistsException(target, existing);
        }
    }

    /** Removes what was created and says how that went; the interrupt status is set aside meanwhile. */
    private static RuntimeException afterRollback(MutationJournal journal, RuntimeException failure) {
        boolean interrupted = Thread.interrupted();
        RollbackResult result;
        try {
            result = journal.rollback();
        } catch (RuntimeException unexpected) {
            failure.addSuppressed(unexpected);
            return failure;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        RuntimeException outcome;
        if (!result.complete()) {
            outcome = new RollbackFailedException(result.notRestored(), failure);
        } else if (failure instanceof WorkspaceException io) {
            outcome = new WorkspaceException(io.path().orElse(null), io.getMessage() + " " + REMOVED,
                    io.hint().orElse(null), io);
        } else {
            outcome = failure;
        }
        result.problems().forEach(outcome::addSuppressed);
        return outcome;
    }
}
