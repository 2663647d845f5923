package govwatch.bench.run;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One measured step: how many pages in how long, the process CPU it took, and the machine's one-minute load
 * average just before it started (other work on the machine skews every figure; the load says how much).
 *
 * @param name    what was measured
 * @param pages   pages (or records) processed
 * @param seconds wall time
 * @param cpuSeconds process CPU time (all threads, the broker's included)
 * @param loadBefore one-minute load average before the step, -1 where the OS does not tell
 * @param extra   further figures of the step (latencies, heap), by name
 */
record Step(String name, int pages, double seconds, double cpuSeconds, double loadBefore, Map<String, Object> extra) {

    /** Work that reports how many pages it did. */
    interface Work {
        int run() throws Exception;
    }

    double pagesPerSecond() {
        return seconds > 0 ? pages / seconds : 0;
    }

    /** Runs {@code work}, timing wall and process CPU. */
    static Step measure(String name, Work work) throws Exception {
        double load = load();
        long cpu = cpuNanos();
        long start = System.nanoTime();
        int pages = work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Step(name, pages, seconds, (cpuNanos() - cpu) / 1e9, load, new LinkedHashMap<>());
    }

    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
