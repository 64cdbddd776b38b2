package dev.protostar.examples.bench;

import dev.protostar.Protostar;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole pipeline (collision intercept, pre-flight, aggregation, validation, realization with
 * the simulated process runner, report) on an in-memory workspace: Python with uv and Ruff.
 *
 * <ul>
 *   <li>{@link #pythonIntoEmptyWorkspace}: a fresh, empty workspace per operation; the simulated
 *       {@code uv init} writes the {@code pyproject.toml} that Ruff's settings are merged into.
 *   <li>{@link #pythonForcedIntoSeededPyproject}: a fresh workspace holding a commented
 *       {@code pyproject.toml} of about 5 KiB, run with {@code force()} so the collision merges.
 *   <li>{@link #seedOnly}: creating and seeding that workspace alone, to show how little of the
 *       previous operation it is.
 * </ul>
 *
 * <p>Each run changes its workspace, so every operation needs a fresh one. It is created inside
 * the measured operation rather than in a {@code @Setup(Level.Invocation)} method: JMH documents
 * that invocation-level fixtures add timestamping overhead and skew results for operations near a
 * millisecond, while seeding here is one 5 KiB byte array written into an in-memory map
 * ({@link #seedOnly} measures it).
 *
 * <p>Run: {@code java -jar protostar-examples/target/benchmarks.jar Pipeline}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
public class PipelineBenchmark {

    private static final WorkspacePath PYPROJECT = WorkspacePath.of("pyproject.toml");

    private byte[] seed;

    /** Creates a benchmark state; JMH instantiates it. */
    public PipelineBenchmark() {
    }

    /** Prepares the 5 KiB document and checks once that both runs do what they are meant to. */
    @Setup
    public void prepare() {
        seed = PyprojectFixture.pyproject(5).getBytes(StandardCharsets.UTF_8);
        RunReport fresh = pythonIntoEmptyWorkspace();
        require(fresh.status() == RunStatus.SUCCESS && !fresh.changes().isEmpty(), "empty workspace: " + fresh);
        Workspace seeded = seedOnly();
        RunReport forced = Protostar.builder().workspace(seeded).python().force().run();
        String merged = seeded.readString(PYPROJECT);
        require(forced.status() == RunStatus.SUCCESS && merged.contains("\n[tool.ruff.lint]\n")
                && merged.startsWith("# pyproject.toml of orbital-sim"), "seeded workspace: " + forced);
        System.out.printf("%n[fixture] seeded pyproject.toml: %d bytes; empty-workspace run: %d changes,"
                + " seeded run: %d changes%n", seed.length, fresh.changes().size(), forced.changes().size());
    }

    /** {@code Protostar.builder().workspace(Workspace.inMemory()).python().run()}. */
    @Benchmark
    public RunReport pythonIntoEmptyWorkspace() {
        return Protostar.builder().workspace(Workspace.inMemory()).python().run();
    }

    /** The same with {@code force()}, on a fresh workspace seeded with the 5 KiB {@code pyproject.toml}. */
    @Benchmark
    public RunReport pythonForcedIntoSeededPyproject() {
        return Protostar.builder().workspace(seedOnly()).python().force().run();
    }

    /** Only the seeding part of {@link #pythonForcedIntoSeededPyproject}. */
    @Benchmark
    public Workspace seedOnly() {
        Workspace workspace = Workspace.inMemory();
        workspace.write(PYPROJECT, seed);
        return workspace;
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("Benchmark set-up check failed for the " + what);
        }
    }
}
