package govwatch.bench.run;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap of one pass, two ways. The peak after GC: the heap pools' collection usage (what the last collection
 * of each pool left), sampled every 100 ms, plus a full {@link System#gc()} at the end. With G1 this is an upper
 * bound of the live set, not the live set: the old generation's figure is updated by mixed and full collections
 * only and still holds the garbage of the regions a mixed collection left, so it varies from run to run by tens
 * of MB. The live heap ({@link #measureLive()}): after a full collection at a chosen moment, exact. The baseline,
 * taken after a full collection before the pass, is what the bench itself holds (its portal grows with N).
 */
final class HeapWatch implements AutoCloseable {

    private final AtomicLong peak = new AtomicLong();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-heap-watch");
        t.setDaemon(true);
        return t;
    });

    private final long baseline;
    private volatile long live = -1;
    private volatile long liveCostNanos;
    private volatile long liveCostCpuNanos;

    HeapWatch() {
        System.gc();
        baseline = used();
        sampler.scheduleAtFixedRate(this::sample, 0, 100, TimeUnit.MILLISECONDS);
    }

    /** The heap in use right after a full collection before the pass: the bench's own data (the portal's pages). */
    long baselineBytes() {
        return baseline;
    }

    long peakAfterGcBytes() {
        System.gc();
        sample();
        return peak.get();
    }

    /** Takes the live heap now (a full collection), and how long that took, for the caller to leave out of timings. */
    void measureLive() {
        long cpu = Step.cpuNanos();
        long start = System.nanoTime();
        System.gc();
        live = used();
        liveCostNanos += System.nanoTime() - start;
        liveCostCpuNanos += Step.cpuNanos() - cpu;
    }

    /** The heap in use after the last {@link #measureLive()}, or -1 if none was taken. */
    long liveBytes() {
        return live;
    }

    double liveCostSeconds() {
        return liveCostNanos / 1e9;
    }

    double liveCostCpuSeconds() {
        return liveCostCpuNanos / 1e9;
    }

    /** Diagnostics: writes the live objects to {@code file} (an .hprof heap dump), or says why it could not. */
    static void dump(String file) {
        try {
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(file, true);
            System.err.println("govwatch bench: heap dump written to " + file);
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("govwatch bench: heap dump to " + file + " failed (-Dbench.heapDump): " + e);
        }
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void sample() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            sum += afterGc == null ? 0 : afterGc.getUsed();
        }
        peak.accumulateAndGet(sum, Math::max);
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
