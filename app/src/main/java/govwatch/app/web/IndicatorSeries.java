package govwatch.app.web;

import govwatch.events.Target;
import govwatch.streams.ReportQueries.ReportView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One indicator of one place over its plan years, in one unit: the value in base units (元, 亩 …) where the target
 * sets a value, else the growth rate in percent. Only the year's own targets count (a five-year goal is not the
 * year's target); where a report sets an indicator twice, its first clause counts.
 *
 * @param indicator the canonical indicator name
 * @param unit      the unit of the points
 * @param points    one per plan year, oldest first
 */
record IndicatorSeries(String indicator, String unit, List<SvgChart.Point> points) {

    private static final String GROWTH = "% 增长";

    /** How the first year's target moved to the last's, e.g. "2023 → 2024: +4.7%" ("" when the first is zero). */
    String movement() {
        SvgChart.Point first = points.get(0);
        SvgChart.Point last = points.get(points.size() - 1);
        if (first.value().signum() == 0) {
            return "";
        }
        BigDecimal percent = last.value().subtract(first.value()).multiply(BigDecimal.valueOf(100))
                .divide(first.value().abs(), 1, RoundingMode.HALF_UP);
        return first.year() + " → " + last.year() + ": " + (percent.signum() > 0 ? "+" : "") + percent.toPlainString()
                + "%";
    }

    /** The series of {@code reports} (one place's) set in at least two plan years, in order of first appearance. */
    static List<IndicatorSeries> of(List<ReportView> reports) {
        Map<List<String>, TreeMap<Integer, BigDecimal>> byKey = new LinkedHashMap<>();
        for (ReportView view : reports) {
            Integer year = view.current().year();
            if (year == null) {
                continue;
            }
            for (Target t : view.current().targets()) {
                if (t.indicator() == null || t.horizon() != null && !t.horizon().equals(year.toString())) {
                    continue;
                }
                boolean valued = t.normalized() != null && t.normalized().value() != null;
                BigDecimal value = valued ? t.normalized().value() : t.growthPercent();
                if (value != null) {
                    List<String> key = List.of(t.indicator(), valued ? t.normalized().unit() : GROWTH);
                    byKey.computeIfAbsent(key, k -> new TreeMap<>()).putIfAbsent(year, value);
                }
            }
        }
        List<IndicatorSeries> out = new ArrayList<>();
        byKey.forEach((key, years) -> {
            if (years.size() >= 2) {
                List<SvgChart.Point> points = years.entrySet().stream()
                        .map(e -> new SvgChart.Point(e.getKey(), e.getValue())).toList();
                out.add(new IndicatorSeries(key.get(0), key.get(1), points));
            }
        });
        return out;
    }
}
