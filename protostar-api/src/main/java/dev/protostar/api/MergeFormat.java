package dev.protostar.api;

/** The formats a structured merge payload may be written in. */
public enum MergeFormat {
    /** TOML, merged key by key into an existing document without disturbing its layout. */
    TOML
}
