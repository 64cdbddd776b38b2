package dev.protostar.api;

/** The groups modules are applied in, in this order. */
public enum ModuleCategory {
    /** Workspace-wide basics, applied first. */
    SYSTEM,
    /** A programming language: Python, Rust, Node... */
    LANGUAGE,
    /** A tool for a language: ruff, mypy, pre-commit... */
    TOOLING,
    /** A domain preset, applied after every other module. */
    PRESET
}
