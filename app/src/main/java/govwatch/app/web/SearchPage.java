package govwatch.app.web;

import java.util.List;
import java.util.Locale;

/** {@code /search?q=NAME}: the places whose name (or county and name) contains what was typed. */
final class SearchPage {

    private SearchPage() {
    }

    static String render(String q, List<PlaceReports> places) {
        String query = q == null ? "" : q.strip();
        StringBuilder b = new StringBuilder("<form action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" "
                + "value=\"").append(Html.text(query)).append("\"> <button type=\"submit\">搜索 search</button></form>");
        if (query.isEmpty()) {
            return Html.page("搜索 Search", b.append("<p class=\"note\">Type a place name, e.g. 东明镇.</p>").toString());
        }
        String needle = query.toLowerCase(Locale.ROOT);
        List<PlaceReports> found = places.stream()
                .filter(p -> p.fullName().toLowerCase(Locale.ROOT).contains(needle) || p.key().equals(query))
                .toList();
        b.append("<p>").append(found.size()).append(" place(s) found for “").append(Html.text(query)).append("”</p>");
        if (!found.isEmpty()) {
            b.append("<ul id=\"results\">");
            for (PlaceReports p : found) {
                b.append("<li>").append(Html.link("/place", "key", p.key(), p.fullName())).append(" ")
                        .append(Html.text(p.years())).append("</li>");
            }
            b.append("</ul>");
        }
        return Html.page("搜索 Search", b.toString());
    }
}
