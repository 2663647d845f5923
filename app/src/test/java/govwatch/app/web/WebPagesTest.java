package govwatch.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.events.Alert;
import govwatch.events.AlertType;
import govwatch.events.Bound;
import govwatch.events.Level;
import govwatch.events.PublishedReport;
import govwatch.events.Quantity;
import govwatch.events.Region;
import govwatch.events.Target;
import govwatch.streams.ReportQueries.ReportView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pages show what hostile portals wrote as text, never as markup: a report title and a target clause carrying
 * {@code <script>} and {@code "onload=} come out escaped on every page that shows them, and a {@code javascript:}
 * source URL is no link. A place with an indicator in two years gets a chart of two points.
 */
class WebPagesTest {

    private static final String HOSTILE_TITLE = "东明镇<script>alert(1)</script>政府工作报告";
    private static final String HOSTILE_CLAUSE = "完成一般公共预算收入5000万元\"><img src=x \"onload=alert(2)>";
    private static final Region PLACE = new Region("东明镇", Level.TOWNSHIP, "150525105000");
    private static final Region COUNTY = new Region("奈曼旗", Level.COUNTY, "150525000000");

    private final RecentAlerts alerts = RecentAlerts.added();
    private final WebPages pages = new WebPages(() -> List.of(view(2023, "普通标题", "清楚的句子", "4800",
            "http://127.0.0.1/a.html"), view(2024, HOSTILE_TITLE, HOSTILE_CLAUSE, "5000", "javascript:alert(3)")),
            alerts);

    @Test
    void hostileTitlesAndClausesAreEscapedOnEveryPage() throws Exception {
        alerts.add(new Alert(AlertType.NEW_REPORT, "150525105000/2024", PLACE, COUNTY, 2024, HOSTILE_TITLE, false,
                "javascript:alert(4)", Instant.parse("2024-01-05T00:00:00Z"), List.of(), null, null));

        String home = pages.render("/", Map.of()).html();
        String place = pages.render("/place", Map.of("key", "150525105000")).html();
        String search = pages.render("/search", Map.of("q", "<script>\"onload=")).html();

        for (String page : List.of(home, place, search)) {
            assertThat(page).doesNotContain("<script").doesNotContain("<img").doesNotContain("\"onload=")
                    .doesNotContain("href=\"javascript:");
        }
        assertThat(home).contains("东明镇&lt;script&gt;alert(1)&lt;/script&gt;政府工作报告");
        assertThat(place).contains("东明镇&lt;script&gt;alert(1)&lt;/script&gt;政府工作报告")
                .contains("5000万元&quot;&gt;&lt;img src=x &quot;onload=alert(2)&gt;")
                .contains("javascript:alert(3)"); // shown as text, not a link
        assertThat(search).contains("&lt;script&gt;&quot;onload=");
    }

    @Test
    void aMissingReportIsListedWithItsDeadlineAndNoSource() throws Exception {
        alerts.add(Alert.missingReport(new Region("大沁他拉镇", Level.TOWNSHIP, "150525100000"), COUNTY, 2024,
                java.time.LocalDate.of(2024, 3, 31), Instant.parse("2024-03-31T16:00:00Z")));

        String home = pages.render("/", Map.of()).html();

        assertThat(home).contains("MISSING_REPORT").contains("大沁他拉镇").contains("no report by 2024-03-31")
                .doesNotContain("原文");
    }

    @Test
    void anIndicatorSetInTwoYearsIsChartedWithTwoPoints() throws Exception {
        String place = pages.render("/place", Map.of("key", "150525105000")).html();

        assertThat(place).contains("data-indicator=\"一般公共预算收入\"").contains("<polyline");
        assertThat(place.split("<circle class=\"point\"", -1)).hasSize(3);
        assertThat(place).contains(">2023<").contains(">2024<").contains("5000万").contains("4800万");
    }

    @Test
    void unknownPathsAndPlacesAre404AndABadCountyIsSaidSo() throws Exception {
        assertThat(pages.render("/nothing", Map.of()).status()).isEqualTo(404);
        assertThat(pages.render("/place", Map.of("key", "999")).status()).isEqualTo(404);
        WebPages.Page county = pages.render("/county", Map.of("code", "1505", "year", "2024"));
        assertThat(county.status()).isEqualTo(400);
        assertThat(county.html()).contains("county code 1505 is not a county-level code");
    }

    private static ReportView view(int year, String title, String clause, String wan, String source) {
        BigDecimal value = new BigDecimal(wan);
        Target target = new Target("一般公共预算收入", value, null, "万元",
                new Quantity(value.movePointRight(4), "元"), null, Bound.EXACT, clause, Integer.toString(year));
        PublishedReport report = new PublishedReport(true, title, PLACE, COUNTY, year, year - 1, "plan-section",
                null, null, false, null, source, "hash", 7, List.of(target), null);
        return new ReportView(PLACE.code() + "/" + year, report, List.of());
    }
}
