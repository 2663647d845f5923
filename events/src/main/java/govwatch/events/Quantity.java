package govwatch.events;

import java.math.BigDecimal;

/**
 * A value with its unit.
 *
 * @param value the number (for a RANGE, its lower end)
 * @param unit  the unit (元, 亩, 人, %, …); may be empty for a plain count
 */
public record Quantity(BigDecimal value, String unit) {
}
