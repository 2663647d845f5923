package govwatch.app.export;

import govwatch.events.PublishedReport;
import govwatch.streams.coverage.Counties;
import govwatch.events.Target;

/**
 * Which targets an export keeps; a null field keeps everything.
 *
 * @param year      the plan year
 * @param indicator the target's indicator name, matched exactly
 * @param county    the official county-level code, 6 digits (150525)
 * @param province  the official province code, 2 digits (15)
 */
public record ExportFilter(Integer year, String indicator, String county, String province) {

    /** Keeps every target of every report. */
    public static final ExportFilter ALL = new ExportFilter(null, null, null, null);

    /** Whether {@code report} is of the year, county and province asked for. */
    public boolean keeps(PublishedReport report) {
        return (year == null || year.equals(report.year()))
                && (county == null || Counties.countyOf(report).map(p -> p.code().startsWith(county)).orElse(false))
                && (province == null || Counties.provinceOf(report).map(province::equals).orElse(false));
    }

    /** Whether {@code target} is of the indicator asked for. */
    public boolean keeps(Target target) {
        return indicator == null || indicator.equals(target.indicator());
    }

    /** A description for messages, e.g. "year 2024, county 150525". */
    public String describe() {
        String s = (year == null ? "" : ", year " + year) + (indicator == null ? "" : ", indicator " + indicator)
                + (county == null ? "" : ", county " + county) + (province == null ? "" : ", province " + province);
        return s.isEmpty() ? "no filter" : s.substring(2);
    }
}
