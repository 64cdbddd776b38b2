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
 * Whether merging the ruff, mypy and pytest settings into a commented {@code pyproject.toml} grows
 * linearly with the file, from 30 KiB to 4 MiB, for two shapes of file: {@code pyproject}
 * ({@link PyprojectFixture#pyproject}: a few hundred to a few thousand commented tool tables, the new
 * tables moved up above {@code [dependency-groups]}) and {@code custom} ({@link
 * PyprojectFixture#customSections}, issue 16's shape: a {@code # section i} comment, a
 * {@code [tool.custom<i>]} table and a {@code [[tool.custom<i>.items]]} entry, repeated; about
 * 36,000 headers in 4 MiB, half of them arrays of tables). {@link #mergeAll} is the executor's path,
 * {@code TomlMerger.mergeAll} with the three payloads; {@link #parseOnly} is one tomlj parse of the
 * same text, the floor.
 *
 * <p>Fit the exponent of time against size from the JSON results:
 * {@code java -jar protostar-examples/target/benchmarks.jar TomlScaling -rf json -rff scaling.json}, then
 * {@code java -cp protostar-examples/target/benchmarks.jar dev.protostar.examples.bench.PowerLawFit
 * scaling.json}. The heap is pinned to 2 GiB, as in {@link TomlMergeBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 4, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
public class TomlScalingBenchmark {

    private static final WorkspacePath PATH = WorkspacePath.of("pyproject.toml");

    /** The document's shape: {@code pyproject} or {@code custom}. */
    @Param({"pyproject", "custom"})
    public String shape;

    /** Nominal document size in KiB. */
    @Param({"30", "250", "1000", "4000"})
    public int kilobytes;

    private String document;

    /** Creates a public benchmark state; JMH instantiates it. */
    public TomlScalingBenchmark() {
    }

    /** Generates the document and checks once that the merge adds the tool tables. */
    @Setup
    public void generate() {
        document = FixtureFile.document(shape, kilobytes);
        String merged = mergeAll();
        for (String header : new String[] {"[tool.ruff]", "[tool.ruff.lint]", "[tool.mypy]", "[tool.pytest.ini_options]"}) {
            if (!merged.contains("\n" + header + "\n")) {
                throw new IllegalStateException("The merge did not add " + header + " to the " + shape + " document");
            }
        }
        System.out.printf("%n[fixture] shape=%s kilobytes=%d: document %d bytes, merged %d bytes%n",
                shape, kilobytes, PyprojectFixture.bytes(document), PyprojectFixture.bytes(merged));
    }

    /** The three payloads merged together, as the executor does. */
    @Benchmark
    public String mergeAll() {
        return TomlMerger.mergeAll(PATH, document, PyprojectFixture.PAYLOADS, Resolution.MERGE).text();
    }

    /** Baseline: tomlj parses the same document once, nothing else. */
    @Benchmark
    public TomlParseResult parseOnly() {
        return Toml.parse(document);
    }
}
