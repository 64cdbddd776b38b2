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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 6, target 2: the first all-tools run in a fresh JVM, class loading and interpretation
 * included (target: at most 150 ms). Every fork is a new JVM that makes exactly one run; the score
 * is over the forks. The forks use plain JDK defaults (no AOT cache), as an embedding application
 * would; JMH's own classes are loaded before the run and not counted.
 *
 * <p>Run: {@code java -jar protostar-examples/target/benchmarks.jar FirstRun}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 15)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class FirstRunBenchmark {

    /** Creates the benchmark; JMH instantiates it. */
    public FirstRunBenchmark() {
    }

    /** Python, Ruff, mypy, pytest, pre-commit, direnv, markdownlint, Docker into an empty in-memory workspace. */
    @Benchmark
    public RunReport firstAllToolsRun() {
        return Pipelines.allTools(Workspace.inMemory()).run();
    }
}
