package dev.protostar.core.orchestrator;

import dev.protostar.api.Phase;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TaskResult;
import dev.protostar.api.WorkspacePath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records listener events as short strings, in order. */
class RecordingListener implements ProtostarListener {

    final List<String> events = new ArrayList<>();

    @Override
    public void phaseStarted(Phase phase) {
        events.add("start " + phase);
    }

    @Override
    public void phaseFinished(Phase phase, Duration elapsed) {
        events.add("end " + phase);
    }

    @Override
    public void directoryCreated(WorkspacePath path) {
        events.add("mkdir " + path);
    }

    @Override
    public void fileCreated(WorkspacePath path) {
        events.add("create " + path);
    }

    @Override
    public void fileModified(WorkspacePath path) {
        events.add("modify " + path);
    }

    @Override
    public void taskStarted(SystemTask task) {
        events.add("run " + task.commandLine());
    }

    @Override
    public void taskFinished(SystemTask task, TaskResult result) {
        events.add("exit " + result.exitCode());
    }

    @Override
    public void warning(String message) {
        events.add("warn " + message);
    }

    List<String> without(String prefix) {
        return events.stream().filter(e -> !e.startsWith(prefix)).toList();
    }
}
