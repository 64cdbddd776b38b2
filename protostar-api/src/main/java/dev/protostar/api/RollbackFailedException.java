package dev.protostar.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A run failed and restoring the workspace afterwards was incomplete: the listed paths could not be
 * put back as they were. Everything else was restored. The original failure is the {@link
 * #getCause() cause}, and its message is part of this one.
 */
public final class RollbackFailedException extends ProtostarException {

    private static final long serialVersionUID = 1L;

    private final transient Map<WorkspacePath, String> reasons;

    /**
     * @param notRestored every path that is not as it was before the run
     * @param cause the failure that triggered the rollback
     */
    public RollbackFailedException(List<WorkspacePath> notRestored, Throwable cause) {
        this(withoutReasons(notRestored), cause);
    }

    /**
     * @param reasons every path that is not as it was before the run, with why, in the order tried
     * @param cause the failure that triggered the rollback
     */
    public RollbackFailedException(Map<WorkspacePath, String> reasons, Throwable cause) {
        super("The run failed, and restoring the workspace was incomplete: " + reasons.size()
                        + (reasons.size() == 1 ? " path is" : " paths are") + " not as before the run: "
                        + reasons.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                                .collect(Collectors.joining("; "))
                        + ". Everything else was restored. The failure: " + cause.getMessage(),
                "Inspect the listed paths by hand and move aside what you do not want, then run again.",
                cause);
        this.reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
    }

    private static Map<WorkspacePath, String> withoutReasons(List<WorkspacePath> paths) {
        Map<WorkspacePath, String> reasons = new LinkedHashMap<>();
        paths.forEach(p -> reasons.putIfAbsent(p, "not restored"));
        return reasons;
    }

    /**
     * 74, {@code EX_IOERR} in {@code sysexits.h}, whatever the original failure's code was.
     *
     * <p>Replaying the journal only writes, deletes and moves files, so an incomplete restore is an
     * input/output failure on the workspace. The code deliberately does not repeat the cause's
     * code: a script that sees 1, 65 or 75 may assume the folder is as it was and simply retry,
     * whereas here the listed paths need a person's attention first. 74 tells "the workspace is in
     * a state that needs looking at"; {@link #notRestored()} says where.
     */
    @Override
    public int exitCode() {
        return 74;
    }

    /** The paths that are not as they were before the run. */
    public List<WorkspacePath> notRestored() {
        return List.copyOf(reasons.keySet());
    }

    /** Why each path could not be restored, in the order the paths were tried. */
    public Map<WorkspacePath, String> reasons() {
        return reasons;
    }
}
