package govwatch.app.web;

import govwatch.events.Alert;
import govwatch.events.Change;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** {@code /}: the latest alerts, newest first, each linking to its report; then every place with its plan years. */
final class HomePage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private HomePage() {
    }

    static String render(List<Alert> alerts, boolean alertsAvailable, List<PlaceReports> places) {
        StringBuilder b = new StringBuilder("<h2>最新提醒 Latest alerts</h2>");
        if (!alertsAvailable) {
            b.append("<p class=\"note\">This server does not read the alert topic.</p>");
        } else if (alerts.isEmpty()) {
            b.append("<p class=\"note\">No alert yet.</p>");
        } else {
            b.append("<table id=\"alerts\"><tr><th>detected</th><th>alert</th><th>place</th><th>year</th>"
                    + "<th>report</th><th>what</th><th>source</th></tr>");
            for (Alert a : alerts) {
                b.append("<tr><td>").append(a.detectedAt() == null ? "" : TIME.format(a.detectedAt()))
                        .append("</td><td>").append(Html.text(a.type())).append("</td><td>")
                        .append(Html.text(a.region() == null ? "" : a.region().name())).append("</td><td>")
                        .append(Html.text(a.year())).append("</td><td>")
                        .append(a.reportId() == null ? Html.text(a.title())
                                : PlacePage.link(a.reportId(), a.title() == null ? a.reportId() : a.title()))
                        .append(a.draft() ? " <span class=\"draft\">草案</span>" : "").append("</td><td>")
                        .append(Html.text(what(a))).append("</td><td>").append(Html.sourceLink(a.sourceUrl(), "原文"))
                        .append("</td></tr>");
            }
            b.append("</table>");
        }
        b.append("<h2>地方 Places</h2>");
        if (places.isEmpty()) {
            b.append("<p class=\"note\">No report stored yet.</p>");
        } else {
            b.append("<table id=\"places\"><tr><th>place</th><th>county</th><th>plan years</th></tr>");
            for (PlaceReports p : places) {
                b.append("<tr><td>").append(Html.link("/place", "key", p.key(), p.name())).append("</td><td>")
                        .append(Html.text(p.county())).append("</td><td>")
                        .append(p.years().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                        .append("</td></tr>");
            }
            b.append("</table>");
        }
        b.append(CoveragePage.form(null, null));
        return Html.page("govwatch: 政府工作报告 government work reports", b.toString());
    }

    /** A short summary: the targets set, the changes made, or the deadline a report is missing since. */
    private static String what(Alert a) {
        if (a.deadline() != null) {
            return "no report by " + a.deadline(); // MISSING_REPORT
        }
        if (a.changes() != null && !a.changes().isEmpty()) {
            return a.changes().stream().map(HomePage::change).collect(Collectors.joining("; "));
        }
        String what = a.targets() == null ? "" : a.targets().size() + " target(s)";
        if (a.yearOverYear() != null && !a.yearOverYear().isEmpty()) {
            what += "; vs last year: " + a.yearOverYear().stream().map(HomePage::change)
                    .collect(Collectors.joining("; "));
        }
        return what;
    }

    private static String change(Change c) {
        return c.indicator() + ": " + c.before() + " → " + c.after();
    }
}
