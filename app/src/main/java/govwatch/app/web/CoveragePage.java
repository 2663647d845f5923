package govwatch.app.web;

import govwatch.streams.coverage.Coverage;

/** {@code /county?code=CODE&year=Y}: a county's township-level units, published or missing for a plan year. */
final class CoveragePage {

    private CoveragePage() {
    }

    /** The form asking for a county and a year, filled with what was asked (may be null). */
    static String form(String code, String year) {
        return "<h2>覆盖 Coverage of a county</h2><form id=\"coverage-form\" action=\"/county\" method=\"get\">"
                + "<label>county code <input name=\"code\" placeholder=\"150525\" value=\"" + Html.text(code)
                + "\"></label> <label>plan year <input name=\"year\" size=\"5\" placeholder=\"2024\" value=\""
                + Html.text(year) + "\"></label> <button type=\"submit\">show</button></form>";
    }

    /** The form alone, with a message ({@code null} for none). */
    static String ask(String code, String year, String message) {
        String body = (message == null ? "" : "<p class=\"error\">" + Html.text(message) + "</p>") + form(code, year);
        return Html.page("覆盖 Coverage", body);
    }

    static String render(Coverage.Table table) {
        StringBuilder b = new StringBuilder("<p id=\"coverage-summary\">").append(table.published()).append(" of ")
                .append(table.townships().size()).append(" township-level units published for ")
                .append(table.year()).append(" (official list, NBS 2023)</p>");
        b.append("<table id=\"coverage\"><tr><th>code</th><th>township</th><th>status</th><th>report</th>"
                + "<th>source</th></tr>");
        for (Coverage.Township t : table.townships()) {
            boolean published = t.status() == Coverage.Status.PUBLISHED;
            b.append("<tr class=\"").append(published ? "published" : "missing").append("\"><td>")
                    .append(Html.text(t.code())).append("</td><td>").append(Html.text(t.name())).append("</td><td>")
                    .append(published ? "published" : "missing").append(t.draft() ? " (草案)" : "").append("</td><td>")
                    .append(t.reportId() == null ? "" : PlacePage.link(t.reportId(), t.reportId())).append("</td><td>")
                    .append(Html.sourceLink(t.sourceUrl(), "原文")).append("</td></tr>");
        }
        b.append("</table>").append(form(table.county().substring(0, 6), Integer.toString(table.year())));
        return Html.page(table.countyName() + " " + table.year() + " 覆盖 coverage", b.toString());
    }
}
