package govwatch.crawler.kafka;

import java.util.HashMap;
import java.util.Map;

/**
 * Which offsets of the crawl-state topic the local store already holds: per partition, the next offset known
 * applied, moved past this process's own acknowledged writes while they are the only records after it. Our
 * writes reach the local store before the topic, so once every offset from the applied mark up to the last
 * acknowledged one is ours, the store holds them all and the mark can move. A record from anyone else leaves a
 * gap there: the mark stays, and the next start reads the topic from it (the tail) to pick that record up.
 *
 * <p>Thread-safe; acknowledgements come from the producer's I/O thread.
 */
final class OwnWrites {
    private final Map<Integer, long[]> partitions = new HashMap<>(); // {next applied, acked after it, max acked}

    /** The store holds every record of {@code partition} before {@code next}. */
    synchronized void applied(int partition, long next) {
        partitions.put(partition, new long[] {next, 0, next - 1});
    }

    /** One of our writes was acknowledged at {@code offset}. */
    synchronized void acked(int partition, long offset) {
        long[] p = partitions.computeIfAbsent(partition, k -> new long[] {-1, 0, -1}); // unknown start: never moves
        p[1]++;
        p[2] = Math.max(p[2], offset);
    }

    /** Moves each mark past a run of our own writes with no gap, and returns the marks (partition → next offset). */
    synchronized Map<Integer, Long> advance() {
        Map<Integer, Long> marks = new HashMap<>();
        partitions.forEach((partition, p) -> {
            if (p[0] >= 0 && p[1] > 0 && p[2] + 1 - p[0] == p[1]) {
                p[0] = p[2] + 1;
                p[1] = 0;
            }
            if (p[0] >= 0) {
                marks.put(partition, p[0]);
            }
        });
        return marks;
    }
}
