package dev.protostar.core.process;

import dev.protostar.api.OutputStreamKind;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.SystemTask;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.toml.TomlDocuments;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One simulated run of one task: the workspace it acts on, the output it has printed so far, and
 * the small file operations the simulated commands share.
 */
final class SimulatedInvocation {

    private final SystemTask task;
    private final Workspace workspace;
    private final ProtostarListener listener;
    private final Optional<String> folderName;
    private final TomlDocuments documents;
    private final StringBuilder stdout = new StringBuilder();
    private final StringBuilder stderr = new StringBuilder();

    SimulatedInvocation(SystemTask task, Workspace workspace, ProtostarListener listener, Optional<String> folderName,
            TomlDocuments documents) {
        this.documents = documents;
        this.task = task;
        this.workspace = workspace;
        this.listener = listener;
        this.folderName = folderName;
    }

    /** The TOML parses of the run this command is part of (empty when it runs on its own). */
    TomlDocuments documents() {
        return documents;
    }

    /** The program and its arguments. */
    List<String> command() {
        return task.command();
    }

    /** The arguments after the program. */
    List<String> arguments() {
        return argumentsAfter(0);
    }

    /** The arguments after the program and its first {@code skipped} arguments (a subcommand, {@code -m venv}). */
    List<String> argumentsAfter(int skipped) {
        return task.command().subList(1 + skipped, task.command().size());
    }

    Workspace workspace() {
        return workspace;
    }

    String stdout() {
        return stdout.toString();
    }

    String stderr() {
        return stderr.toString();
    }

    /** Prints a line to standard output and passes it to the listener. */
    void out(String line) {
        print(stdout, OutputStreamKind.STDOUT, line);
    }

    /** Prints a line to standard error and passes it to the listener. */
    void err(String line) {
        print(stderr, OutputStreamKind.STDERR, line);
    }

    /** Prints {@code message} (one or more lines) to standard error and returns {@code exitCode}. */
    int fail(int exitCode, String message) {
        message.lines().forEach(this::err);
        return exitCode;
    }

    private void print(StringBuilder target, OutputStreamKind stream, String line) {
        target.append(line).append('\n');
        listener.taskOutput(task, stream, line);
    }

    /**
     * The name of the folder a path names, for project names: the last segment, or for the root the
     * name given to the runner, else the local folder's name, else empty (in memory).
     */
    Optional<String> folderName(WorkspacePath path) {
        if (!path.isRoot()) {
            return Optional.of(path.fileName());
        }
        if (folderName.isPresent()) {
            return folderName;
        }
        return workspace.localDirectory().map(Path::getFileName).map(Path::toString);
    }

    /** The package name a tool derives from the workspace folder's name ({@code "project"} in memory). */
    String projectName() {
        return PythonNames.projectName(folderName(WorkspacePath.root()).orElse("project"));
    }

    /**
     * A path argument as a workspace path: relative paths (with optional {@code ./} and trailing
     * {@code /}), or absolute ones inside the workspace's local folder. Empty when it names
     * something outside the workspace.
     */
    Optional<WorkspacePath> workspacePath(String argument) {
        String path = argument;
        if (path.startsWith("/")) {
            Optional<Path> local = workspace.localDirectory();
            if (local.isEmpty()) {
                return Optional.empty();
            }
            try {
                Path absolute = Path.of(path).normalize();
                if (!absolute.startsWith(local.get())) {
                    return Optional.empty();
                }
                path = local.get().relativize(absolute).toString();
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }
        String cleaned = String.join("/", Arrays.stream(path.split("/"))
                .filter(segment -> !segment.isEmpty() && !segment.equals("."))
                .toList());
        if (cleaned.isEmpty()) {
            return Optional.of(WorkspacePath.root());
        }
        try {
            return Optional.of(WorkspacePath.of(cleaned));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Where a workspace path is, for messages: an absolute path when the workspace is on disk. */
    String location(WorkspacePath path) {
        Optional<Path> local = workspace.localDirectory();
        if (local.isPresent()) {
            Path target = local.get();
            for (String segment : path.segments()) {
                target = target.resolve(segment);
            }
            return target.toString();
        }
        return path.isRoot() ? workspace.describe() : path.toString();
    }

    /** Writes {@code text} as UTF-8 unless the file already holds exactly those bytes; creates folders. */
    boolean writeIfChanged(WorkspacePath path, String text) {
        return writeIfChanged(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code content} unless the file already holds exactly those bytes; creates folders. */
    boolean writeIfChanged(WorkspacePath path, byte[] content) {
        if (workspace.isFile(path) && Arrays.equals(workspace.read(path), content)) {
            return false;
        }
        path.parent().ifPresent(workspace::createDirectories);
        workspace.write(path, content);
        return true;
    }

    /** Removes a file or a folder with everything in it. */
    void deleteTree(WorkspacePath path) {
        if (workspace.isDirectory(path)) {
            for (WorkspacePath child : workspace.list(path)) {
                deleteTree(child);
            }
        }
        if (!path.isRoot()) {
            workspace.delete(path);
        }
    }
}
