package dev.protostar.examples.bench;

import dev.protostar.api.Resolution;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.toml.TomlMerger;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * A cross-check for {@link TomlMergeBenchmark} that survives a busy machine: for each document
 * size it runs the same three merges and prints, per operation and per KiB, the wall time, the
 * CPU time of the merging thread (the merge's own work, unaffected by other processes taking the
 * cores), the time the garbage collector reported, and the bytes allocated.
 *
 * <p>Not a JMH benchmark (no forks, simple warm-up: 8 s on a 30 KiB document, then a fifth of the
 * measured count on each size); use it to see whether time grows with size because of the merge
 * or because of the collector. Run, after the bench build:
 * {@code java -Xms2g -Xmx2g -cp protostar-examples/target/benchmarks.jar
 * dev.protostar.examples.bench.MergeScaling 1,10,100,300,1000}; add {@code together} as a second
 * argument to measure {@code TomlMerger.mergeAll} (the executor's path) instead of three merges.
 */
public final class MergeScaling {

    private static final WorkspacePath PATH = WorkspacePath.of("pyproject.toml");

    private MergeScaling() {
    }

    /**
     * Measures and prints one line per size.
     *
     * @param args comma-separated sizes in KiB (default {@code 1,10,100,300,1000}); then optionally
     *     {@code together} for {@code TomlMerger.mergeAll}
     */
    public static void main(String[] args) {
        String sizes = args.length > 0 ? args[0] : "1,10,100,300,1000";
        boolean together = args.length > 1 && args[1].equals("together");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        String warm = PyprojectFixture.pyproject(30);
        long until = System.nanoTime() + 8_000_000_000L;
        while (System.nanoTime() < until) {
            mergeAll(warm, together);
        }
        System.out.println("   KiB  ops   wall ms/op (/KiB)    thread CPU ms/op (/KiB)   GC ms/op (/KiB)   alloc MB/op");
        for (String size : sizes.split(",")) {
            int kilobytes = Integer.parseInt(size.strip());
            String document = PyprojectFixture.pyproject(kilobytes);
            double kib = PyprojectFixture.bytes(document) / 1024.0;
            int count = Math.min(500, Math.max(3, 3000 / kilobytes));
            for (int i = 0; i < Math.max(2, count / 5); i++) {
                mergeAll(document, together);
            }
            long wall0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long gc0 = gcMillis();
            long bytes0 = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < count; i++) {
                mergeAll(document, together);
            }
            double wall = (System.nanoTime() - wall0) / 1e6 / count;
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / count;
            double gc = (gcMillis() - gc0) / (double) count;
            double allocated = (threads.getCurrentThreadAllocatedBytes() - bytes0) / 1e6 / count;
            System.out.printf(Locale.ROOT, "%6d %4d %10.2f (%6.3f) %12.2f (%6.3f) %10.2f (%6.3f) %12.1f%n",
                    kilobytes, count, wall, wall / kib, cpu, cpu / kib, gc, gc / kib, allocated);
        }
    }

    private static String mergeAll(String existing, boolean together) {
        if (together) {
            return TomlMerger.mergeAll(PATH, existing, PyprojectFixture.PAYLOADS, Resolution.MERGE).text();
        }
        String text = existing;
        for (String payload : PyprojectFixture.PAYLOADS) {
            text = TomlMerger.merge(PATH, text, payload, Resolution.MERGE).text();
        }
        return text;
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }
}
