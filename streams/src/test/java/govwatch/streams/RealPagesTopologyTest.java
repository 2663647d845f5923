package govwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.events.Alert;
import govwatch.events.AlertType;
import govwatch.understanding.WorkReportAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.streams.TestOutputTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The topology with the real understanding, on the demo portal's pages as a crawler would publish them:
 * the noise a portal makes (chrome, dates, a reposting elsewhere) raises nothing; a real revision does.
 */
class RealPagesTopologyTest {

    private static final Path PAGES = Path.of("..", "seeds", "demo-portal", "zwgk", "zfgzbg");
    private static final String DONGMING = "202401/t20240104_1002.html";
    private static final String YIJINHUOLUO = "202304/t20230422_1005.html";

    private TopologyFixture t;
    private TestOutputTopic<String, Alert> alerts;

    @BeforeEach
    void start() {
        t = new TopologyFixture(new WorkReportAnalyzer());
        alerts = t.alerts;
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void cosmeticChangesAndARepostingRaiseNothing() throws IOException {
        String html = read(DONGMING);
        page("http://127.0.0.1/zwgk/zfgzbg/" + DONGMING, html);
        assertThat(alerts.readValuesToList()).extracting(Alert::reportId).containsExactly("150525105000/2024");

        String cosmetic = html.replace("发布时间：2024-01-04 10:12", "发布时间：2024-01-05 08:00")
                .replace("网站标识码：1100000001", "网站标识码：1100000002 浏览次数：5321")
                .replace("京ICP备12345678号", "京ICP备87654321号-2");
        assertThat(cosmetic).isNotEqualTo(html);
        page("http://127.0.0.1/zwgk/zfgzbg/" + DONGMING, cosmetic);
        // The same article reposted on the county portal, under another URL and without the township's chrome.
        String body = html.substring(html.indexOf("<div class=\"TRS_Editor\">"), html.indexOf("<div class=\"footer\">"));
        page("http://county.example/xxgk/t1.html", "<html><head><meta charset=\"utf-8\"><title>东明镇政府工作报告</title>"
                + "</head><body><h1>东明镇政府工作报告</h1>" + body + "</body></html>");

        assertThat(alerts.readValuesToList()).isEmpty();
    }

    @Test
    void theFinalVersionOfADraftWithAChangedTargetRaisesOneTargetChanged() throws IOException {
        String draft = read(YIJINHUOLUO);
        page("http://127.0.0.1/zwgk/zfgzbg/" + YIJINHUOLUO, draft);
        assertThat(alerts.readValuesToList()).singleElement().satisfies(a -> assertThat(a.draft()).isTrue());

        String fin = draft.replace("(草案)", "").replace("粮食种植面积达到6.47万亩以上", "粮食种植面积达到6.6万亩以上");
        page("http://127.0.0.1/zwgk/zfgzbg/202305/t20230520_1007.html", fin);

        List<Alert> out = alerts.readValuesToList();
        assertThat(out).hasSize(1);
        assertThat(out.get(0).type()).isEqualTo(AlertType.TARGET_CHANGED);
        assertThat(out.get(0).draft()).isFalse();
        assertThat(out.get(0).changes()).singleElement()
                .satisfies(c -> assertThat(c.before() + " → " + c.after()).isEqualTo("6.47万亩以上 → 6.6万亩以上"));

        page("http://127.0.0.1/zwgk/zfgzbg/" + YIJINHUOLUO, draft); // the stale draft again
        assertThat(alerts.readValuesToList()).isEmpty();
    }

    @Test
    void sameNamedTownshipsOfTwoDeclaredCountiesAreTwoReports() throws IOException {
        String html = read(DONGMING);
        page("http://naiman.example/zfgzbg/t1.html", html, "150525000000");
        page("http://shuangliao.example/zfgzbg/t1.html", html, "220382000000");

        List<Alert> out = alerts.readValuesToList();
        assertThat(out).extracting(Alert::type, Alert::reportId, a -> a.parent().name()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AlertType.NEW_REPORT, "150525105000/2024", "奈曼旗"),
                org.assertj.core.groups.Tuple.tuple(AlertType.NEW_REPORT, "220382107000/2024", "双辽市"));
        assertThat(out).extracting(a -> a.region().code()).containsExactly("150525105000", "220382107000");
    }

    private static String read(String page) throws IOException {
        return Files.readString(PAGES.resolve(page), StandardCharsets.UTF_8);
    }

    private void page(String url, String html) {
        t.page(url, html, null);
    }

    private void page(String url, String html, String county) {
        t.page(url, html, county);
    }
}
