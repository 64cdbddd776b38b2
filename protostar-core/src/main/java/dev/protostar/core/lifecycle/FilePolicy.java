package dev.protostar.core.lifecycle;

import java.util.Arrays;
import java.util.Optional;

/** How Protostar manages one file, as recorded in {@code protostar.lock}. */
public enum FilePolicy {
    /** TOML keys and array members, by meaning. */
    STRUCTURED_TOML("structured-toml"),
    /** JSON with comments (VS Code settings), by key and array member. */
    STRUCTURED_JSONC("structured-jsonc"),
    /** The pre-commit configuration: repositories by URL, hooks by id. */
    STRUCTURED_YAML("structured-yaml"),
    /** Ignore files, line by line. */
    IGNORE_LINES("ignore-lines"),
    /** Marked regions in a plain file. */
    TEXT_REGION("text-region"),
    /** A whole file written once when absent; updated or retracted only while unedited. */
    SEED_ONCE("seed-once"),
    /** A file a command made ({@code uv init}'s {@code main.py}); recorded, never rewritten by Protostar. */
    GENERATED("generated");

    private final String id;

    FilePolicy(String id) {
        this.id = id;
    }

    /** The name in the lock file. */
    public String id() {
        return id;
    }

    /** The policy named {@code id} in a lock file. */
    public static Optional<FilePolicy> byId(String id) {
        return Arrays.stream(values()).filter(policy -> policy.id.equals(id)).findFirst();
    }
}
