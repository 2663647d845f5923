package govwatch.bench;

import govwatch.places.Divisions;
import java.lang.ref.Reference;
import java.util.Arrays;

/**
 * What the official division list costs: the time to read it (the first load in a fresh JVM, then the median of later
 * loads) and the heap it keeps (heap used after a full GC, before and after loading, median of several rounds).
 * Not a JMH benchmark: the first load is what a starting streams instance pays once.
 * Run: {@code java -cp bench/target/benchmarks.jar govwatch.bench.DivisionsFootprint}.
 */
public final class DivisionsFootprint {
    private static final int ROUNDS = 7;

    private DivisionsFootprint() {
    }

    public static void main(String[] args) {
        long first = System.nanoTime();
        Divisions once = Divisions.load();
        first = System.nanoTime() - first;
        long[] nanos = new long[ROUNDS];
        long[] bytes = new long[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            long before = CrawlStateFootprint.usedAfterGc();
            long t = System.nanoTime();
            Divisions d = Divisions.load();
            nanos[r] = System.nanoTime() - t;
            bytes[r] = CrawlStateFootprint.usedAfterGc() - before;
            Reference.reachabilityFence(d);
        }
        Arrays.sort(nanos);
        Arrays.sort(bytes);
        System.out.printf("division list: %,d units; first load %d ms, later loads %d ms (median of %d); heap kept"
                        + " %.2f MB (median; min %.2f, max %.2f); %s%n", once.size(), first / 1_000_000,
                nanos[ROUNDS / 2] / 1_000_000, ROUNDS, bytes[ROUNDS / 2] / 1048576.0, bytes[0] / 1048576.0,
                bytes[ROUNDS - 1] / 1048576.0,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    }
}
