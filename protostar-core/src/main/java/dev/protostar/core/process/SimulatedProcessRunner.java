package dev.protostar.core.process;

import dev.protostar.api.BinaryLocator;
import dev.protostar.api.ProcessRunner;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.RunInterruptedException;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TaskResult;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspaceException;
import dev.protostar.core.format.toml.TomlDocuments;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link ProcessRunner} that starts no process: it applies the effects of well-known commands to
 * any {@link Workspace} (in memory, Jimfs, a folder on disk) through the workspace interface alone,
 * so a whole run can be previewed or tested in memory.
 *
 * <p>Simulated commands, with the files they write:
 * <ul>
 *   <li>{@code git init}: {@code .git/} with {@code HEAD} on {@code main}, {@code config},
 *       {@code description}, {@code hooks/}, {@code info/exclude}, {@code objects/}, {@code refs/};
 *       an existing {@code .git} is left alone ("Reinitialized existing Git repository").
 *   <li>{@code uv init [--bare] [--no-workspace] [--pin-python] [--python X.Y] [--name N]}: the
 *       {@code pyproject.toml} of {@code uv init --bare} ({@code requires-python = ">=3.13"} by
 *       default) and with {@code --pin-python} a {@code .python-version}; refused with exit code 2
 *       when {@code pyproject.toml} exists.
 *   <li>{@code uv add [--dev | --group G] [--] pkg...}: adds each missing package to
 *       {@code [project].dependencies} or {@code [dependency-groups].dev}, keeping every other byte
 *       of {@code pyproject.toml}, and writes a small deterministic {@code uv.lock}. Entries are
 *       the names as given ({@code "ruff"}), because the simulation cannot know the version bound
 *       real uv would add ({@code "ruff>=0.6.0"}). Adding a package already present changes nothing.
 *   <li>{@code uv remove [--dev | --group G] [--] pkg...}: removes each package from the same arrays
 *       (by normalised name, every other byte kept) and writes {@code uv.lock} again.
 *   <li>{@code python -m venv DIR} (also {@code python3}, {@code python3.X}): {@code DIR/pyvenv.cfg},
 *       placeholder {@code DIR/bin/python} and {@code DIR/bin/pip}, {@code DIR/lib/pythonX.Y/site-packages/}.
 *   <li>{@code DIR/bin/python -m pip install|freeze} and {@code DIR/bin/pip install|freeze}: one
 *       {@code <name>-0.0.0.dist-info/METADATA} per installed package; {@code freeze} lists them.
 *   <li>{@code direnv allow}, {@code pre-commit install}, {@code cargo init}.
 *   <li>{@code npm init -y}, {@code pnpm init} and {@code yarn init -y}: the {@code package.json} each
 *       writes with its defaults (npm 10, pnpm 9, Yarn 1), named after the folder.
 *   <li>{@code nbdime config-git --enable} (also through {@code uv run} or {@code .venv/bin/nbdime}):
 *       nbdime's diff and merge drivers and tools in {@code .git/config}, and its attributes in
 *       {@code .gitattributes} when that file does not name the drivers yet.
 * </ul>
 * Anything else ends with exit code 127 and "the simulated runner cannot run `...`" on standard
 * error. Output lines are passed to the listener like a real run's; durations are zero and no task
 * ever times out.
 *
 * <p>Project names come from the workspace folder's name. A workspace with no folder of its own (in
 * memory) gives {@code "project"}, unless the runner was made with {@link #forFolderNamed(String)}.
 * Instances are immutable and safe to share between threads.
 */
public final class SimulatedProcessRunner implements ProcessRunner {

    private static final int CANNOT_RUN_EXIT_CODE = 127;

    private final List<SimulatedCommand> commands = List.of(
            new SimulatedGitInit(),
            new SimulatedUvInit(),
            new SimulatedUvAdd(),
            new SimulatedUvRemove(),
            new SimulatedVenv(),
            new SimulatedPip(),
            new SimulatedDirenvAllow(),
            new SimulatedPreCommitInstall(),
            new SimulatedNbdimeConfigGit(),
            new SimulatedCargoInit(),
            new SimulatedNpmInit(),
            new SimulatedPnpmInit(),
            new SimulatedYarnInit());
    private final Optional<String> folderName;

    private SimulatedProcessRunner(Optional<String> folderName) {
        this.folderName = folderName;
    }

    /** A simulated runner that names projects after the workspace's folder ({@code "project"} in memory). */
    public static SimulatedProcessRunner create() {
        return new SimulatedProcessRunner(Optional.empty());
    }

    /**
     * A simulated runner that takes {@code folderName} as the workspace root's folder name, for
     * example to preview in memory what would happen in a real folder of that name.
     */
    public static SimulatedProcessRunner forFolderNamed(String folderName) {
        Objects.requireNonNull(folderName, "folderName");
        if (folderName.isBlank()) {
            throw new IllegalArgumentException("A folder name for the simulated runner must not be blank");
        }
        return new SimulatedProcessRunner(Optional.of(folderName));
    }

    /**
     * This runner for use on a copy or overlay of {@code original} that has no folder of its own:
     * when this runner has no folder name and {@code original} is a local folder, a runner named
     * after that folder, so that {@code uv init} predicts the name it would give there; otherwise
     * this runner.
     */
    public SimulatedProcessRunner withFolderNameOf(Workspace original) {
        if (folderName.isPresent()) {
            return this;
        }
        return original.localDirectory()
                .map(Path::getFileName)
                .map(Path::toString)
                .filter(name -> !name.isBlank())
                .map(SimulatedProcessRunner::forFolderNamed)
                .orElse(this);
    }

    /** Whether this runner models {@code command} (program and arguments); others end with exit code 127. */
    public boolean simulates(List<String> command) {
        return commands.stream().anyMatch(simulation -> simulation.accepts(command));
    }

    /** Always {@code true}. */
    @Override
    public boolean isSimulated() {
        return true;
    }

    /** Answers {@code true} for the programs this runner simulates: git, uv, python, pip in a venv, and the rest. */
    @Override
    public BinaryLocator binaryLocator() {
        return name -> name != null && commands.stream().anyMatch(command -> command.providesProgram(name));
    }

    /**
     * Applies the command's effects to {@code workspace} and returns what the real program would
     * print and return; an unknown command gives exit code 127. An I/O failure of the workspace
     * ends the command with exit code 1 and the failure's message on standard error, as it would
     * end a real program.
     *
     * @throws RunInterruptedException when the calling thread is already interrupted; nothing is changed
     */
    @Override
    public TaskResult run(SystemTask task, Workspace workspace, ProtostarListener listener) {
        return run(task, workspace, listener, new TomlDocuments());
    }

    /**
     * {@link #run(SystemTask, Workspace, ProtostarListener)} inside a run that has already parsed
     * some of the workspace's TOML files: a simulated command that edits one of them starts from
     * that parse when the file still holds the same text.
     *
     * @throws RunInterruptedException when the calling thread is already interrupted; nothing is changed
     */
    public TaskResult run(SystemTask task, Workspace workspace, ProtostarListener listener, TomlDocuments documents) {
        if (Thread.currentThread().isInterrupted()) {
            throw new RunInterruptedException("Interrupted before the simulated `" + task.commandLine()
                    + "` could run; nothing was changed.", null);
        }
        SimulatedInvocation invocation = new SimulatedInvocation(task, workspace, listener, folderName, documents);
        int exitCode = commands.stream()
                .filter(command -> command.accepts(task.command()))
                .findFirst()
                .map(command -> runCatchingWorkspaceFailures(command, invocation))
                .orElseGet(() -> invocation.fail(CANNOT_RUN_EXIT_CODE, "the simulated runner cannot run `"
                        + task.commandLine() + "`; it simulates git init, uv init, uv add, uv remove, python -m venv, pip"
                        + " install/freeze in a venv, direnv allow, pre-commit install, nbdime config-git --enable,"
                        + " cargo init, npm init -y, pnpm init and yarn init -y."
                        + " Run with a real process runner instead."));
        return new TaskResult(exitCode, invocation.stdout(), invocation.stderr(), false, Duration.ZERO);
    }

    private static int runCatchingWorkspaceFailures(SimulatedCommand command, SimulatedInvocation invocation) {
        try {
            return command.run(invocation);
        } catch (WorkspaceException e) {
            return invocation.fail(1, "error: " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return folderName.map(name -> "SimulatedProcessRunner[folder " + name + "]").orElse("SimulatedProcessRunner");
    }
}
