package dev.protostar.api;

/** The groups modules are applied in, in this order. */
public enum ModuleCategory {
    /** Workspace-wide basics, applied first. */
    SYSTEM,
    /** A programming language: Python, Rust, Node... */
    LANGUAGE,
    /** A tool for a language: ruff, mypy, pre-commit... */
    TOOLING,
    /** A domain preset, applied after languages and tooling. */
    PRESET,
    /** Settings from the user's configuration files, applied last so that they override module defaults. */
    CONFIGURATION
}
