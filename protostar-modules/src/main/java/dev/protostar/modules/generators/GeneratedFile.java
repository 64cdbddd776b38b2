package dev.protostar.modules.generators;

import dev.protostar.api.WorkspacePath;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** One file a generator wants to write: where, and its text (written as UTF-8, LF line endings). */
record GeneratedFile(WorkspacePath path, String text) {

    GeneratedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }

    GeneratedFile(String path, String text) {
        this(WorkspacePath.of(path), text);
    }

    byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
