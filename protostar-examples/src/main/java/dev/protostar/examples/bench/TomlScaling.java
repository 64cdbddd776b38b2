package dev.protostar.examples.bench;

import dev.protostar.api.Resolution;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.toml.TomlMerger;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import org.tomlj.Toml;

/**
 * The scaling test of the TOML merge (not JMH, about a minute): for each document shape of
 * {@link TomlScalingBenchmark} and each size, the median wall time and thread CPU time of
 * {@code TomlMerger.mergeAll} with the ruff, mypy and pytest payloads (and of one tomlj parse, the
 * floor), the bytes allocated per merge, and then the exponent of a least-squares fit of
 * log(time) against log(size) ({@link PowerLawFit}): 1 is linear, 2 quadratic. Thread CPU time is
 * the merge's own work, unaffected by other processes taking the cores.
 *
 * <p>Run, after the bench build: {@code java -Xms2g -Xmx2g -cp protostar-examples/target/benchmarks.jar
 * dev.protostar.examples.bench.TomlScaling} (arguments: sizes in KiB, default {@code 30,250,1000,4000};
 * shapes, default {@code pyproject,custom}).
 */
public final class TomlScaling {

    private static final WorkspacePath PATH = WorkspacePath.of("pyproject.toml");

    private TomlScaling() {
    }

    /**
     * Measures and prints one line per shape and size, then the fitted exponents per shape.
     *
     * @param args comma-separated sizes in KiB, then comma-separated shapes
     */
    public static void main(String[] args) {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "30,250,1000,4000").split(","))
                .mapToInt(size -> Integer.parseInt(size.strip())).toArray();
        String[] shapes = (args.length > 1 ? args[1] : "pyproject,custom").split(",");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (String shape : shapes) {
            String warm = FixtureFile.document(shape, 30);
            long until = System.nanoTime() + 8_000_000_000L;
            while (System.nanoTime() < until) {
                merge(warm);
            }
            System.out.printf(Locale.ROOT, "%-9s %8s %4s %12s %12s %12s %12s %10s%n", "shape", "bytes", "ops",
                    "wall ms", "cpu ms", "parse wall", "parse cpu", "alloc MB");
            double[] bytes = new double[sizes.length];
            double[] wall = new double[sizes.length];
            double[] cpu = new double[sizes.length];
            double[] parseCpu = new double[sizes.length];
            for (int s = 0; s < sizes.length; s++) {
                String document = FixtureFile.document(shape, sizes[s]);
                bytes[s] = PyprojectFixture.bytes(document);
                int count = Math.max(5, Math.min(200, 6000 / sizes[s]));
                for (int i = 0; i < Math.max(2, count / 5); i++) {
                    merge(document);
                }
                double[] walls = new double[count];
                double[] cpus = new double[count];
                double[] parseWalls = new double[count];
                double[] parseCpus = new double[count];
                long allocated = 0;
                for (int i = 0; i < count; i++) {
                    long bytes0 = threads.getCurrentThreadAllocatedBytes();
                    long wall0 = System.nanoTime();
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    merge(document);
                    cpus[i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
                    walls[i] = (System.nanoTime() - wall0) / 1e6;
                    allocated += threads.getCurrentThreadAllocatedBytes() - bytes0;
                    wall0 = System.nanoTime();
                    cpu0 = threads.getCurrentThreadCpuTime();
                    Toml.parse(document);
                    parseCpus[i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
                    parseWalls[i] = (System.nanoTime() - wall0) / 1e6;
                }
                wall[s] = median(walls);
                cpu[s] = median(cpus);
                parseCpu[s] = median(parseCpus);
                System.out.printf(Locale.ROOT, "%-9s %8d %4d %12.2f %12.2f %12.2f %12.2f %10.1f%n", shape,
                        (long) bytes[s], count, wall[s], cpu[s], median(parseWalls), parseCpu[s],
                        allocated / 1e6 / count);
            }
            if (sizes.length > 1) {
                System.out.printf(Locale.ROOT, "%-9s fitted exponent: merge wall %.3f, merge cpu %.3f, parse cpu %.3f%n%n",
                        shape, PowerLawFit.exponent(bytes, wall), PowerLawFit.exponent(bytes, cpu),
                        PowerLawFit.exponent(bytes, parseCpu));
            }
        }
    }

    private static String merge(String document) {
        return TomlMerger.mergeAll(PATH, document, PyprojectFixture.PAYLOADS, Resolution.MERGE).text();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
