package dev.protostar.examples.bench;

import dev.protostar.Protostar;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

/** The module selections the pipeline benchmarks run, and the checks their set-ups make. */
final class Pipelines {

    /** {@code pyproject.toml}. */
    static final WorkspacePath PYPROJECT = WorkspacePath.of("pyproject.toml");

    /**
     * The modules in the order {@link ModuleScalingBenchmark} adds them: Python (uv, without Ruff),
     * then Ruff, mypy, pytest, pre-commit, direnv, markdownlint, Docker.
     */
    static final List<UnaryOperator<Protostar.Builder>> MODULES = List.of(
            b -> b.python().noRuff(), Protostar.Builder::ruff, Protostar.Builder::mypy, Protostar.Builder::pytest,
            Protostar.Builder::preCommit, Protostar.Builder::direnv, Protostar.Builder::markdownlint,
            Protostar.Builder::docker);

    private Pipelines() {
    }

    /** A builder on {@code workspace} with the first {@code count} of {@link #MODULES}. */
    static Protostar.Builder firstModules(int count, Workspace workspace) {
        Protostar.Builder builder = Protostar.builder().workspace(workspace);
        for (UnaryOperator<Protostar.Builder> module : MODULES.subList(0, count)) {
            builder = module.apply(builder);
        }
        return builder;
    }

    /** Python, Ruff, mypy, pytest, pre-commit, direnv, markdownlint and Docker on {@code workspace}. */
    static Protostar.Builder allTools(Workspace workspace) {
        return firstModules(MODULES.size(), workspace);
    }

    /** A fresh in-memory workspace holding {@code pyproject} as its {@code pyproject.toml}. */
    static Workspace seeded(byte[] pyproject) {
        Workspace workspace = Workspace.inMemory();
        workspace.write(PYPROJECT, pyproject);
        return workspace;
    }

    /** The bytes of a commented {@code pyproject.toml} of about {@code kilobytes} KiB. */
    static byte[] pyproject(int kilobytes) {
        return PyprojectFixture.pyproject(kilobytes).getBytes(StandardCharsets.UTF_8);
    }

    /** Fails the set-up when {@code report} is not a successful run that changed files. */
    static RunReport requireChanges(RunReport report, String what) {
        if (report.status() != RunStatus.SUCCESS || report.changes().isEmpty()) {
            throw new IllegalStateException("Benchmark set-up check failed for the " + what + ": " + report);
        }
        return report;
    }
}
