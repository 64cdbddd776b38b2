package dev.protostar.examples.bench;

import dev.protostar.api.RunReport;
import dev.protostar.api.Workspace;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 6, targets 2 and 3: the whole pipeline with every tool (Python with uv, Ruff, mypy,
 * pytest, pre-commit, direnv, markdownlint, Docker) on {@code Workspace.inMemory()} with the
 * simulated process runner, warm.
 *
 * <ul>
 *   <li>{@link #allToolsIntoEmptyWorkspace}: a fresh empty workspace per operation (target: at most
 *       0.5 ms).
 *   <li>{@link #allToolsForcedIntoSeededPyproject}: a fresh workspace holding a commented 5 KiB
 *       {@code pyproject.toml}, with {@code force()} (target: at most 1 ms).
 *   <li>{@link #oneThread} and {@link #twoThreads}: the empty-workspace run as throughput, on one
 *       and on two threads, each thread with workspaces of its own (target: two threads give at
 *       least 1.7 times the operations per millisecond of one). Compare their {@code ops/ms}.
 * </ul>
 *
 * <p>Run: {@code java -jar protostar-examples/target/benchmarks.jar AllToolsPipeline}.
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
public class AllToolsPipelineBenchmark {

    private byte[] seed;

    /** Creates a benchmark state; JMH instantiates it. */
    public AllToolsPipelineBenchmark() {
    }

    /** Prepares the 5 KiB document and checks once that both runs change files. */
    @Setup
    public void prepare() {
        seed = Pipelines.pyproject(5);
        Pipelines.requireChanges(allToolsIntoEmptyWorkspace(), "empty workspace");
        Pipelines.requireChanges(allToolsForcedIntoSeededPyproject(), "seeded workspace");
    }

    /** Every tool into a new, empty in-memory workspace. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public RunReport allToolsIntoEmptyWorkspace() {
        return Pipelines.allTools(Workspace.inMemory()).run();
    }

    /** Every tool, forced, into a new in-memory workspace seeded with the 5 KiB {@code pyproject.toml}. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public RunReport allToolsForcedIntoSeededPyproject() {
        return Pipelines.allTools(Pipelines.seeded(seed)).force().run();
    }

    /**
     * {@link #allToolsIntoEmptyWorkspace} as throughput on one thread. Its warm-up is long: the JIT
     * compiles for about 25 seconds before this code settles, and on two cores a compiler thread
     * still busy takes a core from {@link #twoThreads} (measured: 1.1 times the throughput of one
     * thread after 6 s of warm-up, 1.5 times after 30 s).
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 15, time = 2, timeUnit = TimeUnit.SECONDS)
    @Threads(1)
    public RunReport oneThread() {
        return allToolsIntoEmptyWorkspace();
    }

    /** {@link #allToolsIntoEmptyWorkspace} as throughput on two threads at once (sum of both); warm-up as {@link #oneThread}. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 15, time = 2, timeUnit = TimeUnit.SECONDS)
    @Threads(2)
    public RunReport twoThreads() {
        return allToolsIntoEmptyWorkspace();
    }
}
