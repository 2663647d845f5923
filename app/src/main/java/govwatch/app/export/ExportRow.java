package govwatch.app.export;

import govwatch.events.PublishedReport;
import govwatch.events.Target;
import govwatch.places.Place;
import govwatch.streams.coverage.Counties;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One target of one stored report, flattened for a spreadsheet: the columns of {@code govwatch export} (README,
 * "Export"). Field names are the JSON keys; {@link #COLUMNS} are the CSV headers, in the same order.
 */
public record ExportRow(
        String reportId,
        String place,
        String code,
        String county,
        String countyCode,
        Integer year,
        String title,
        String indicator,
        BigDecimal value,
        BigDecimal valueMax,
        String unit,
        BigDecimal normalizedValue,
        String normalizedUnit,
        BigDecimal growthPercent,
        String bound,
        String horizon,
        boolean draft,
        String sourceUrl,
        String clause) {

    /** The CSV header, one name per field in field order. */
    public static final List<String> COLUMNS = List.of("report_id", "place", "code", "county", "county_code", "year",
            "title", "indicator", "value", "value_max", "unit", "normalized_value", "normalized_unit",
            "growth_percent", "bound", "horizon", "draft", "source_url", "clause");

    /** One row per target kept by {@code filter}: reports (by id) in the map's order, targets in document order. */
    public static List<ExportRow> of(Map<String, PublishedReport> reports, ExportFilter filter) {
        List<ExportRow> rows = new ArrayList<>();
        for (Map.Entry<String, PublishedReport> e : reports.entrySet()) {
            PublishedReport r = e.getValue();
            if (!filter.keeps(r)) {
                continue;
            }
            Place county = Counties.countyOf(r).orElse(null);
            String countyName = county != null ? county.name() : r.parent() == null ? null : r.parent().name();
            for (Target t : r.targets()) {
                if (filter.keeps(t)) {
                    rows.add(new ExportRow(e.getKey(), r.region().name(), r.region().code(), countyName,
                            county == null ? null : county.code(), r.year(), r.title(), t.indicator(), t.value(),
                            t.valueMax(), t.unit(), t.normalized() == null ? null : t.normalized().value(),
                            t.normalized() == null ? null : t.normalized().unit(), t.growthPercent(),
                            t.bound() == null ? null : t.bound().name(), t.horizon(), r.draft(), r.sourceUrl(), t.text()));
                }
            }
        }
        return rows;
    }

    /** The CSV cells, in {@link #COLUMNS} order: numbers in plain notation, absent values empty. */
    public List<String> cells() {
        return Arrays.asList(reportId, place, code, county, countyCode, text(year), title, indicator, text(value),
                text(valueMax), unit, text(normalizedValue), normalizedUnit, text(growthPercent), bound,
                horizon, Boolean.toString(draft), sourceUrl, clause);
    }

    private static String text(Object o) {
        if (o instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return o == null ? null : o.toString();
    }
}
