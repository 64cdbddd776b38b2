package dev.protostar.api;

import java.time.Duration;

/**
 * Receives progress events from a run, on the thread that runs it, for progress bars and logs.
 * Every method does nothing by default. An exception thrown from a listener fails the run.
 */
public interface ProtostarListener {

    /** A listener that ignores every event. */
    static ProtostarListener none() {
        return new ProtostarListener() {};
    }

    /** A phase begins. */
    default void phaseStarted(Phase phase) {}

    /** A phase ended successfully after {@code elapsed}. */
    default void phaseFinished(Phase phase, Duration elapsed) {}

    /** A folder was created. */
    default void directoryCreated(WorkspacePath path) {}

    /** A file that did not exist was written. */
    default void fileCreated(WorkspacePath path) {}

    /** An existing file got new content. */
    default void fileModified(WorkspacePath path) {}

    /** Protostar removed a file it wrote that the request no longer wants (a retraction). */
    default void fileDeleted(WorkspacePath path) {}

    /** A system task is about to start. */
    default void taskStarted(SystemTask task) {}

    /**
     * A system task printed a line (without its line terminator). Every line arrives, in order per
     * stream, on the thread that runs the task; the built-in runner of real processes cuts a line
     * longer than 16 KiB and appends a note saying how many bytes were dropped. A slow listener slows
     * the program down rather than making Protostar buffer its output.
     */
    default void taskOutput(SystemTask task, OutputStreamKind stream, String line) {}

    /** A system task ended, successfully or not. */
    default void taskFinished(SystemTask task, TaskResult result) {}

    /** Something went wrong that does not stop the run; the run will end partially successful. */
    default void warning(String message) {}
}
