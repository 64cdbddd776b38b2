package dev.protostar.api;

/**
 * The workspace holds a run journal ({@code .protostar/journal/}) that Protostar did not write on
 * this machine for this folder: it carries no seal, a seal that does not match, or a seal for
 * another folder or host, or the {@link JournalKey} that would check it is missing. Such a journal
 * is never replayed — it could name any path to delete or any bytes to write — and nothing was
 * changed: the run stopped before it looked at the project.
 *
 * <p>Typical causes: a {@code .protostar/} committed to a repository or unpacked from an archive, a
 * project folder copied from another machine while a run was working in it, or a journal written
 * while the key could not be created (a read-only home folder).
 */
public final class UntrustedJournalException extends ProtostarException {

    private static final long serialVersionUID = 1L;

    private final transient WorkspacePath file;

    /**
     * @param file the journal file whose check failed (its header or an entry)
     * @param message what was found, and that nothing was replayed or changed
     * @param hint how to inspect or remove the journal
     */
    public UntrustedJournalException(WorkspacePath file, String message, String hint) {
        super(message, hint, null);
        this.file = java.util.Objects.requireNonNull(file, "file");
    }

    /** 65, {@code EX_DATAERR} in {@code sysexits.h}: the workspace holds data Protostar refuses to act on. */
    @Override
    public int exitCode() {
        return 65;
    }

    /** The journal file whose check failed, such as {@code .protostar/journal/run}. */
    public WorkspacePath file() {
        return file;
    }
}
