package govwatch.bench.run;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The peak of the heap in use right after a collection, sampled every 100 ms from the heap pools' collection
 * usage (what the last GC left live), plus a full {@link System#gc()} at the end: the live set, not the garbage. The
 * baseline, taken after a full collection before the pass, is what the bench itself holds (its portal grows with N).
 */
final class HeapWatch implements AutoCloseable {

    private final AtomicLong peak = new AtomicLong();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-heap-watch");
        t.setDaemon(true);
        return t;
    });

    private final long baseline;

    HeapWatch() {
        System.gc();
        baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
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

    private void sample() {
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            live += afterGc == null ? 0 : afterGc.getUsed();
        }
        long sum = live;
        peak.accumulateAndGet(sum, Math::max);
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
