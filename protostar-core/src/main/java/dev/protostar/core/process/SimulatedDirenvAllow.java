package dev.protostar.core.process;

import dev.protostar.api.WorkspacePath;
import java.util.List;
import java.util.Optional;

/**
 * {@code direnv allow [path]}: checks that the {@code .envrc} exists and changes nothing in the
 * workspace (real direnv records the permission outside the project, in its own data folder).
 */
final class SimulatedDirenvAllow implements SimulatedCommand {

    @Override
    public boolean providesProgram(String name) {
        return name.equals("direnv");
    }

    @Override
    public boolean accepts(List<String> command) {
        return SimulatedCommand.isSubcommand(command, "direnv", "allow");
    }

    @Override
    public int run(SimulatedInvocation invocation) {
        List<String> arguments = invocation.argumentsAfter(1);
        if (arguments.size() > 1) {
            return invocation.fail(1, "direnv: error the simulated runner supports `direnv allow [path]` only");
        }
        Optional<WorkspacePath> target = arguments.isEmpty()
                ? Optional.of(WorkspacePath.root()) : invocation.workspacePath(arguments.get(0));
        Optional<WorkspacePath> envrc = target.map(path ->
                invocation.workspace().isDirectory(path) ? path.resolve(".envrc") : path);
        if (envrc.isEmpty() || !invocation.workspace().isFile(envrc.get())) {
            return invocation.fail(1, "direnv: error .envrc file not found");
        }
        return 0;
    }
}
