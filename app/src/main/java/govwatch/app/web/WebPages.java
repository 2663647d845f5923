package govwatch.app.web;

import govwatch.streams.coverage.Counties;
import govwatch.streams.coverage.Coverage;
import govwatch.events.PublishedReport;
import govwatch.places.Divisions;
import govwatch.streams.ReportQueries.ReportView;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The read-only web page for people, rendered on the server as plain HTML with inline SVG charts (no script, nothing
 * loaded from elsewhere, so it works offline):
 * <ul>
 *   <li>{@code /} — the latest alerts, newest first, and every place;</li>
 *   <li>{@code /place?key=K} — one place: its charts over the years and its reports with their targets;</li>
 *   <li>{@code /county?code=CODE&year=Y} — a county's coverage for a plan year;</li>
 *   <li>{@code /search?q=NAME} — places by name.</li>
 * </ul>
 * Every text shown comes from hostile pages and is escaped ({@link Html}).
 */
public final class WebPages {

    /** Where the pages read every report stored now, whichever instance hosts it. */
    @FunctionalInterface
    public interface Reports {
        /** Every report, of every instance. */
        List<ReportView> all() throws IOException, InterruptedException;
    }

    /** A rendered page. */
    public record Page(int status, String html) {
    }

    private final Reports reports;
    private final RecentAlerts alerts;

    public WebPages(Reports reports, RecentAlerts alerts) {
        this.reports = reports;
        this.alerts = alerts;
    }

    /** The page at {@code path} (decoded query parameters in {@code params}); 404 for a path that is no page. */
    public Page render(String path, Map<String, String> params) throws IOException, InterruptedException {
        return switch (path) {
            case "/", "/index.html" -> ok(HomePage.render(alerts.newestFirst(), alerts.available(),
                    PlaceReports.of(reports.all())));
            case "/place" -> place(params.get("key"));
            case "/county" -> county(params.get("code"), params.get("year"));
            case "/search" -> ok(SearchPage.render(params.get("q"), PlaceReports.of(reports.all())));
            default -> new Page(404, Html.page("Not found", "<p>No page here. <a href=\"/\">Start again</a>.</p>"));
        };
    }

    private Page place(String key) throws IOException, InterruptedException {
        Optional<PlaceReports> place = key == null ? Optional.empty()
                : PlaceReports.of(reports.all()).stream().filter(p -> p.key().equals(key)).findFirst();
        return place.map(p -> ok(PlacePage.render(p))).orElseGet(() -> new Page(404, Html.page("No such place",
                "<p>No report is stored for " + Html.text(key) + ". Search a place by name above.</p>")));
    }

    private Page county(String code, String year) throws IOException, InterruptedException {
        if ((code == null || code.isBlank()) && (year == null || year.isBlank())) {
            return ok(CoveragePage.ask(null, null, null));
        }
        if (code == null || Counties.countyLevel(code.strip()).isEmpty()) {
            return new Page(400, CoveragePage.ask(code, year, "county code " + code + " is not a county-level code "
                    + "of the official division list (NBS 2023): give its 6 or 12 digits, e.g. 150525 for 奈曼旗"));
        }
        if (year == null || !year.strip().matches("(19|20)\\d\\d")) {
            return new Page(400, CoveragePage.ask(code, year, "plan year " + year
                    + " is not a year: give four digits, e.g. 2024"));
        }
        Map<String, PublishedReport> byId = new TreeMap<>();
        reports.all().forEach(v -> byId.put(v.reportId(), v.current()));
        return ok(CoveragePage.render(new Coverage(Divisions.official())
                .of(code.strip(), Integer.parseInt(year.strip()), byId)));
    }

    /** The page saying that the store cannot answer now ({@code reason}: rebalancing, an instance not answering). */
    public static Page unavailable(String reason) {
        return new Page(503, Html.page("Not available now", "<p>The reports cannot be read right now: "
                + Html.text(reason) + ". Reload in a moment.</p>"));
    }

    private static Page ok(String html) {
        return new Page(200, html);
    }
}
