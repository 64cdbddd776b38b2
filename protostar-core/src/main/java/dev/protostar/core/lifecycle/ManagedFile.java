package dev.protostar.core.lifecycle;

import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.TypedValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One file in {@code protostar.lock}: how Protostar manages it and what it wrote there.
 *
 * <p>The baseline holds only what Protostar wrote, with the values it wrote: for structured files
 * the key and member {@link Slot}s; for ignore files one member slot per line (key path empty, the
 * line as a string); for text regions one key slot per region tag with the region's text; for
 * seed-once and generated files the single key slot with an empty key path and the value {@code
 * "sha256:<hex>"} of the content written.
 *
 * @param declined the user deleted the file: it stays deleted, and the baseline is kept for when it
 *     is asked back
 */
public record ManagedFile(WorkspacePath path, FilePolicy policy, Map<Slot, TypedValue> baseline, boolean declined) {

    public ManagedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(policy, "policy");
        baseline = Collections.unmodifiableMap(new LinkedHashMap<>(baseline));
    }
}
