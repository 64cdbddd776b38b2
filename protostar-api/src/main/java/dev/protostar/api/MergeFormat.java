package dev.protostar.api;

/** The formats a structured merge payload may be written in. */
public enum MergeFormat {
    /** TOML, merged key by key into an existing document without disturbing its layout. */
    TOML,
    /**
     * JSON; the target may be JSON with comments and trailing commas (as VS Code settings are).
     * Objects merge key by key; everything else in the file stays byte for byte.
     */
    JSON
}
