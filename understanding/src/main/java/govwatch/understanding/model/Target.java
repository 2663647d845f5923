package govwatch.understanding.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * One quantitative target set in the plan part of a report.
 *
 * @param indicator     what is measured, e.g. 一般公共预算收入, 粮食播种面积, 农村居民人均可支配收入
 * @param value         the value as written (for a RANGE, the lower end); null when only a growth rate is set
 * @param valueMax      the upper end of a RANGE, else null
 * @param unit          the unit as written (万元, 亿元, 万亩, %, 人 …); null when only a growth rate is set
 * @param normalized    value in base units (元, 亩, 人 …); null when value is null
 * @param growthPercent the growth rate in percent where one is set (增长8%), else null
 * @param bound         how the value binds
 * @param text          the clause the target came from
 * @param horizon       when the target is due: the plan year ("2026") for the year's own targets, else the period as
 *                      the text names it ("十五五", "今后五年", "到2030年", "年均"); targets of different horizons are
 *                      different targets (a five-year goal never replaces the year's); null when not yet resolved
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Target(
        String indicator,
        BigDecimal value,
        BigDecimal valueMax,
        String unit,
        Quantity normalized,
        BigDecimal growthPercent,
        Bound bound,
        String text,
        String horizon) {

    /** A target of the report's own plan year, its horizon filled in later ({@link #withHorizon}). */
    public Target(String indicator, BigDecimal value, BigDecimal valueMax, String unit, Quantity normalized,
                  BigDecimal growthPercent, Bound bound, String text) {
        this(indicator, value, valueMax, unit, normalized, growthPercent, bound, text, null);
    }

    /** This target with its horizon set, when it has none yet. */
    public Target withHorizon(String planYear) {
        return horizon != null && !horizon.equals("到" + planYear + "年") ? this
                : new Target(indicator, value, valueMax, unit, normalized, growthPercent, bound, text, planYear);
    }

    /** Whether the horizon is a period (十五五, 到2030年, 年均) rather than a plan year (digits only). */
    public boolean periodHorizon() {
        return horizon != null && !horizon.chars().allMatch(Character::isDigit);
    }

    /** A short human form of what is set, used in change alerts: "5000万元左右", "增长8%以上". */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (value != null) {
            sb.append(value.stripTrailingZeros().toPlainString());
            if (valueMax != null) {
                sb.append('-').append(valueMax.stripTrailingZeros().toPlainString());
            }
            sb.append(unit == null ? "" : unit);
        }
        if (growthPercent != null) {
            if (sb.length() > 0) {
                sb.append("，");
            }
            sb.append("增长").append(growthPercent.stripTrailingZeros().toPlainString()).append('%');
        }
        switch (bound == null ? Bound.EXACT : bound) {
            case ABOUT -> sb.append("左右");
            case AT_LEAST -> sb.append("以上");
            case AT_MOST -> sb.append("以内");
            default -> { }
        }
        if (periodHorizon()) {
            sb.append("（").append(horizon).append("）");
        }
        return sb.toString();
    }
}
