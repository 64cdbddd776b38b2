package dev.protostar.core.process;

import dev.protostar.api.OutputStreamKind;

/**
 * What the threads around a running process report to the thread that called
 * {@link CommonsExecProcessRunner#run}, which alone talks to the listener.
 */
sealed interface RunEvent {

    /** One line of output, without its line terminator. */
    record OutputLine(OutputStreamKind stream, String text) implements RunEvent {}

    /** The executor returned: with the process's exit value, or with the failure it met. */
    record Completed(int exitValue, Exception failure) implements RunEvent {}
}
