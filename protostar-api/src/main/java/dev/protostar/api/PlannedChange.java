package dev.protostar.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One change a run would make to one path, as a {@link Plan} shows it: the net effect of the whole
 * run on that path, however many steps touched it.
 *
 * <p>Files carry their content before and after and a diff:
 * <ul>
 *   <li>for text (valid UTF-8 without NUL on both sides) a unified diff with {@code --- a/path} and
 *       {@code +++ b/path} headers ({@code /dev/null} for the side that does not exist), three lines
 *       of context and {@code \ No newline at end of file} markers, as {@code diff -u} prints it;
 *   <li>for binary content a one-line summary, {@code Binary files a/path and b/path differ}.
 * </ul>
 * Folders have no content and an empty diff.
 *
 * @param path the path
 * @param kind what would happen to it; a path whose kind of entry changes (a file replaced by a
 *     folder) appears twice, as {@link ChangeKind#DELETED} and then as the creation
 * @param by who would change it, in order and without repeats: {@code "protostar"} for
 *     Protostar's own writes, or the command line of a system task
 * @param simulated whether the change is made, wholly or in part, by a simulated system task or
 *     holds a simulated task's output, so the real program may produce different bytes
 * @param before the file's content before the run; empty for a file that did not exist and for
 *     folders
 * @param after the file's content after the run; empty for a deleted file and for folders
 * @param diff the unified diff or binary summary described above; empty for folders
 */
public record PlannedChange(
        WorkspacePath path,
        ChangeKind kind,
        List<String> by,
        boolean simulated,
        Optional<FileContent> before,
        Optional<FileContent> after,
        String diff) {

    /** Validates the fields: the contents present must match the kind. */
    public PlannedChange {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        by = List.copyOf(by);
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(diff, "diff");
        String expected = switch (kind) {
            case CREATED -> before.isEmpty() && after.isPresent() ? null : "content after and none before";
            case MODIFIED -> before.isPresent() && after.isPresent() ? null : "content before and after";
            case DELETED -> after.isEmpty() ? null : "no content after";
            case DIRECTORY_CREATED -> before.isEmpty() && after.isEmpty() ? null : "no content";
        };
        if (expected != null) {
            throw new IllegalArgumentException("A " + kind + " change of " + path + " needs " + expected);
        }
    }

    /** Whether the path is (or was) a folder rather than a file. */
    public boolean isDirectory() {
        return kind == ChangeKind.DIRECTORY_CREATED || (kind == ChangeKind.DELETED && before.isEmpty());
    }

    /** Whether either side is binary, so that {@link #diff()} is a summary rather than a unified diff. */
    public boolean isBinary() {
        return before.map(c -> !c.isText()).orElse(false) || after.map(c -> !c.isText()).orElse(false);
    }
}
