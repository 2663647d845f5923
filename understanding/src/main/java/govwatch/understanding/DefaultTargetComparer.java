package govwatch.understanding;

import govwatch.understanding.model.Change;
import govwatch.understanding.model.Target;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Matches targets per indicator in three passes (see {@link TargetComparer}): equivalent targets first, then the
 * remaining ones with the same base unit by nearest normalized value (the growth rate when there is no value), then
 * any remaining ones in order of appearance; what is still unmatched is added or removed. So inserting, removing
 * or reordering one of several occurrences of an indicator is reported as that one target, never as a shift of all
 * later occurrences. Changes are listed in the order of the old targets (changed or removed), then the added ones
 * in the order of the new targets.
 */
public final class DefaultTargetComparer implements TargetComparer {

    /** Keys of {@link #byDistance}: a distance (times 10^scale) in the high bits, the candidate's index in the low 20. */
    private static final BigDecimal KEY_LIMIT = BigDecimal.valueOf(1L << 43);
    private static final int INDEX_BITS = 20;
    private static final int MAX_KEY_SCALE = 9;

    record Candidate(int b, int a, BigDecimal distance) {
    }

    /**
     * The candidates nearest first, ties in the order given (they are added in (b, a) order). A report may set dozens
     * of targets under one indicator, so this sorts thousands of pairs: when every distance is a decimal of at most
     * {@value #MAX_KEY_SCALE} places below 2^43 once scaled, it sorts them as packed longs, else as BigDecimals.
     */
    static List<Candidate> byDistance(List<Candidate> candidates) {
        int n = candidates.size();
        int scale = 0;
        for (Candidate c : candidates) {
            scale = Math.max(scale, c.distance().scale());
        }
        long[] keys = n < (1 << INDEX_BITS) && scale <= MAX_KEY_SCALE ? new long[n] : null;
        for (int i = 0; keys != null && i < n; i++) {
            BigDecimal d = candidates.get(i).distance().movePointRight(scale); // an integer: no scale is larger
            keys = d.signum() >= 0 && d.compareTo(KEY_LIMIT) < 0 ? keys : null;
            if (keys != null) {
                keys[i] = d.longValueExact() << INDEX_BITS | i;
            }
        }
        List<Candidate> out = new ArrayList<>(n);
        if (keys == null) {
            out.addAll(candidates);
            out.sort((x, y) -> x.distance().compareTo(y.distance())); // stable: ties keep their order
            return out;
        }
        Arrays.sort(keys);
        for (long k : keys) {
            out.add(candidates.get((int) (k & ((1 << INDEX_BITS) - 1))));
        }
        return out;
    }

    @Override
    public List<Change> compare(List<Target> before, List<Target> after) {
        Pairing p = new Pairing(TargetFigures.of(before), TargetFigures.of(after));
        Map<String, List<Integer>> newByIndicator = byIndicator(p.now);
        for (Map.Entry<String, List<Integer>> e : byIndicator(p.old).entrySet()) {
            List<Integer> bs = e.getValue();
            List<Integer> as = newByIndicator.getOrDefault(e.getKey(), List.of());
            p.equivalents(bs, as);
            p.nearest(bs, as);
            p.inOrder(bs, as);
        }
        return p.changes();
    }

    /**
     * The pairs made so far between the old targets and the new ones; each pass pairs what the passes before it left
     * free. One method a pass keeps each small enough for the JIT to compile on its own: as one method it was the
     * largest compilation of a pipeline run (100 KB of code, 1-2 s of C2, more than once).
     */
    private static final class Pairing {
        final List<TargetFigures> old;
        final List<TargetFigures> now;
        final int[] partner; // index into now, or -1
        final boolean[] taken;

        Pairing(List<TargetFigures> old, List<TargetFigures> now) {
            this.old = old;
            this.now = now;
            this.partner = new int[old.size()];
            this.taken = new boolean[now.size()];
            Arrays.fill(partner, -1);
        }

