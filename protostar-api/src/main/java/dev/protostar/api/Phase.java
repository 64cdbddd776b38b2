package dev.protostar.api;

/** The phases of a run, in the order they happen. */
public enum Phase {
    /** Existing project files are found and the collision strategy is asked what to do. */
    COLLISION_INTERCEPT("Checking for existing project files"),
    /** Every required program is looked up. */
    PREFLIGHT("Checking required programs"),
    /** Modules declare what they need into the manifest. */
    AGGREGATION("Collecting module declarations"),
    /** Every existing file that will be merged is parsed. */
    VALIDATION("Validating existing files"),
    /** Folders, files and tasks are applied to the workspace. */
    REALIZATION("Applying changes"),
    /** The report is assembled. */
    REPORT("Reporting");

    private final String description;

    Phase(String description) {
        this.description = description;
    }

    /** A short human description of the phase. */
    public String description() {
        return description;
    }
}
