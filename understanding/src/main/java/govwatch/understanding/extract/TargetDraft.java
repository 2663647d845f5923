package govwatch.understanding.extract;

import govwatch.understanding.model.Bound;
import govwatch.understanding.model.Quantity;
import govwatch.understanding.model.Target;
import java.math.BigDecimal;

/** A target being assembled from one or two clauses (增长X%，达到Y in either order). */
final class TargetDraft {
    String indicator;
    BigDecimal value;
    BigDecimal valueMax;
    String unit;
    BigDecimal growth;
    Bound bound;
    String text;
    String horizon;

    Target toTarget() {
        Quantity normalized = value == null ? null : new Quantity(Units.normalize(value, unit), Units.base(unit));
        return new Target(indicator, value, valueMax, unit, normalized, growth, bound == null ? Bound.EXACT : bound, text,
                horizon);
    }
}
