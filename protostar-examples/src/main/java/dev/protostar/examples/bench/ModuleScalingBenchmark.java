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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 6, target 3: how the in-memory pipeline's cost grows with the number of modules. With
 * {@code modules = n} the run has the first {@code n} of Python (uv, without Ruff), Ruff, mypy,
 * pytest, pre-commit, direnv, markdownlint and Docker ({@link Pipelines#MODULES}), on a fresh empty
 * in-memory workspace with the simulated runner. Linear means the step from one count to the next
 * stays about the same.
 *
 * <p>Run: {@code java -jar protostar-examples/target/benchmarks.jar ModuleScaling}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
public class ModuleScalingBenchmark {

    /** How many of the modules run. */
    @Param({"1", "2", "3", "4", "5", "6", "7", "8"})
    public int modules;

    /** Creates a benchmark state; JMH instantiates it. */
    public ModuleScalingBenchmark() {
    }

    /** Checks once that the selection runs and changes files. */
    @Setup
    public void check() {
        Pipelines.requireChanges(run(), modules + " modules");
    }

    /** One run with the first {@link #modules} modules. */
    @Benchmark
    public RunReport run() {
        return Pipelines.firstModules(modules, Workspace.inMemory()).run();
    }
}
