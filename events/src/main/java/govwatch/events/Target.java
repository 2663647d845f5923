package govwatch.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * One quantitative target set in the plan part of a report.
 *
 * @param indicator     what is measured, e.g. 一般公共预算收入
 * @param value         the value as written (for a RANGE, the lower end); null when only a growth rate is set
 * @param valueMax      the upper end of a RANGE, else null
 * @param unit          the unit as written (万元, 亿元, 万亩, %, 人 …); null when only a growth rate is set
 * @param normalized    value in base units (元, 亩, 人 …); null when value is null
 * @param growthPercent the growth rate in percent where one is set (增长8%), else null
 * @param bound         how the value binds
 * @param text          the clause the target came from
 * @param horizon       when it is due: the plan year ("2026"), or a period as the report names it ("十五五", "到2030年",
 *                      "年均"); a period's target is a different target from the year's
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

    /** A short human form of what is set, as in change alerts: "5000万元左右", "增长8%以上". */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (value != null) {
            sb.append(value.stripTrailingZeros().toPlainString())
                    .append(valueMax == null ? "" : "-" + valueMax.stripTrailingZeros().toPlainString())
                    .append(unit == null ? "" : unit);
        }
        if (growthPercent != null) {
            sb.append(sb.isEmpty() ? "" : "，").append("增长")
                    .append(growthPercent.stripTrailingZeros().toPlainString()).append('%');
        }
        String suffix = bound == Bound.ABOUT ? "左右" : bound == Bound.AT_LEAST ? "以上" : bound == Bound.AT_MOST ? "以内" : "";
        sb.append(suffix);
        if (horizon != null && !horizon.chars().allMatch(Character::isDigit)) {
            sb.append("（").append(horizon).append("）"); // a period's goal, as the analyzer's model describes it
        }
        return sb.toString();
    }
}
