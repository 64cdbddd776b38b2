package dev.protostar.core.orchestrator;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.Collision;
import dev.protostar.api.CollisionAbortedException;
import dev.protostar.api.CollisionReport;
import dev.protostar.api.ConfigurationException;
import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.ExecutionContext;
import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.MissingBinary;
import dev.protostar.api.Phase;
import dev.protostar.api.Plan;
import dev.protostar.api.PreflightException;
import dev.protostar.api.ProcessRunner;
import dev.protostar.api.Resolution;
import dev.protostar.api.RunReport;
import dev.protostar.api.SystemExecutor;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.toml.TomlDocuments;
import dev.protostar.core.process.SimulatedProcessRunner;
import dev.protostar.core.workspace.CopyOnWriteWorkspace;
import dev.protostar.core.journal.MutationJournal;
import dev.protostar.core.journal.WorkspaceSession;
import dev.protostar.core.lifecycle.Stewardship;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs the lifecycle of DESIGN.md §4: collision intercept, pre-flight, aggregation, validation,
 * realization, report. Nothing is written before validation has passed (apart from the run lock in
 * {@code .protostar/}, removed again); a failure during realization restores the workspace.
 * {@link #plan} makes the same run as a dry run. Stateless apart from the executor it is given: one
 * instance may serve many runs.
 */
public final class Orchestrator {

    private final DefaultSystemExecutor executor = new DefaultSystemExecutor();
    /** The host's executor, or {@code null} for the built-in path (lock, journal, validation, realization). */
    private final SystemExecutor hostExecutor;

    /** An orchestrator with the built-in executor. */
    public Orchestrator() {
        this.hostExecutor = null;
    }

    /**
     * An orchestrator that hands every manifest to {@code executor}: it runs collision intercept,
     * pre-flight and aggregation itself, then calls {@link SystemExecutor#execute} once per run (and
     * once per {@linkplain #plan plan}, on the plan's overlay with simulated tasks). The executor
     * then owns the rest of the run: the workspace's lock, validation, realization and restoring the
     * workspace on failure; the request's journal key is not used. The durations of its phases are
     * those of the report it returns.
     */
    public Orchestrator(SystemExecutor executor) {
        this.hostExecutor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * Runs {@code request} to completion: takes the workspace's run lock (a second run on the same
     * workspace fails at once), rolls back what a killed earlier run left (saying so in a warning),
     * then runs the phases; the lock and {@code .protostar/} are gone again when it returns or throws.
     *
     * @throws dev.protostar.api.ProtostarException (a subclass) for every expected failure
     */
    public RunReport run(RunRequest request) {
        return run(request, WorkspaceSession.identity(request.workspace()));
    }

    /** {@link #run(RunRequest)}, with the journal bound to {@code journalIdentity} (a dry run binds to the real folder). */
    private RunReport run(RunRequest request, String journalIdentity) {
        if (hostExecutor != null) {
            return runWithHostExecutor(request);
        }
        try (WorkspaceSession session =
                WorkspaceSession.open(request.workspace(), request.journalKey(), journalIdentity)) {
            session.recoveryNote().ifPresent(request.listener()::warning);
            RunReport report = runLocked(request, session.journal());
            List<String> leftovers = session.finish();
            leftovers.forEach(request.listener()::warning);
            return RunReports.withSessionNotes(report, session.recoveryNote(), leftovers);
        }
    }

    /** The orchestrator's phases, then the host's executor for the rest; it takes the lock, if any. */
    private RunReport runWithHostExecutor(RunRequest request) {
        Map<Phase, Duration> durations = new EnumMap<>(Phase.class);
        Prepared prepared = prepare(request, durations);
        RunReport executed = Objects.requireNonNull(hostExecutor.execute(prepared.manifest(), prepared.context()),
                "the system executor returned null");
        durations.putAll(executed.phaseDurations());
        return new RunReport(executed.status(), executed.changes(), executed.warnings(), executed.kept(),
                executed.tasks(), durations);
    }

    /** What the phases before validation produce: the manifest and the context to apply it in. */
    private record Prepared(EnvironmentManifest manifest, ExecutionContext context, TomlDocuments documents,
            Stewardship stewardship) {}

    /** Collision intercept, pre-flight and aggregation: nothing is written. */
    private static Prepared prepare(RunRequest request, Map<Phase, Duration> durations) {
        List<String> skippedWarnings = new ArrayList<>();
        List<BootstrapModule> active = activeModules(request.modules(), skippedWarnings);
        TomlDocuments documents = new TomlDocuments(); // each TOML text is parsed once per run

        CancelPoint.check(request.cancelRequested(), "checking for existing project files");
        Stewardship stewardship = Stewardship.open(request.workspace(), request.lifecycle());
        Resolution resolution = PhaseTimer.time(Phase.COLLISION_INTERCEPT, request.listener(), durations,
                () -> interceptCollisions(request, active, stewardship));
        CancelPoint.check(request.cancelRequested(), "checking the required programs");
        PhaseTimer.time(Phase.PREFLIGHT, request.listener(), durations, () -> {
            preflight(request, active, resolution);
            return null;
        });
        CancelPoint.check(request.cancelRequested(), "collecting the modules' declarations");
        EnvironmentManifest manifest = PhaseTimer.time(Phase.AGGREGATION, request.listener(), durations,
                () -> aggregate(request, active, resolution, skippedWarnings, documents));
        ExecutionContext context =
                new ExecutionContext(request.workspace(), resolution, request.processRunner(), request.listener(),
                        request.forceReadOnly(), request.taskPolicy(), request.cancelRequested());
        return new Prepared(manifest, context, documents, stewardship);
    }

    /** The phases, with the workspace locked and its journal open. */
    private RunReport runLocked(RunRequest request, MutationJournal journal) {
        Map<Phase, Duration> durations = new EnumMap<>(Phase.class);
        Prepared prepared = prepare(request, durations);
        EnvironmentManifest manifest = prepared.manifest();
        ExecutionContext context = prepared.context();
        TomlDocuments documents = prepared.documents();
        CancelPoint.check(request.cancelRequested(), "validating the existing files");
        PhaseTimer.time(Phase.VALIDATION, request.listener(), durations, () -> {
            executor.validate(manifest, context, documents);
            return null;
        });
        CancelPoint.check(request.cancelRequested(), "changing anything");
        RealizationResult result = PhaseTimer.time(Phase.REALIZATION, request.listener(), durations,
                () -> executor.realize(manifest, context, journal, documents, prepared.stewardship()));
        RunReport report = PhaseTimer.time(Phase.REPORT, request.listener(), durations,
                () -> RunReports.of(manifest, result, durations));
        return new RunReport(report.status(), report.changes(), report.warnings(), report.kept(), report.tasks(),
                durations, report.reconciliation());
    }

    /**
     * Makes the plan of {@code request}: what {@link #run} would do, found without writing a byte to
     * the request's workspace or starting a process.
     *
     * <p>The whole lifecycle runs, with the request's modules and collision strategy, on a {@link
     * CopyOnWriteWorkspace} over the request's workspace; the plan lists the net change of every
     * path. Pre-flight asks {@code request.binaryLocator()} as a run would, so pass the locator the
     * real run would use: a program missing there fails the plan as it would fail the run. System
     * tasks are simulated: by {@code request.processRunner()} when it {@linkplain
     * dev.protostar.api.ProcessRunner#isSimulated() is simulated} (a {@link SimulatedProcessRunner}
     * named after the workspace's folder), otherwise by a new {@link SimulatedProcessRunner} named
     * after it; a command that runner does not model is assumed to succeed without effects and is
     * marked in the plan. The listener hears the events of the dry run.
     *
     * @throws dev.protostar.api.ProtostarException (a subclass) exactly where {@link #run} would
     *     fail before its first write (collision abort, pre-flight, configuration, validation), and a
     *     {@link dev.protostar.api.TaskFailedException} when a required task's simulation fails
     */
    public Plan plan(RunRequest request) {
        CopyOnWriteWorkspace overlay = CopyOnWriteWorkspace.over(request.workspace());
        AttributingWorkspace attributed = new AttributingWorkspace(overlay);
        DryRunProcessRunner runner = new DryRunProcessRunner(simulationFor(request), attributed);
        RunReport report = run(request.on(attributed, runner), WorkspaceSession.identity(request.workspace()));
        return PlanAssembler.assemble(overlay, attributed, runner, report);
    }

    private static ProcessRunner simulationFor(RunRequest request) {
        ProcessRunner configured = request.processRunner();
        if (configured instanceof SimulatedProcessRunner simulated) {
            return simulated.withFolderNameOf(request.workspace());
        }
        if (configured.isSimulated()) {
            return configured;
        }
        return SimulatedProcessRunner.create().withFolderNameOf(request.workspace());
    }

    /** Registry order, duplicates refused, and modules whose requirements are absent skipped with a warning. */
    private static List<BootstrapModule> activeModules(List<BootstrapModule> modules, List<String> warnings) {
        List<BootstrapModule> ordered = new ArrayList<>(modules);
        ordered.sort(Comparator.comparing(BootstrapModule::category));
        Set<String> ids = new HashSet<>();
        for (BootstrapModule module : ordered) {
            if (!ids.add(module.id())) {
                throw new ConfigurationException("Two modules share the id \"" + module.id() + "\".",
                        "Select each module once; a custom module needs an id of its own.");
            }
        }
        List<BootstrapModule> active = new ArrayList<>();
        for (BootstrapModule module : ordered) {
            List<String> missing = module.requires().stream().filter(id -> !ids.contains(id)).sorted().toList();
            if (missing.isEmpty()) {
                active.add(module);
            } else {
                warnings.add(module.displayName() + " needs " + String.join(", ", missing.stream()
                        .map(Orchestrator::displayNameOf).toList()) + ", which is not selected; "
                        + module.displayName() + " was skipped.");
            }
        }
        return active;
    }

    private static String displayNameOf(String id) {
        return id.isEmpty() ? id : Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    /** Asks the collision strategy about existing files the modules would touch; files the lock manages are not asked about. */
    private static Resolution interceptCollisions(RunRequest request, List<BootstrapModule> active,
            Stewardship stewardship) {
        WorkspaceModuleContext context = new WorkspaceModuleContext(request.workspace(), active, Resolution.MERGE);
        List<Collision> collisions = new ArrayList<>();
        Set<WorkspacePath> seen = new HashSet<>();
        for (BootstrapModule module : active) {
            for (WorkspacePath marker : new TreeSet<>(module.collisionMarkers(context))) {
                if (request.workspace().exists(marker) && !stewardship.manages(marker) && seen.add(marker)) {
                    collisions.add(new Collision(marker, module.id(), module.displayName()));
                }
            }
        }
        if (collisions.isEmpty()) {
            return Resolution.MERGE;
        }
        CollisionReport report = new CollisionReport(request.workspace().describe(), collisions);
        Resolution resolution = Objects.requireNonNull(request.collisionStrategy().resolve(report),
                "the collision strategy returned null");
        if (resolution == Resolution.ABORT) {
            throw new CollisionAbortedException(report);
        }
        return resolution;
    }

    private static void preflight(RunRequest request, List<BootstrapModule> active, Resolution resolution) {
        WorkspaceModuleContext context = new WorkspaceModuleContext(request.workspace(), active, resolution);
        Map<String, List<String>> neededBy = new LinkedHashMap<>();
        for (BootstrapModule module : active) {
            for (String binary : new TreeSet<>(module.requiredBinaries(context))) {
                neededBy.computeIfAbsent(binary, b -> new ArrayList<>()).add(module.displayName());
            }
        }
        List<MissingBinary> missing = new ArrayList<>();
        neededBy.forEach((binary, modules) -> {
            if (!request.binaryLocator().isAvailable(binary)) {
                Optional<String> hint = active.stream().filter(module -> modules.contains(module.displayName()))
                        .map(module -> module.installHint(binary)).flatMap(Optional::stream).findFirst();
                missing.add(new MissingBinary(binary, modules, hint));
            }
        });
        if (!missing.isEmpty()) {
            throw new PreflightException(missing);
        }
    }

    private static EnvironmentManifest aggregate(
            RunRequest request, List<BootstrapModule> active, Resolution resolution, List<String> warnings,
            TomlDocuments documents) {
        WorkspaceModuleContext context = new WorkspaceModuleContext(request.workspace(), active, resolution, documents);
        ManifestBuilder builder = EnvironmentManifest.builder();
        warnings.forEach(builder::warning);
        for (BootstrapModule module : active) {
            module.contribute(builder, context);
        }
        EnvironmentManifest manifest = builder.build();
        manifest.warnings().forEach(request.listener()::warning);
        return manifest;
    }
}
