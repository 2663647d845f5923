package govwatch.understanding;

import govwatch.understanding.extract.Units;
import govwatch.understanding.model.Bound;
import govwatch.understanding.model.Change;
import govwatch.understanding.model.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Matches targets by indicator (the n-th occurrence of an indicator with the n-th on the other side, in order of
 * appearance) and reports one {@link Change} per indicator whose normalized value, range, unit, growth rate or
 * bound differs, or that exists on one side only. Values are compared after normalization, so 1亿元 equals
 * 10000万元; the clause wording is never a change. The order of the input lists does not matter beyond the order
 * of repeated indicators.
 */
public final class DefaultTargetComparer implements TargetComparer {

    @Override
    public List<Change> compare(List<Target> before, List<Target> after) {
        Map<String, Target> old = keyed(before);
        Map<String, Target> now = keyed(after);
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, Target> e : old.entrySet()) {
            Target b = e.getValue();
            Target a = now.get(e.getKey());
            if (a == null) {
                changes.add(new Change(b.indicator(), b.describe(), null));
            } else if (!equivalent(b, a)) {
                changes.add(new Change(b.indicator(), b.describe(), a.describe()));
            }
        }
        for (Map.Entry<String, Target> e : now.entrySet()) {
            if (!old.containsKey(e.getKey())) {
                changes.add(new Change(e.getValue().indicator(), null, e.getValue().describe()));
            }
        }
        return changes;
    }

    private static Map<String, Target> keyed(List<Target> targets) {
        Map<String, Target> out = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        if (targets == null) {
            return out;
        }
        for (Target t : targets) {
            String indicator = t.indicator() == null ? "" : t.indicator().replace(" ", "");
            int n = seen.merge(indicator, 1, Integer::sum) - 1;
            out.put(indicator + "#" + n, t);
        }
        return out;
    }

    static boolean equivalent(Target a, Target b) {
        return sameNumber(normalized(a.value(), a.unit()), normalized(b.value(), b.unit()))
                && sameNumber(normalized(a.valueMax(), a.unit()), normalized(b.valueMax(), b.unit()))
                && (a.value() == null || Objects.equals(Units.base(a.unit()), Units.base(b.unit())))
                && sameNumber(a.growthPercent(), b.growthPercent())
                && bound(a) == bound(b);
    }

    private static Bound bound(Target t) {
        return t.bound() == null ? Bound.EXACT : t.bound();
    }

    private static BigDecimal normalized(BigDecimal v, String unit) {
        return v == null ? null : Units.normalize(v, unit);
    }

    private static boolean sameNumber(BigDecimal x, BigDecimal y) {
        return x == null ? y == null : y != null && x.compareTo(y) == 0;
    }
}
