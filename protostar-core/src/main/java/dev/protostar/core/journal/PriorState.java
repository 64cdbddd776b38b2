package dev.protostar.core.journal;

import dev.protostar.api.WorkspacePath;

/** What a path held before a run's first mutation of it. */
sealed interface PriorState {

    WorkspacePath path();

    /** Nothing was there; whatever the run put there, file or tree, is removed on rollback. */
    record Absent(WorkspacePath path) implements PriorState {}

    /** A folder the run created; removed on rollback only when it is empty again. */
    record CreatedDirectory(WorkspacePath path) implements PriorState {}

    /** A regular file with these bytes; written back on rollback. */
    record FileContent(WorkspacePath path, byte[] content) implements PriorState {}

    /** A folder (or other entry) that existed and is not restored deeply. */
    record Existing(WorkspacePath path) implements PriorState {}
}
