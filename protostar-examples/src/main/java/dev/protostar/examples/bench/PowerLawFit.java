package dev.protostar.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The exponent {@code b} of a power law {@code time = a * size^b} fitted to measurements by least
 * squares on their logarithms: {@code b} near 1 is linear growth, near 2 quadratic. Used by
 * {@link TomlScaling} and, as a command, on the JSON results of {@link TomlScalingBenchmark}:
 * {@code java -cp protostar-examples/target/benchmarks.jar dev.protostar.examples.bench.PowerLawFit
 * jmh-result.json}.
 */
public final class PowerLawFit {

    private PowerLawFit() {
    }

    /**
     * The fitted exponent of {@code times} against {@code sizes} (same length, at least two distinct
     * sizes, all values positive).
     */
    public static double exponent(double[] sizes, double[] times) {
        if (sizes.length != times.length || sizes.length < 2) {
            throw new IllegalArgumentException("need two or more (size, time) pairs, got " + sizes.length
                    + " sizes and " + times.length + " times");
        }
        double n = sizes.length;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < sizes.length; i++) {
            if (!(sizes[i] > 0) || !(times[i] > 0)) {
                throw new IllegalArgumentException("sizes and times must be positive: " + sizes[i] + ", " + times[i]);
            }
            double x = Math.log(sizes[i]);
            double y = Math.log(times[i]);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double spread = n * sxx - sx * sx;
        if (spread <= 0) {
            throw new IllegalArgumentException("need at least two distinct sizes");
        }
        return (n * sxy - sx * sy) / spread;
    }

    /**
     * Prints, for each benchmark method and shape in a JMH JSON result file, the scores by size and
     * the fitted exponent of score against the {@code kilobytes} parameter; and the same for the
     * bytes allocated per operation when the run had {@code -prof gc} (independent of the load on
     * the machine, unlike the times).
     *
     * @param args the JMH result file ({@code -rf json -rff FILE})
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PowerLawFit JMH-RESULT.json");
        }
        JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Map<String, TreeMap<Integer, Double>> series = new TreeMap<>();
        for (JsonNode result : results) {
            JsonNode params = result.path("params");
            if (!params.has("kilobytes")) {
                continue;
            }
            String name = result.path("benchmark").asText().replaceAll(".*\\.(\\w+\\.\\w+)$", "$1")
                    + (params.has("shape") ? " shape=" + params.path("shape").asText() : "");
            int kilobytes = params.path("kilobytes").asInt();
            series.computeIfAbsent(name + " (" + result.path("primaryMetric").path("scoreUnit").asText() + ")",
                    key -> new TreeMap<>()).put(kilobytes, result.path("primaryMetric").path("score").asDouble());
            JsonNode allocated = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
            if (allocated.has("score")) {
                series.computeIfAbsent(name + " (allocated MB/op)", key -> new TreeMap<>())
                        .put(kilobytes, allocated.path("score").asDouble() / 1e6);
            }
        }
        for (Map.Entry<String, TreeMap<Integer, Double>> entry : series.entrySet()) {
            List<String> points = new ArrayList<>();
            double[] sizes = new double[entry.getValue().size()];
            double[] times = new double[sizes.length];
            int i = 0;
            for (Map.Entry<Integer, Double> point : entry.getValue().entrySet()) {
                points.add(String.format(Locale.ROOT, "%d KiB %.3f", point.getKey(), point.getValue()));
                sizes[i] = point.getKey();
                times[i++] = point.getValue();
            }
            System.out.printf(Locale.ROOT, "%s: %s; fitted exponent %s%n", entry.getKey(), String.join(", ", points),
                    sizes.length < 2 ? "- (one size)" : String.format(Locale.ROOT, "%.3f", exponent(sizes, times)));
        }
    }
}
