package dev.protostar.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.protostar.api.Change;
import dev.protostar.api.ConflictChoice;
import dev.protostar.api.ManagedChange;
import dev.protostar.api.ProjectStatus;
import dev.protostar.api.Reconciliation;
import dev.protostar.api.SyncConflict;
import dev.protostar.api.KeptValue;
import dev.protostar.api.Phase;
import dev.protostar.api.Plan;
import dev.protostar.api.PlannedChange;
import dev.protostar.api.PlannedTask;
import dev.protostar.api.PreflightException;
import dev.protostar.api.ProtostarException;
import dev.protostar.api.RunReport;
import dev.protostar.api.TaskRun;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The one JSON document {@code protostar init --json} prints on standard output. Every document
 * starts with {@code api_version}, {@code status}, {@code exit_code} and {@code workspace}; a
 * completed run adds {@code changes}, {@code warnings}, {@code kept}, {@code tasks} and {@code
 * phases_ms}, every other outcome adds {@code error} (see {@link JsonError}). The README's
 * "Machine interface (--json)" section is the schema's reference; a change that breaks a
 * consumer of it raises {@link #API_VERSION}.
 */
final class JsonReport {

    /** The schema version in {@code api_version}. */
    static final int API_VERSION = 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode document;

    private JsonReport(ObjectNode document) {
        this.document = document;
    }

    /** A run that completed: exit code 0 and everything the report says. */
    static JsonReport success(RunReport report, Path workspace) {
        return success(report, workspace, ExitCodes.SUCCESS);
    }

    /** A run that completed with {@code exitCode} (1 when a sync left conflicts). */
    static JsonReport success(RunReport report, Path workspace, int exitCode) {
        ObjectNode document = header(JsonStatus.of(report.status()), exitCode, workspace);
        ArrayNode changes = document.putArray("changes");
        report.changes().forEach(change -> changes.add(change(change)));
        ArrayNode warnings = document.putArray("warnings");
        report.warnings().forEach(warnings::add);
        ArrayNode kept = document.putArray("kept");
        report.kept().forEach(value -> kept.add(kept(value)));
        ArrayNode tasks = document.putArray("tasks");
        report.tasks().forEach(task -> tasks.add(task(task)));
        ObjectNode phases = document.putObject("phases_ms");
        for (Map.Entry<Phase, Duration> phase : report.phaseDurations().entrySet()) {
            phases.put(phase.getKey().name(), phase.getValue().toMillis());
        }
        reconciliation(document, report.reconciliation());
        return new JsonReport(document);
    }

    /**
     * {@code protostar status} or {@code sync --check}: the plan of the sync, {@code tracked}, {@code
     * in_step}, the {@code reasons} it is not, and the {@code drift} of the recipe from the lock.
     */
    static JsonReport status(ProjectStatus status, Path workspace, int exitCode) {
        ObjectNode document = planDocument(status.plan(), header(JsonStatus.SUCCESS, exitCode, workspace));
        document.put("tracked", status.tracked());
        document.put("in_step", status.inStep());
        ArrayNode reasons = document.putArray("reasons");
        status.reasons().forEach(reasons::add);
        ArrayNode drift = document.putArray("drift");
        status.drift().forEach(drift::add);
        return new JsonReport(document);
    }

    /** {@code protostar eject}: the changes it made (none when the project was not tracked). */
    static JsonReport ejected(List<Change> changes, Path workspace) {
        ObjectNode document = header(changes.isEmpty() ? JsonStatus.NO_CHANGES : JsonStatus.SUCCESS,
                ExitCodes.SUCCESS, workspace);
        ArrayNode list = document.putArray("changes");
        changes.forEach(change -> list.add(change(change)));
        return new JsonReport(document);
    }

    /**
     * {@code tracked}, {@code managed} (what happened to each managed value: added, updated, retracted,
     * preserved, kept, resolved, declined) and {@code conflicts} (each with its id and the {@code
     * --resolve} options that decide it).
     */
    private static void reconciliation(ObjectNode document, Reconciliation reconciliation) {
        document.put("tracked", reconciliation.tracked());
        ArrayNode managed = document.putArray("managed");
        for (ManagedChange change : reconciliation.changes()) {
            managed.addObject()
                    .put("path", change.path().toString())
                    .put("key", change.key())
                    .put("kind", change.kind().id())
                    .put("before", change.before().orElse(null))
                    .put("after", change.after().orElse(null));
        }
        ArrayNode conflicts = document.putArray("conflicts");
        for (SyncConflict conflict : reconciliation.conflicts()) {
            ObjectNode node = conflicts.addObject()
                    .put("id", conflict.id())
                    .put("path", conflict.path().toString())
                    .put("key", conflict.key())
                    .put("kind", conflict.kind())
                    .put("base", conflict.base().orElse(null))
                    .put("local", conflict.local().orElse(null))
                    .put("desired", conflict.desired().orElse(null));
            ObjectNode resolve = node.putObject("resolve");
            for (ConflictChoice choice : ConflictChoice.values()) {
                resolve.put(choice.id(), conflict.resolveOption(choice));
            }
        }
    }

    /**
     * A dry run ({@code --dry-run}): {@code "dry_run": true}, the status the run would end with, the
     * planned changes with their unified diffs, the commands that would run, warnings and kept
     * values. Every planned task is simulated.
     */
    static JsonReport plan(Plan plan, Path workspace) {
        return new JsonReport(planDocument(plan, header(JsonStatus.of(plan.status()), ExitCodes.SUCCESS, workspace)));
    }

    /**
     * A dry run that a real run would fail in pre-flight: status {@code FAILED}, exit code 69, the plan
     * made as if the missing programs were there, and the {@code error} listing them ({@code missing}).
     */
    static JsonReport plan(Plan plan, Path workspace, PreflightException wouldFail) {
        ObjectNode document = planDocument(plan, header(JsonStatus.FAILED, wouldFail.exitCode(), workspace));
        document.set("error", JsonError.of(wouldFail));
        return new JsonReport(document);
    }

    private static ObjectNode planDocument(Plan plan, ObjectNode document) {
        document.put("dry_run", true);
        document.put("exact", plan.isExact());
        ArrayNode changes = document.putArray("changes");
        for (PlannedChange change : plan.changes()) {
            ObjectNode node = changes.addObject();
            node.put("path", change.path().toString());
            node.put("kind", change.kind().name());
            ArrayNode by = node.putArray("by");
            change.by().forEach(by::add);
            node.put("simulated", change.simulated());
            node.put("diff", change.diff());
        }
        ArrayNode tasks = document.putArray("tasks");
        for (PlannedTask task : plan.tasks()) {
            ObjectNode node = tasks.addObject();
            ArrayNode command = node.putArray("command");
            task.task().command().forEach(command::add);
            node.put("description", task.description());
            node.put("simulated", task.simulated());
            node.put("effects_known", task.effectsKnown());
        }
        ArrayNode warnings = document.putArray("warnings");
        plan.warnings().forEach(warnings::add);
        ArrayNode kept = document.putArray("kept");
        plan.kept().forEach(value -> kept.add(kept(value)));
        reconciliation(document, plan.reconciliation());
        return document;
    }

    /** A run that ended with a Protostar error: its exit code and the error's details. */
    static JsonReport failure(ProtostarException error, Path workspace) {
        ObjectNode document = header(JsonStatus.of(error), error.exitCode(), workspace);
        document.set("error", JsonError.of(error));
        return new JsonReport(document);
    }

    /**
     * A command line that could not be used; the workspace is not known, so it is {@code null}.
     *
     * @param message what is wrong
     * @param command the command that was being parsed, such as {@code protostar init}
     * @param exitCode the exit code picocli chose (2)
     */
    static JsonReport usageError(String message, String command, int exitCode) {
        ObjectNode document = header(JsonStatus.USAGE_ERROR, exitCode, null);
        document.set("error", JsonError.usage(message, command));
        return new JsonReport(document);
    }

    /** An unexpected error (a bug); {@code workspace} is {@code null} when it was not resolved yet. */
    static JsonReport internalError(Throwable error, Path workspace) {
        ObjectNode document = header(JsonStatus.INTERNAL_ERROR, ExitCodes.INTERNAL_ERROR, workspace);
        document.set("error", JsonError.internal(error));
        return new JsonReport(document);
    }

    /**
     * Prints the document on one line, followed by a line break, and flushes. Non-ASCII characters
     * are escaped, so the output is the same whatever the console's encoding.
     */
    void writeTo(PrintWriter out) {
        JsonMapper mapper = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
        try {
            out.println(mapper.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot serialize the JSON report", e);
        }
        out.flush();
    }

    private static ObjectNode header(JsonStatus status, int exitCode, Path workspace) {
        return NODES.objectNode()
                .put("api_version", API_VERSION)
                .put("status", status.name())
                .put("exit_code", exitCode)
                .put("workspace", workspace == null ? null : workspace.toAbsolutePath().toString());
    }

    private static ObjectNode change(Change change) {
        return NODES.objectNode()
                .put("path", change.path().toString())
                .put("kind", change.kind().name())
                .put("by", change.by())
                .put("sha256_before", change.digestBefore().orElse(null))
                .put("sha256_after", change.digestAfter().orElse(null));
    }

    private static ObjectNode kept(KeptValue value) {
        return NODES.objectNode().put("file", value.file().toString()).put("key", value.key());
    }

    private static ObjectNode task(TaskRun run) {
        ObjectNode node = NODES.objectNode();
        ArrayNode command = node.putArray("command");
        run.task().command().forEach(command::add);
        return node.put("description", run.task().description())
                .put("exit_code", run.result().exitCode())
                .put("timed_out", run.result().timedOut())
                .put("simulated", run.simulated())
                .put("duration_ms", run.result().duration().toMillis());
    }
}
