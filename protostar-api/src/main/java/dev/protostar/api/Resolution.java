package dev.protostar.api;

/** What to do when the workspace already holds files Protostar would change. */
public enum Resolution {
    /** Add what is missing; existing user values win. */
    MERGE,
    /** Protostar's values win for every key it names; the rest of each file is kept. */
    OVERWRITE,
    /** Stop before anything is written. */
    ABORT
}
