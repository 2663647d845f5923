package govwatch.crawler.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date beside each link of a list page, in the layouts portals use; never a neighbour's date. */
class ListDatesTest {
    private static final String BASE = "http://p.example/col/index.html";
    private static final String A = "http://p.example/col/a.html";

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "<ul><li><a href='a.html'>报告</a><span>2025-03-02</span></li></ul>                  | 2025-03-01T16:00:00Z",
        "<ul><li><span>[2025/03/02]</span> <a href='a.html'>报告</a></li></ul>               | 2025-03-01T16:00:00Z",
        "<table><tr><td><a href='a.html'>报告</a></td><td>2025年3月2日</td></tr></table>        | 2025-03-01T16:00:00Z",
        "<div><a href='a.html'>报告</a> 2025.03.02 09:30</div>                                | 2025-03-02T01:30:00Z",
        "<ul><li><a href='a.html'>2024年政府工作报告</a></li><li><span>2025-03-02</span><a href='b.html'>b</a></li></ul> | ",
        "<ul><li><a href='a.html'>报告</a><span>2025-13-40</span></li></ul>                  | ",
        "<p><a href='a.html'>报告</a><a href='b.html'>b</a> 2025-03-02</p>                   | ",
    })
    void theDateBesideALink(String html, String expected) {
        Map<String, Instant> dates = ListDates.dates(html, BASE);

        assertThat(dates.get(A)).isEqualTo(expected == null ? null : Instant.parse(expected));
    }

    @Test
    void aLinkShownTwiceKeepsItsLatestDate() {
        String html = "<ul><li><a href='a.html'>报告</a><span>2025-03-02</span></li></ul>"
                + "<ul><li><a href='a.html'>报告</a><span>2025-03-05</span></li></ul>";

        assertThat(ListDates.dates(html, BASE)).containsEntry(A, Instant.parse("2025-03-04T16:00:00Z"));
    }

    @Test
    void aHugeListStaysBoundedAroundEachLink() {
        StringBuilder html = new StringBuilder("<div>");
        for (int i = 0; i < 20_000; i++) {
            html.append("<span>").append("字".repeat(50)).append("</span>");
        }
        html.append("<a href='a.html'>报告</a>").append("<b>x</b>".repeat(20_000)).append("2025-03-02</div>");

        assertThat(ListDates.dates(html.toString(), BASE)).isEmpty(); // the date is far beyond the window
    }
}
