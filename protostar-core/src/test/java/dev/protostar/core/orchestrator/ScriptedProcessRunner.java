package dev.protostar.core.orchestrator;

import dev.protostar.api.BinaryLocator;
import dev.protostar.api.ProcessRunner;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TaskResult;
import dev.protostar.api.Workspace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** A process runner whose programs are lambdas; records every command it was asked to run. */
final class ScriptedProcessRunner implements ProcessRunner {

    final List<String> commands = new ArrayList<>();
    private final Map<String, BiFunction<SystemTask, Workspace, TaskResult>> programs = new LinkedHashMap<>();

    ScriptedProcessRunner program(String name, BiFunction<SystemTask, Workspace, TaskResult> behaviour) {
        programs.put(name, behaviour);
        return this;
    }

    static TaskResult ok(String stdout) {
        return new TaskResult(0, stdout, "", false, Duration.ZERO);
    }

    static TaskResult failed(int exitCode, String stderr) {
        return new TaskResult(exitCode, "", stderr, false, Duration.ZERO);
    }

    @Override
    public TaskResult run(SystemTask task, Workspace workspace, ProtostarListener listener) {
        commands.add(task.commandLine());
        BiFunction<SystemTask, Workspace, TaskResult> behaviour = programs.get(task.program());
        if (behaviour == null) {
            return failed(127, task.program() + ": not found");
        }
        return behaviour.apply(task, workspace);
    }

    @Override
    public BinaryLocator binaryLocator() {
        return programs::containsKey;
    }
}
