package govwatch.app.query;

import govwatch.streams.coverage.Counties;
import govwatch.streams.coverage.Coverage;
import govwatch.app.export.ExportFilter;
import govwatch.app.export.ExportRow;
import govwatch.places.Divisions;
import java.io.IOException;
import java.util.Optional;

/**
 * The researchers' questions, over the reports of every instance:
 * <ul>
 *   <li>{@code GET /coverage?county=CODE&year=Y} — the county's township-level units, published or missing
 *       ({@link Coverage.Table} as JSON);</li>
 *   <li>{@code GET /targets?indicator=NAME&year=Y[&county=CODE|&province=CODE]} — one row per target set, as the
 *       rows of {@code govwatch export --format json} (an array).</li>
 * </ul>
 * A missing or wrong parameter is a 400 naming it and saying what to give.
 */
final class ResearchQueries {

    private final AllReports reports;

    ResearchQueries(AllReports reports) {
        this.reports = reports;
    }

    Answer coverage(Request r) throws IOException, InterruptedException {
        Optional<String> bad = missing(r, "county", "the county's official code, 6 or 12 digits", "150525")
                .or(() -> missing(r, "year", "the plan year", "2024"))
                .or(() -> badCounty(r.param("county"))).or(() -> badYear(r.param("year")));
        if (bad.isPresent()) {
            return Answer.error(400, bad.get());
        }
        String county = Counties.countyLevel(r.param("county")).orElseThrow().code();
        return Answer.of(new Coverage(Divisions.official()).of(county, Integer.parseInt(r.param("year")),
                reports.byId()));
    }

    Answer targets(Request r) throws IOException, InterruptedException {
        String county = r.param("county");
        String province = r.param("province");
        Optional<String> bad = missing(r, "indicator", "the indicator's name", "一般公共预算收入")
                .or(() -> missing(r, "year", "the plan year", "2024")).or(() -> badYear(r.param("year")))
                .or(() -> county != null && province != null
                        ? Optional.of("give county or province, not both") : Optional.empty())
                .or(() -> county == null ? Optional.empty() : badCounty(county))
                .or(() -> province == null || Counties.province(province).isPresent() ? Optional.empty()
                        : Optional.of("province=" + province + " is not a province code of the official division list "
                        + "(NBS 2023): give its 2 or 12 digits, e.g. province=15 for 内蒙古自治区"));
        if (bad.isPresent()) {
            return Answer.error(400, bad.get());
        }
        ExportFilter filter = new ExportFilter(Integer.parseInt(r.param("year")), r.param("indicator"),
                county == null ? null : Counties.countyLevel(county).orElseThrow().code().substring(0, 6),
                province == null ? null : Counties.province(province).orElseThrow());
        return Answer.of(ExportRow.of(reports.byId(), filter));
    }

    private static Optional<String> missing(Request r, String name, String what, String example) {
        String value = r.param(name);
        return value != null && !value.isBlank() ? Optional.empty()
                : Optional.of(name + " is missing: give " + what + ", e.g. " + name + "=" + example);
    }

    private static Optional<String> badCounty(String code) {
        return Counties.countyLevel(code).isPresent() ? Optional.empty()
                : Optional.of("county=" + code + " is not a county-level code of the official division list "
                        + "(NBS 2023): give its 6 or 12 digits, e.g. county=150525 for 奈曼旗");
    }

    private static Optional<String> badYear(String year) {
        return year.matches("(19|20)\\d\\d") ? Optional.empty()
                : Optional.of("year=" + year + " is not a plan year: give four digits, e.g. year=2024");
    }
}
