package govwatch.understanding;

import govwatch.understanding.extract.Units;
import govwatch.understanding.model.Bound;
import govwatch.understanding.model.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A target with what matching compares ({@link DefaultTargetComparer}), worked out once: a report may set dozens of
 * targets under one indicator, and matching looks at many pairs of them.
 *
 * @param value    the value in base units, or null
 * @param valueMax the upper end of a range in base units, or null
 * @param baseUnit the base unit, or null
 */
record TargetFigures(Target target, BigDecimal value, BigDecimal valueMax, String baseUnit) {

    /** The distance between a target with a value and one without (never nearer than two values). */
    private static final BigDecimal FAR = new BigDecimal("1E30");

    static List<TargetFigures> of(List<Target> targets) {
        List<TargetFigures> out = new ArrayList<>(targets == null ? 0 : targets.size());
        if (targets != null) {
            for (Target t : targets) {
                out.add(new TargetFigures(t, normalized(t.value(), t.unit()), normalized(t.valueMax(), t.unit()),
                        Units.base(t.unit())));
            }
        }
        return out;
    }

    /**
     * What makes two targets {@link #equivalent}: the same numbers (however written: 1.0 is 1), the base unit where
     * there is a value, the bound. Equal exactly when the targets are equivalent, so that they can be looked up.
     */
    record Sameness(BigDecimal value, BigDecimal valueMax, String baseUnit, BigDecimal growth, Bound bound) {

        static Sameness of(TargetFigures f) {
            return new Sameness(plain(f.value()), plain(f.valueMax()), f.value() == null ? null : f.baseUnit(),
                    plain(f.target().growthPercent()), TargetFigures.bound(f.target()));
        }

        private static BigDecimal plain(BigDecimal x) {
            return x == null ? null : x.stripTrailingZeros();
        }
    }

    /** Whether the two can be paired by nearness: the same base unit, and both with a value or both without. */
    boolean sameBaseUnit(TargetFigures other) {
        return Objects.equals(baseUnit, other.baseUnit) && (value == null) == (other.value == null);
    }

    /** How far apart two targets of the same base unit are: normalized values, else growth rates; 0 when neither. */
    BigDecimal distance(TargetFigures other) {
        BigDecimal x = value != null ? value : target.growthPercent();
        BigDecimal y = other.value != null ? other.value : other.target.growthPercent();
        if (x == null || y == null) {
            return x == null && y == null ? BigDecimal.ZERO : FAR;
        }
        return x.subtract(y).abs();
    }

    /** The same target, whatever the wording and the unit it is written in. */
    boolean equivalent(TargetFigures other) {
        return sameNumber(value, other.value)
                && sameNumber(valueMax, other.valueMax)
                && (value == null || Objects.equals(baseUnit, other.baseUnit))
                && sameNumber(target.growthPercent(), other.target.growthPercent())
                && bound(target) == bound(other.target);
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
