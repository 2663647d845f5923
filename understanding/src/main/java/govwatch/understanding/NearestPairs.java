package govwatch.understanding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Pairs old and new targets nearest value first, exactly as listing every (old, new) pair, sorting the list by
 * distance (ties in the order of the old target, then of the new one) and taking each pair whose two sides are both
 * still free would, but without listing the pairs: a report may set dozens of targets under one indicator, so the
 * list would hold thousands. Each old target walks the new values outward from its own, nearest first; a heap holds
 * each old target's nearest new target not yet known to be taken. A walk only passes over taken targets, so this
 * costs about (old + new) × log(old) where the list cost old × new.
 */
final class NearestPairs {

    /** A target to pair: its index in its report's list, and its value (never null). */
    record Free(int index, BigDecimal value) {
    }

    /** Receives each pair as it is made. */
    interface Sink {
        void pair(int oldIndex, int newIndex);
    }

    private NearestPairs() {
    }

    /**
     * Pairs {@code olds} with {@code news}, each list in increasing index order, handing each pair to {@code sink}
     * nearest first. A target is in at most one pair; the nearer side is left over when the lists differ in length.
     */
    static void pair(List<Free> olds, List<Free> news, Sink sink) {
        if (olds.isEmpty() || news.isEmpty()) {
            return;
        }
        Groups groups = new Groups(news);
        boolean[] taken = new boolean[news.size()];
        PriorityQueue<Walk> heap = new PriorityQueue<>(olds.size(), Walk.ORDER);
        for (Free old : olds) {
            Walk w = new Walk(old, groups);
            if (w.next(taken)) {
                heap.add(w);
            }
        }
        while (!heap.isEmpty()) {
            Walk w = heap.poll();
            int at = w.candidate();
            if (!taken[at]) {
                taken[at] = true;
                sink.pair(w.old.index(), news.get(at).index());
            } else if (w.next(taken)) {
                heap.add(w);
            }
        }
    }

    /** The new targets sorted by value, those of equal value together (in increasing index order). */
    private static final class Groups {
        final BigDecimal[] values;
        final int[][] members; // positions in the news list

        Groups(List<Free> news) {
            List<Integer> order = new ArrayList<>(news.size());
            for (int i = 0; i < news.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.<Integer, BigDecimal>comparing(i -> news.get(i).value()).thenComparing(i -> i));
            List<BigDecimal> vs = new ArrayList<>();
            List<int[]> ms = new ArrayList<>();
            int from = 0;
            for (int i = 1; i <= order.size(); i++) {
                if (i == order.size() || news.get(order.get(i)).value().compareTo(news.get(order.get(from)).value()) != 0) {
                    vs.add(news.get(order.get(from)).value());
                    ms.add(order.subList(from, i).stream().mapToInt(Integer::intValue).toArray());
                    from = i;
                }
            }
            values = vs.toArray(BigDecimal[]::new);
            members = ms.toArray(int[][]::new);
        }

        /** The first group whose value is not below {@code x}. */
        int ceiling(BigDecimal x) {
            int lo = 0;
            int hi = values.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (values[mid].compareTo(x) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /** One old target's walk over the new ones, nearest first, ties in index order. */
    private static final class Walk {
        static final Comparator<Walk> ORDER = Comparator.<Walk, BigDecimal>comparing(w -> w.distance)
                .thenComparingInt(w -> w.old.index()).thenComparingInt(Walk::candidate);

        final Free old;
        final Groups groups;
        int left; // the next group below the value, walking down
        int right; // the next group at or above the value, walking up
        int[] bucket = new int[0]; // the candidates at the current distance, in index order
        int at = -1;
        BigDecimal distance;

        Walk(Free old, Groups groups) {
            this.old = old;
            this.groups = groups;
            this.right = groups.ceiling(old.value());
            this.left = right - 1;
        }

        int candidate() {
            return bucket[at];
        }

        /** Moves to the next candidate not taken; false when there is none. */
        boolean next(boolean[] taken) {
            do {
                if (++at >= bucket.length && !nextBucket()) {
                    return false;
                }
            } while (taken[bucket[at]]);
            return true;
        }

        private boolean nextBucket() {
            BigDecimal below = left >= 0 ? old.value().subtract(groups.values[left]) : null;
            BigDecimal above = right < groups.values.length ? groups.values[right].subtract(old.value()) : null;
            if (below == null && above == null) {
                return false;
            }
            int side = below == null ? 1 : above == null ? -1 : below.compareTo(above);
            if (side == 0) {
                bucket = merged(groups.members[left--], groups.members[right++]);
                distance = below;
            } else if (side < 0) {
                bucket = groups.members[left--];
                distance = below;
            } else {
                bucket = groups.members[right++];
                distance = above;
            }
            at = 0;
            return true;
        }

        private static int[] merged(int[] x, int[] y) {
            int[] out = new int[x.length + y.length];
            int i = 0;
            int j = 0;
            for (int k = 0; k < out.length; k++) {
                out[k] = j >= y.length || (i < x.length && x[i] < y[j]) ? x[i++] : y[j++];
            }
            return out;
        }
    }
}
