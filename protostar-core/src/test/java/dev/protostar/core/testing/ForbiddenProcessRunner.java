package dev.protostar.core.testing;

import dev.protostar.api.BinaryLocator;
import dev.protostar.api.ProcessRunner;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TaskResult;
import dev.protostar.api.Workspace;

/**
 * A real (not simulated) process runner that fails the test if asked to run anything; its
 * locator finds every program, so pre-flight passes.
 */
public final class ForbiddenProcessRunner implements ProcessRunner {

    @Override
    public TaskResult run(SystemTask task, Workspace workspace, ProtostarListener listener) {
        throw new AssertionError("a process was started: " + task.commandLine());
    }

    @Override
    public BinaryLocator binaryLocator() {
        return name -> true;
    }
}
