package govwatch.app.web;

import govwatch.streams.coverage.Counties;
import govwatch.events.PublishedReport;
import govwatch.events.Target;
import govwatch.streams.ReportQueries.ReportView;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code /place?key=K}: one place — a chart per indicator set in two or more plan years, then its reports, newest
 * first, each with its targets table and a link to its source page.
 */
final class PlacePage {

    private PlacePage() {
    }

    /** A link to the place page of {@code reportId}, at that report. */
    static String link(String reportId, String label) {
        int slash = reportId.lastIndexOf('/');
        String anchor = slash < 0 ? "" : "#y" + Html.query(reportId.substring(slash + 1));
        return "<a href=\"" + Html.text("/place?key=" + Html.query(PlaceReports.keyOf(reportId)) + anchor) + "\">"
                + Html.text(label) + "</a>";
    }

    static String render(PlaceReports place) {
        StringBuilder b = new StringBuilder("<p class=\"note\">").append(Html.text(place.key())).append("</p>");
        List<IndicatorSeries> series = IndicatorSeries.of(place.reports());
        b.append("<h2>历年目标 Targets over the years</h2>");
        if (series.isEmpty()) {
            b.append("<p class=\"note\">No indicator is set in two plan years yet.</p>");
        }
        for (IndicatorSeries s : series) {
            b.append("<figure class=\"indicator\" data-indicator=\"").append(Html.text(s.indicator()))
                    .append("\"><figcaption>").append(Html.text(s.indicator())).append(" (")
                    .append(Html.text(s.unit())).append(") <span class=\"note\">").append(Html.text(s.movement()))
                    .append("</span></figcaption>")
                    .append(SvgChart.render(s.indicator(), s.points(), s.unit())).append("</figure>");
        }
        for (int i = place.reports().size() - 1; i >= 0; i--) {
            b.append(report(place.reports().get(i)));
        }
        return Html.page(place.fullName(), b.toString());
    }

    private static String report(ReportView view) {
        PublishedReport r = view.current();
        StringBuilder b = new StringBuilder("<section class=\"report\" id=\"y").append(Html.text(r.year()))
                .append("\"><h2>").append(Html.text(r.year())).append(" · ").append(Html.text(r.title()))
                .append(r.draft() ? " <span class=\"draft\">草案</span>" : "").append("</h2><p>")
                .append(Html.sourceLink(r.sourceUrl(), "原文 source page")).append(" · meeting ")
                .append(Html.text(r.meetingDate())).append(" · published ").append(Html.text(r.publishedAt()))
                .append(" · report id ").append(Html.text(view.reportId()));
        Counties.countyOf(r).ifPresent(county -> b.append(" · ").append("<a href=\"")
                .append(Html.text("/county?code=" + county.code() + "&year=" + r.year())).append("\">")
                .append(Html.text(county.name())).append(" coverage ").append(Html.text(r.year())).append("</a>"));
        b.append("</p>");
        if (r.targets().isEmpty()) {
            return b.append("<p class=\"note\">No target found in this report.</p></section>").toString();
        }
        b.append("<table class=\"targets\"><tr><th>indicator</th><th>target</th><th>in base units</th>"
                + "<th>due</th><th>clause</th></tr>");
        for (Target t : r.targets()) {
            b.append("<tr><td>").append(Html.text(t.indicator())).append("</td><td>").append(Html.text(t.describe()))
                    .append("</td><td>").append(t.normalized() == null ? ""
                            : Html.text(plain(t.normalized().value()) + " " + t.normalized().unit()))
                    .append("</td><td>").append(Html.text(t.horizon())).append("</td><td class=\"clause\">")
                    .append(Html.text(t.text())).append("</td></tr>");
        }
        return b.append("</table></section>").toString();
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }
}
