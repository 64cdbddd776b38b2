package dev.protostar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.ExecutionContext;
import dev.protostar.api.JournalKey;
import dev.protostar.api.Phase;
import dev.protostar.api.Plan;
import dev.protostar.api.Resolution;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.api.SystemExecutor;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.testing.WorkspaceSnapshot;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code Protostar.builder().executor(...)}: the run hands its manifest to the host's executor. */
class ExecutorPluggabilityTest {

    /** Remembers every call, then delegates (or not). */
    private static final class RecordingExecutor implements SystemExecutor {
        private final SystemExecutor delegate;
        final List<EnvironmentManifest> manifests = new ArrayList<>();
        final List<ExecutionContext> contexts = new ArrayList<>();

        RecordingExecutor(SystemExecutor delegate) {
            this.delegate = delegate;
        }

        @Override
        public RunReport execute(EnvironmentManifest manifest, ExecutionContext context) {
            manifests.add(manifest);
            contexts.add(context);
            if (delegate == null) {
                return new RunReport(RunStatus.NO_CHANGES, List.of(), List.of(), List.of(), List.of(), Map.of());
            }
            return delegate.execute(manifest, context);
        }
    }

    @Test
    void theRunAppliesItsManifestThroughTheGivenExecutor() {
        Workspace workspace = Workspace.inMemory();
        RecordingExecutor executor = new RecordingExecutor(Protostar.defaultExecutor(JournalKey.random()));

        RunReport report = Protostar.builder().workspace(workspace).python().executor(executor).run();

        assertThat(executor.manifests).hasSize(1);
        assertThat(executor.manifests.get(0).vcsIgnores()).contains(".venv/", ".ruff_cache/");
        ExecutionContext context = executor.contexts.get(0);
        assertThat(context.workspace()).isSameAs(workspace);
        assertThat(context.resolution()).isEqualTo(Resolution.MERGE);
        assertThat(context.processRunner().isSimulated()).isTrue();
        assertThat(report.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(workspace.readString(WorkspacePath.of("pyproject.toml"))).isEqualTo(ExpectedFiles.UV_PYPROJECT);
        // The run's own phases and the executor's, in phase order.
        assertThat(report.phaseDurations().keySet()).containsExactly(Phase.COLLISION_INTERCEPT, Phase.PREFLIGHT,
                Phase.AGGREGATION, Phase.VALIDATION, Phase.REALIZATION);
    }

    @Test
    void anExecutorThatWritesNothingLeavesTheWorkspaceAsItWas() {
        Workspace workspace = Workspace.inMemory();
        workspace.write(WorkspacePath.of("notes.txt"), "mine\n".getBytes(StandardCharsets.UTF_8));
        Map<String, String> before = WorkspaceSnapshot.of(workspace);
        RecordingExecutor executor = new RecordingExecutor(null);

        RunReport report = Protostar.builder().workspace(workspace).python().executor(executor).run();

        assertThat(executor.manifests).hasSize(1);
        assertThat(report.status()).isEqualTo(RunStatus.NO_CHANGES);
        assertThat(report.changes()).isEmpty();
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
    }

    @Test
    void aPlanAsksTheExecutorOnAnOverlayAndLeavesTheWorkspaceAlone() {
        Workspace workspace = Workspace.inMemory();
        Map<String, String> before = WorkspaceSnapshot.of(workspace);
        RecordingExecutor executor = new RecordingExecutor(Protostar.defaultExecutor(JournalKey.random()));

        Plan plan = Protostar.builder().workspace(workspace).python().executor(executor).plan();

        assertThat(executor.contexts).hasSize(1);
        assertThat(executor.contexts.get(0).workspace()).isNotSameAs(workspace);
        assertThat(executor.contexts.get(0).processRunner().isSimulated()).isTrue();
        assertThat(plan.change(WorkspacePath.of("pyproject.toml"))).isPresent();
        // Protostar's run folder (.protostar/, lock and journal) never shows; the project's .protostar.toml does.
        assertThat(plan.paths()).noneMatch(path -> path.toString().equals(".protostar")
                || path.toString().startsWith(".protostar/"));
        assertThat(plan.paths()).contains(WorkspacePath.of(".protostar.toml"));
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
    }
}
