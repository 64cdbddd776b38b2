package dev.protostar.api;

import java.util.stream.Collectors;

/**
 * The workspace already holds project files that Protostar would change, and the {@link
 * CollisionStrategy} chose {@link Resolution#ABORT}. Nothing was written.
 */
public final class CollisionAbortedException extends ProtostarException {

    private static final long serialVersionUID = 1L;

    private final transient CollisionReport report;

    /** @param report the existing files that caused the abort */
    public CollisionAbortedException(CollisionReport report) {
        super("Existing project files found: "
                        + report.collisions().stream()
                                .map(c -> c.path() + " (" + c.moduleName() + ")")
                                .collect(Collectors.joining(", "))
                        + ". Nothing was changed.",
                "Re-run with force (CLI: --force) to merge Protostar's settings into them; "
                        + "your existing values are kept.",
                null);
        this.report = report;
    }

    /** 1: the run stopped on the collision strategy's decision, not because something is broken. */
    @Override
    public int exitCode() {
        return 1;
    }

    /** The collisions that were found. */
    public CollisionReport report() {
        return report;
    }
}
