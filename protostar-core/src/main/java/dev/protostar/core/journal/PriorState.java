package dev.protostar.core.journal;

import dev.protostar.api.FileAttributes;
import dev.protostar.api.WorkspacePath;
import java.util.OptionalInt;

/** What a path held before a run's first mutation of it. */
sealed interface PriorState {

    WorkspacePath path();

    /** Nothing was there; whatever the run put there, file or tree, is removed on rollback. */
    record Absent(WorkspacePath path) implements PriorState {}

    /** A folder the run created; removed on rollback only when it is empty again. */
    record CreatedDirectory(WorkspacePath path) implements PriorState {}

    /** A regular file with these bytes and, where the file system keeps them, this mode; both written back. */
    record FileContent(WorkspacePath path, byte[] content, OptionalInt mode) implements PriorState {}

    /** A folder that existed; not restored file by file, only checked to be still there. */
    record ExistingDirectory(WorkspacePath path) implements PriorState {}

    /** A link or special file that existed; not rewritten, only checked to be still there. */
    record OtherEntry(WorkspacePath path, FileAttributes.Kind kind) implements PriorState {}
}
