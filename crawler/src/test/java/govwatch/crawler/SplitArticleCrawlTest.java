package govwatch.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.crawler.seed.PortalSeed;
import govwatch.events.PageEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An article split over three pages is published once, at its first page's URL, as the joined text of all three;
 * the continuation pages are not published on their own; a change on the last page publishes the whole again.
 */
class SplitArticleCrawlTest extends PortalTestBase {
    private static final String PAGER = "<div class='pager'><a href='t20250110_3001.html'>1</a> <a href='t20250110_3001_1.html'>2</a>"
            + " <a href='t20250110_3001_2.html'>3</a> <a href='t20250110_3001_1.html'>下一页</a></div>";
    private final TestClock clock = new TestClock();
    private final InMemoryCrawlState state = new InMemoryCrawlState();

    SplitArticleCrawlTest() {
        super((String) null);
        portal.page("/col/index.html", "<ul><li><a href='2025/t20250110_3001.html'>柳湾镇工作报告</a></li></ul>");
        part(0, "<p>各位代表：我代表镇人民政府向大会报告工作。</p><p>去年全镇修通村道十二公里。</p>");
        part(1, "<p>今年的主要预期目标是：全镇生产总值增长百分之六左右。</p>");
        lastPart("<p>新增城镇就业三百人。</p>");
    }

    private void part(int n, String text) {
        portal.page("/col/2025/t20250110_3001" + (n == 0 ? "" : "_" + n) + ".html",
                "<html><head><title>柳湾镇2025年政府工作报告</title></head><body><div class='nav'>首页 > 政务公开</div>"
                        + "<h1>柳湾镇2025年政府工作报告</h1>" + text + PAGER + "</body></html>");
    }

    private void lastPart(String text) {
        part(2, text + "<p><a href='/col/2025/notice.html'>相关通知</a></p>");
        portal.page("/col/2025/notice.html", "<p>会议通知</p>");
    }

    private CrawlSummary pass() {
        if (crawler == null) {
            PortalSeed s = Fixtures.portal("split", portal.url("/col/index.html"), portal.url("/col/"), Duration.ZERO);
            crawler = Fixtures.crawler(Fixtures.configBuilder(clock).timeout(Duration.ofSeconds(30)).build(),
                    List.of(s), sink, state);
        }
        sink.clear();
        return crawler.crawlOnce();
    }

    @Test
    void theThreePagesArePublishedAsOneArticleAtTheFirstPagesUrl() {
        pass();

        String article = portal.url("/col/2025/t20250110_3001.html");
        assertThat(sink.urls()).containsExactlyInAnyOrder(portal.url("/col/index.html"), article,
                portal.url("/col/2025/notice.html")); // the last part's link is followed
        PageEvent page = sink.page(article);
        assertThat(page.contentType()).isEqualTo("text/plain");
        assertThat(page.body()).contains("我代表镇人民政府向大会报告工作", "增长百分之六左右", "新增城镇就业三百人")
                .doesNotContain("下一页");
        assertThat(page.body().indexOf("增长百分之六")).isLessThan(page.body().indexOf("新增城镇就业"));
        assertThat(page.contentHash()).isEqualTo(ResponseReader.sha256(page.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(portal.requests("/col/2025/t20250110_3001_1.html")).hasSize(1);
        assertThat(state.get(portal.url("/col/2025/t20250110_3001_2.html"))).as("parts are not remembered alone").isEmpty();
    }

    @Test
    void aChangeOnTheLastPageRepublishesTheWholeArticleAndNoChangeNothing() {
        pass();
        clock.advance(Duration.ofDays(2)); // every page due again
        pass();
        assertThat(sink.urls()).as("nothing changed").isEmpty();
        assertThat(portal.requests("/col/2025/t20250110_3001_2.html")).hasSize(2);

        lastPart("<p>新增城镇就业五百人。</p>");
        clock.advance(Duration.ofDays(2));
        pass();

        PageEvent page = sink.page(portal.url("/col/2025/t20250110_3001.html"));
        assertThat(page.body()).contains("我代表镇人民政府向大会报告工作", "新增城镇就业五百人").doesNotContain("三百人");
        assertThat(sink.urls()).hasSize(1);
    }

    @Test
    void aPartThatFailsFailsTheArticleForThisPass() {
        portal.handle("/col/2025/t20250110_3001_1.html", ex -> portal.send(ex, 500, "text/html", "<p>error</p>".getBytes(StandardCharsets.UTF_8)));

        CrawlSummary summary = pass();

        assertThat(sink.urls()).containsExactly(portal.url("/col/index.html"));
        assertThat(summary.errors()).isEqualTo(1);
        assertThat(state.get(portal.url("/col/2025/t20250110_3001.html"))).as("retried next pass").isEmpty();
    }

    @Test
    void aPartThatIsNotThereIsLeftOut() {
        portal.handle("/col/2025/t20250110_3001_1.html", ex -> portal.send(ex, 404, "text/html", "<p>无此页</p>".getBytes(StandardCharsets.UTF_8)));

        CrawlSummary summary = pass();

        assertThat(summary.errors()).isZero();
        assertThat(sink.page(portal.url("/col/2025/t20250110_3001.html")).body())
                .contains("我代表镇人民政府向大会报告工作", "新增城镇就业三百人").doesNotContain("百分之六");
    }
}
