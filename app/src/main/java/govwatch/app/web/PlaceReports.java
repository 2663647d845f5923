package govwatch.app.web;

import govwatch.streams.coverage.Counties;
import govwatch.events.PublishedReport;
import govwatch.places.Place;
import govwatch.streams.ReportQueries.ReportView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One place and its reports, oldest plan year first. A place is what its report ids share before the year: the
 * official code ({@code 150525105000}), or the county and name of a place not in the official list
 * ({@code 南江县关路镇}).
 *
 * @param key     the report ids' place part
 * @param name    the place's name as the latest report writes it
 * @param county  its county: the official one where the code resolves, else the parent the page stated; may be null
 * @param reports its reports, oldest plan year first
 */
record PlaceReports(String key, String name, String county, List<ReportView> reports) {

    /** The place part of a report id ({@code 150525105000/2024} → {@code 150525105000}). */
    static String keyOf(String reportId) {
        int slash = reportId.lastIndexOf('/');
        return slash < 0 ? reportId : reportId.substring(0, slash);
    }

    /** Every place of {@code reports}, by name then key. */
    static List<PlaceReports> of(List<ReportView> reports) {
        Map<String, List<ReportView>> byKey = new LinkedHashMap<>();
        for (ReportView r : reports) {
            if (r.current() != null && r.current().region() != null) {
                byKey.computeIfAbsent(keyOf(r.reportId()), k -> new ArrayList<>()).add(r);
            }
        }
        List<PlaceReports> out = new ArrayList<>();
        byKey.forEach((key, views) -> {
            views.sort(Comparator.comparing(v -> v.current().year(), Comparator.nullsFirst(Comparator.naturalOrder())));
            PublishedReport latest = views.get(views.size() - 1).current();
            String county = Counties.countyOf(latest).map(Place::name)
                    .orElse(latest.parent() == null ? null : latest.parent().name());
            out.add(new PlaceReports(key, latest.region().name(), county, List.copyOf(views)));
        });
        out.sort(Comparator.comparing(PlaceReports::name).thenComparing(PlaceReports::key));
        return out;
    }

    /** The name with its county, as people tell two places of one name apart: 奈曼旗 东明镇. */
    String fullName() {
        return county == null ? name : county + " " + name;
    }

    /** The plan years, oldest first. */
    List<Integer> years() {
        return reports.stream().map(r -> r.current().year()).toList();
    }
}
