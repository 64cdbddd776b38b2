package dev.protostar.examples.cli;

import java.io.StringWriter;
import java.util.function.Supplier;

/**
 * A console that fails the first time a line containing a trigger is written, then works again:
 * an unexpected error in the middle of a run.
 */
final class FailingWriter extends StringWriter {

    private final String trigger;
    private final Supplier<? extends Throwable> failure;
    private boolean failed;

    private FailingWriter(String trigger, Supplier<? extends Throwable> failure) {
        this.trigger = trigger;
        this.failure = failure;
    }

    /** Fails with {@code IllegalStateException("the terminal went away")}. */
    static FailingWriter withException(String trigger) {
        return new FailingWriter(trigger, () -> new IllegalStateException("the terminal went away"));
    }

    /** Fails with an {@link Error}, which picocli does not hand to its exception handlers. */
    static FailingWriter withError(String trigger) {
        return new FailingWriter(trigger, () -> new NoClassDefFoundError("com/example/Missing"));
    }

    @Override
    public void write(String text, int offset, int length) {
        if (!failed && text.substring(offset, offset + length).contains(trigger)) {
            failed = true;
            throwUnchecked(failure.get());
        }
        super.write(text, offset, length);
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    private static void throwUnchecked(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw (Error) failure;
    }
}
