package dev.protostar.examples.bench;

import dev.protostar.api.Resolution;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.toml.TomlMerger;
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
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/**
 * How the cost of merging the ruff, mypy and pytest settings into a commented
 * {@code pyproject.toml} grows with the size of the file, next to the cost of only parsing it.
 *
 * <p>One {@link #mergeRuffMypyPytest} operation applies the three payloads in sequence, each to
 * the previous result, exactly as the executor does for one target file. The documents come from
 * {@link PyprojectFixture}; their actual sizes are printed during set-up. Iterations are
 * time-based (2 s), so the 1 MB case simply completes fewer operations per iteration than the small
 * ones; the settings are the same for every size. The heap is pinned to 2 GiB so that results
 * do not depend on the machine's memory: the JVM sizes the heap, and with it G1's region size and
 * so which arrays count as humongous, from the RAM it finds, and at 1 MB that decides how much of
 * an operation is garbage collection. {@link MergeScaling} splits the same work into thread CPU
 * time and collector time.
 *
 * <p>Run: {@code java -jar protostar-examples/target/benchmarks.jar TomlMerge}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
public class TomlMergeBenchmark {

    private static final WorkspacePath PATH = WorkspacePath.of("pyproject.toml");

    /** Nominal document size in KiB (1 KiB to 1 MiB). */
    @Param({"1", "10", "100", "300", "1000"})
    public int kilobytes;

    private String document;

    /** Creates a public benchmark state; JMH instantiates it. */
    public TomlMergeBenchmark() {
    }

    /** Generates the document and checks once that the merge really adds all three tool tables. */
    @Setup
    public void generate() {
        document = PyprojectFixture.pyproject(kilobytes);
        String merged = mergeAll(document);
        for (String header : new String[] {"[tool.ruff]", "[tool.ruff.lint]", "[tool.mypy]", "[tool.pytest.ini_options]"}) {
            if (!merged.contains("\n" + header + "\n")) {
                throw new IllegalStateException("The merge did not add " + header + " to the " + kilobytes + " KiB document");
            }
        }
        if (!merged.equals(mergeAllRuffMypyPytest())) {
            throw new IllegalStateException("mergeAll and three merges differ on the " + kilobytes + " KiB document");
        }
        // Everything above the fixture's last table must come back unchanged.
        if (!merged.startsWith(document.substring(0, document.lastIndexOf("\n# Development dependencies") + 1))) {
            throw new IllegalStateException("The merge changed the user's text above the added tables");
        }
        System.out.printf("%n[fixture] kilobytes=%d: document %d bytes, merged %d bytes%n",
                kilobytes, PyprojectFixture.bytes(document), PyprojectFixture.bytes(merged));
    }

    /** Merges ruff, then mypy, then pytest into the document (the op measured). */
    @Benchmark
    public String mergeRuffMypyPytest() {
        return mergeAll(document);
    }

    /**
     * The three payloads together, as the executor applies consecutive TOML payloads for one file
     * ({@code TomlMerger.mergeAll}: one parse, one rendering and one check instead of one each per
     * payload). Same result as {@link #mergeRuffMypyPytest}.
     */
    @Benchmark
    public String mergeAllRuffMypyPytest() {
        return TomlMerger.mergeAll(PATH, document, PyprojectFixture.PAYLOADS, Resolution.MERGE).text();
    }

    /** Baseline: tomlj parses the same document once, nothing else. */
    @Benchmark
    public TomlParseResult parseOnly() {
        return Toml.parse(document);
    }

    private static String mergeAll(String existing) {
        String text = existing;
        for (String payload : PyprojectFixture.PAYLOADS) {
            text = TomlMerger.merge(PATH, text, payload, Resolution.MERGE).text();
        }
        return text;
    }
}
