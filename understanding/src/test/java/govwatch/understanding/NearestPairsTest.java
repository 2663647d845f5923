package govwatch.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearestPairsTest {

    /** The definition: every pair listed, sorted by distance (ties by old, then new index), taken when both are free. */
    private static List<String> byListingEveryPair(List<NearestPairs.Free> olds, List<NearestPairs.Free> news) {
        record P(NearestPairs.Free b, NearestPairs.Free a, BigDecimal d) {
        }
        List<P> all = new ArrayList<>();
        for (NearestPairs.Free b : olds) {
            for (NearestPairs.Free a : news) {
                all.add(new P(b, a, b.value().subtract(a.value()).abs()));
            }
        }
        all.sort(Comparator.comparing(P::d).thenComparingInt(p -> p.b().index()).thenComparingInt(p -> p.a().index()));
        List<Integer> usedB = new ArrayList<>();
        List<Integer> usedA = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (P p : all) {
            if (!usedB.contains(p.b().index()) && !usedA.contains(p.a().index())) {
                usedB.add(p.b().index());
                usedA.add(p.a().index());
                out.add(p.b().index() + "-" + p.a().index());
            }
        }
        return out;
    }

    private static List<String> nearestPairs(List<NearestPairs.Free> olds, List<NearestPairs.Free> news) {
        List<String> out = new ArrayList<>();
        NearestPairs.pair(olds, news, (b, a) -> out.add(b + "-" + a));
        return out;
    }

    /** Increasing indices with gaps (as within one indicator), values with many ties and equal values written apart. */
    private static List<NearestPairs.Free> targets(Random random, int n) {
        String[] kinds = {"0", "5", "5.0", "12", "0.5", "0.50", "7", "3700000", "-2", "123456789012.5", "1E+3", "1000"};
        List<NearestPairs.Free> out = new ArrayList<>();
        int index = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            BigDecimal v = random.nextBoolean() ? new BigDecimal(kinds[random.nextInt(kinds.length)])
                    : BigDecimal.valueOf(random.nextInt(30), random.nextInt(2));
            out.add(new NearestPairs.Free(index, v));
            index += 1 + random.nextInt(3);
        }
        return out;
    }

    @Test
    void pairsAsListingEveryPairSortedByDistanceWould() {
        Random random = new Random(13);
        for (int round = 0; round < 5_000; round++) {
            List<NearestPairs.Free> olds = targets(random, random.nextInt(25));
            List<NearestPairs.Free> news = targets(random, random.nextInt(25));
            assertThat(nearestPairs(olds, news)).as("round %d: %s / %s", round, olds, news)
                    .containsExactlyElementsOf(byListingEveryPair(olds, news));
        }
    }

    @Test
    void theNearestPairComesFirstAndATieBetweenBothSidesGoesToTheEarlierNewTarget() {
        // 16 → 20 (4 apart) is the nearest pair; 15 lies as near to 10 as to 20, and 20 is taken
        List<NearestPairs.Free> olds2 = List.of(new NearestPairs.Free(0, new BigDecimal("15")));
        assertThat(nearestPairs(olds2, List.of(new NearestPairs.Free(2, new BigDecimal("20")),
                new NearestPairs.Free(4, new BigDecimal("10"))))).containsExactly("0-2");
        List<NearestPairs.Free> olds = List.of(new NearestPairs.Free(0, new BigDecimal("15")),
                new NearestPairs.Free(1, new BigDecimal("16")));
        List<NearestPairs.Free> news = List.of(new NearestPairs.Free(2, new BigDecimal("20")),
                new NearestPairs.Free(4, new BigDecimal("10")));
        assertThat(nearestPairs(olds, news)).containsExactly("1-2", "0-4");
    }
}
