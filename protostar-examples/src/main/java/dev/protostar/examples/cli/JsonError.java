package dev.protostar.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.protostar.api.Collision;
import dev.protostar.api.CollisionAbortedException;
import dev.protostar.api.MissingBinary;
import dev.protostar.api.PreflightException;
import dev.protostar.api.ProtostarException;
import dev.protostar.api.ReadOnlyTargetException;
import dev.protostar.api.RollbackFailedException;
import dev.protostar.api.TaskFailedException;
import dev.protostar.api.UntrustedJournalException;
import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspaceException;
import dev.protostar.api.WorkspacePath;
import java.util.Collection;

/**
 * The {@code error} object of a failed {@code --json} document: {@code type}, {@code message},
 * {@code hint}, plus the fields a program needs to act on each kind of error.
 */
final class JsonError {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonError() {}

    /** A Protostar error: its simple class name, message, hint and type-specific fields. */
    static ObjectNode of(ProtostarException error) {
        ObjectNode node = base(error.getClass().getSimpleName(), error.getMessage(), error.hint().orElse(null));
        if (error instanceof ValidationException invalid) {
            node.put("path", invalid.path().toString());
            putPosition(node, "line", invalid.line());
            putPosition(node, "column", invalid.column());
        } else if (error instanceof PreflightException preflight) {
            ArrayNode missing = node.putArray("missing");
            for (MissingBinary binary : preflight.missing()) {
                ObjectNode entry = missing.addObject().put("name", binary.name());
                strings(entry.putArray("needed_by"), binary.neededBy());
            }
        } else if (error instanceof TaskFailedException failed) {
            strings(node.putArray("command"), failed.task().command());
            node.put("task_exit_code", failed.result().exitCode());
            node.put("timed_out", failed.result().timedOut());
            node.set("broken_file", failed.brokenFile().<com.fasterxml.jackson.databind.JsonNode>map(broken ->
                    NODES.objectNode().put("path", broken.path().toString()).put("line", broken.line())
                            .put("column", broken.column())).orElse(NODES.nullNode()));
        } else if (error instanceof RollbackFailedException rollback) {
            strings(node.putArray("not_restored"), rollback.notRestored().stream().map(WorkspacePath::toString).toList());
            Throwable cause = rollback.getCause();
            node.set("cause", cause == null ? NODES.nullNode()
                    : NODES.objectNode().put("type", cause.getClass().getSimpleName()).put("message", cause.getMessage()));
        } else if (error instanceof CollisionAbortedException aborted) {
            ArrayNode collisions = node.putArray("collisions");
            for (Collision collision : aborted.report().collisions()) {
                collisions.addObject().put("path", collision.path().toString()).put("module", collision.moduleName());
            }
        } else if (error instanceof UntrustedJournalException untrusted) {
            node.put("path", untrusted.file().toString());
        } else if (error instanceof ReadOnlyTargetException readOnly) {
            strings(node.putArray("read_only"), readOnly.paths().stream().map(WorkspacePath::toString).toList());
        } else if (error instanceof WorkspaceException io) {
            node.put("path", io.path().map(WorkspacePath::toString).orElse(null));
        }
        return node;
    }

    /**
     * A bad command line; {@code type} is always {@code UsageError}.
     *
     * @param message picocli's description of the problem
     * @param command the command that was being parsed, such as {@code protostar init}
     */
    static ObjectNode usage(String message, String command) {
        return base("UsageError", message, "Run `" + command + " --help` to see the options.");
    }

    /** An unexpected error: {@code type} is the fully qualified class name. */
    static ObjectNode internal(Throwable error) {
        return base(error.getClass().getName(), error.getMessage(),
                "This is a bug in Protostar; please report it with the crash report printed on standard error.");
    }

    private static ObjectNode base(String type, String message, String hint) {
        return NODES.objectNode().put("type", type).put("message", message).put("hint", hint);
    }

    /** Positions are 1-based; 0 (unknown) becomes {@code null}. */
    private static void putPosition(ObjectNode node, String field, int value) {
        if (value > 0) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }
}