        /** 1. Equivalent targets, in order of appearance. */
        void equivalents(List<Integer> bs, List<Integer> as) {
            Map<TargetFigures.Sameness, ArrayDeque<Integer>> equivalents = new HashMap<>();
            for (int a : as) {
                equivalents.computeIfAbsent(TargetFigures.Sameness.of(now.get(a)), k -> new ArrayDeque<>()).add(a);
            }
            for (int b : bs) {
                ArrayDeque<Integer> same = equivalents.get(TargetFigures.Sameness.of(old.get(b)));
                if (same != null && !same.isEmpty()) {
                    pair(b, same.poll());
                }
            }
        }

        /**
         * 2. Same base unit, nearest value first: per base unit for targets with a value (pairs of different units are
         * never candidates, so each unit's pairs are matched on their own), by growth rate for the rest.
         */
        void nearest(List<Integer> bs, List<Integer> as) {
            Map<String, List<NearestPairs.Free>> oldValues = freeValues(bs, old, partner, null);
            Map<String, List<NearestPairs.Free>> newValues = freeValues(as, now, null, taken);
            for (Map.Entry<String, List<NearestPairs.Free>> unit : oldValues.entrySet()) {
                NearestPairs.pair(unit.getValue(), newValues.getOrDefault(unit.getKey(), List.of()), this::pair);
            }
            List<Candidate> candidates = new ArrayList<>();
            for (int b : bs) {
                for (int a : as) {
                    if (partner[b] < 0 && !taken[a] && old.get(b).value() == null && old.get(b).sameBaseUnit(now.get(a))) {
                        candidates.add(new Candidate(b, a, old.get(b).distance(now.get(a))));
                    }
                }
            }
            for (Candidate c : byDistance(candidates)) {
                if (partner[c.b()] < 0 && !taken[c.a()]) {
                    pair(c.b(), c.a());
                }
            }
        }

        /** 3. Whatever remains on both sides, in order of appearance (e.g. a unit that changed). */
        void inOrder(List<Integer> bs, List<Integer> as) {
            int next = 0;
            for (int b : bs) {
                while (partner[b] < 0 && next < as.size()) {
                    int a = as.get(next++);
                    if (!taken[a]) {
                        pair(b, a);
                    }
                }
            }
        }

        void pair(int b, int a) {
            partner[b] = a;
            taken[a] = true;
        }

        /** The old targets changed or removed, in their order, then the new ones added, in theirs. */
        List<Change> changes() {
            List<Change> changes = new ArrayList<>();
            for (int b = 0; b < old.size(); b++) {
                Target t = old.get(b).target();
                if (partner[b] < 0) {
                    changes.add(new Change(t.indicator(), t.describe(), null));
                } else if (!old.get(b).equivalent(now.get(partner[b]))) {
                    changes.add(new Change(t.indicator(), t.describe(), now.get(partner[b]).target().describe()));
                }
            }
            for (int a = 0; a < now.size(); a++) {
                if (!taken[a]) {
                    Target t = now.get(a).target();
                    changes.add(new Change(t.indicator(), null, t.describe()));
                }
            }
            return changes;
        }
    }

    /**
     * The targets among {@code indices} with a value and still free (no partner, or not taken), per base unit, in
     * order of appearance.
     */
    private static Map<String, List<NearestPairs.Free>> freeValues(List<Integer> indices, List<TargetFigures> targets,
                                                                   int[] partner, boolean[] taken) {
        Map<String, List<NearestPairs.Free>> out = new HashMap<>();
        for (int i : indices) {
            TargetFigures f = targets.get(i);
            boolean free = partner != null ? partner[i] < 0 : !taken[i];
            if (free && f.value() != null) {
                out.computeIfAbsent(Objects.toString(f.baseUnit(), "\0"), k -> new ArrayList<>())
                        .add(new NearestPairs.Free(i, f.value()));
            }
        }
        return out;
    }

    /** Indices of the targets per indicator (spaces ignored), in order of appearance. */
    private static Map<String, List<Integer>> byIndicator(List<TargetFigures> targets) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i).target();
            String indicator = (t.indicator() == null ? "" : t.indicator().replace(" ", ""))
                    + (t.periodHorizon() ? "（" + t.horizon() + "）" : ""); // a five-year goal is not the year's target
            out.computeIfAbsent(indicator, k -> new ArrayList<>()).add(i);
        }
        return out;
    }
}
