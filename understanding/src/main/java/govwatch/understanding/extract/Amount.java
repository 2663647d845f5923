package govwatch.understanding.extract;

import govwatch.understanding.model.Bound;
import java.math.BigDecimal;

/**
 * One number with its unit found in a clause.
 *
 * @param start     index of the first digit in the clause
 * @param end       index just after the unit and any bound word (左右, 以上 …)
 * @param value     the number as written (lower end of a range)
 * @param valueMax  upper end of a range, else null
 * @param unit      the unit as written (万元, 亩, %)
 * @param bound     the bound written right after it (ABOUT, AT_LEAST, AT_MOST, RANGE) or null
 */
record Amount(int start, int end, BigDecimal value, BigDecimal valueMax, String unit, Bound bound) {

    boolean percent() {
        return "%".equals(unit);
    }

    /** A unit that counts things (个, 家, 名 …, also 万个, 万名), after which a noun may name what is counted. */
    boolean counter() {
        return Units.COUNTERS.indexOf(unit.charAt(unit.length() - 1)) >= 0
                && Units.multiplier(unit.substring(0, unit.length() - 1)) != null;
    }
}
