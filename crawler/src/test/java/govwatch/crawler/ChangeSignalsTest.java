package govwatch.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.crawler.seed.PortalSeed;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A revised article is fetched again at the next list recrawl when the portal dates it after our last fetch — a date
 * beside its link on the list page, or its sitemap {@code <lastmod>} — and not before {@code articleRecheck}
 * without such a signal. The test clock starts at 2024-03-01 16:00 in Shanghai; articles are re-checked every 30 days.
 */
class ChangeSignalsTest extends PortalTestBase {
    private final TestClock clock = new TestClock();
    private final InMemoryCrawlState state = new InMemoryCrawlState();

    ChangeSignalsTest() {
        super((String) null);
        article("a", "第一版");
        article("b", "第一版");
    }

    private void article(String name, String version) {
        portal.page("/col/" + name + ".html", "<html><body><h1>某镇" + name + "报告</h1><p>" + version + "</p></body></html>");
    }

    private void list(String dateA, String dateB) {
        portal.page("/col/index.html", "<ul><li><a href='a.html'>甲镇报告</a><span>" + dateA + "</span></li>"
                + "<li><a href='b.html'>乙镇报告</a><span>" + dateB + "</span></li></ul>");
    }

    private void sitemap(String lastmodA, String lastmodB) {
        portal.bytes("/robots.txt", "text/plain", ("User-agent: *\nAllow: /\nSitemap: " + portal.url("/sitemap.xml") + "\n")
                .getBytes(StandardCharsets.UTF_8));
        portal.bytes("/sitemap.xml", "application/xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>" + portal.url("/col/a.html") + "</loc><lastmod>" + lastmodA + "</lastmod></url>"
                + "<url><loc>" + portal.url("/col/b.html") + "</loc><lastmod>" + lastmodB + "</lastmod></url>"
                + "</urlset>").getBytes(StandardCharsets.UTF_8));
    }

    private void pass() {
        if (crawler == null) {
            PortalSeed s = Fixtures.portal("sig", portal.url("/col/index.html"), portal.url("/col/"), Duration.ZERO);
            s = new PortalSeed(s.id(), s.name(), s.startUrls(), s.allowedPrefixes(), s.deny(), s.maxDepth(),
                    Duration.ofHours(1), s.politenessDelay(), s.charsetOverride(), s.serveDir(), s.countyCode(),
                    s.budgets(), Duration.ofDays(30));
            crawler = Fixtures.crawler(Fixtures.configBuilder(clock).timeout(Duration.ofSeconds(30)).build(),
                    List.of(s), sink, state);
        }
        sink.clear();
        crawler.crawlOnce();
    }

    @Test
    void aNewerDateBesideTheLinkOnTheListPageFetchesTheArticleAtTheNextListRecrawl() {
        list("2024-02-28", "2024-02-28");
        pass();
        article("a", "修订版");
        article("b", "修订版");
        list("2024-03-02", "2024-02-28"); // a revised today (Shanghai time), b's date unchanged
        clock.advance(Duration.ofHours(2)); // the list is due again, the articles not for 30 days

        pass();

        assertThat(sink.urls()).containsExactlyInAnyOrder(portal.url("/col/index.html"), portal.url("/col/a.html"));
        assertThat(sink.page(portal.url("/col/a.html")).body()).contains("修订版");
        assertThat(portal.requests("/col/a.html")).hasSize(2);
        assertThat(portal.requests("/col/b.html")).as("no signal: waits for articleRecheck").hasSize(1);
    }

    @Test
    void aNewerSitemapLastmodFetchesTheArticleAtTheNextRecrawl() {
        list("", "");
        sitemap("2024-02-28", "2024-02-28T10:00:00+08:00");
        pass();
        article("a", "修订版");
        article("b", "修订版");
        sitemap("2024-03-01T17:30:00+08:00", "2024-02-28T10:00:00+08:00");
        clock.advance(Duration.ofHours(2));

        pass();

        assertThat(sink.urls()).containsExactly(portal.url("/col/a.html"));
        assertThat(portal.requests("/col/a.html")).as("passed over as not due, then queued again once").hasSize(2);
        assertThat(portal.requests("/col/b.html")).hasSize(1);
    }

    @Test
    void withoutASignalARevisedArticleWaitsForItsRecheck() {
        list("2024-02-28", "2024-02-28");
        pass();
        article("a", "修订版");
        clock.advance(Duration.ofHours(2));

        pass();

        assertThat(sink.urls()).isEmpty(); // the list page is unchanged, the article not due
        assertThat(portal.requests("/col/a.html")).hasSize(1);
        clock.advance(Duration.ofDays(30));
        pass();
        assertThat(sink.urls()).contains(portal.url("/col/a.html"));
    }

    @Test
    void aSitemapWhoseEntriesAllBearOneStampIsNoSignal() {
        Map<String, Instant> stamps = new HashMap<>();
        for (int i = 0; i < ChangeSignals.GENERATION_STAMP_MIN; i++) {
            stamps.put(portal.url("/col/" + i + ".html"), Instant.parse("2024-03-01T09:00:00Z"));
        }
        assertThat(ChangeSignals.sitemapDates(stamps)).isEmpty();
        stamps.put(portal.url("/col/0.html"), Instant.parse("2024-03-01T10:00:00Z"));
        assertThat(ChangeSignals.sitemapDates(stamps)).hasSize(ChangeSignals.GENERATION_STAMP_MIN);
    }
}
