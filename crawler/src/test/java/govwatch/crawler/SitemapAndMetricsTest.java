package govwatch.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SitemapAndMetricsTest {
    private final TestPortal portal = new TestPortal("portal");
    private final CollectingSink sink = new CollectingSink();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @AfterEach
    void tearDown() {
        portal.close();
    }

    private CrawlSummary crawl(String start, String allow) {
        try (Crawler crawler = new Crawler(Fixtures.config(new TestClock()),
                List.of(Fixtures.portal("m", portal.url(start), portal.url(allow), Duration.ZERO)), sink,
                new InMemoryCrawlState(), registry)) {
            return crawler.crawlOnce();
        }
    }

    @Test
    void pagesListedOnlyInASitemapIndexedByRobotsAreFound() {
        byte[] index = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>" + portal.url("/sitemap-zwgk.xml") + "</loc></sitemap></sitemapindex>").getBytes(StandardCharsets.UTF_8);
        byte[] sitemap = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>" + portal.url("/col/hidden.html") + "</loc></url>"
                + "<url><loc>" + portal.url("/elsewhere/out.html") + "</loc></url></urlset>").getBytes(StandardCharsets.UTF_8);
        portal.bytes("/robots.txt", "text/plain", ("User-agent: *\nAllow: /\nSitemap: " + portal.url("/sitemap.xml") + "\n")
                        .getBytes(StandardCharsets.UTF_8))
                .bytes("/sitemap.xml", "application/xml", index).bytes("/sitemap-zwgk.xml", "application/xml", sitemap)
                .page("/col/index.html", "<title>list</title>").page("/col/hidden.html", "<title>2024年政府工作报告</title>");

        crawl("/col/index.html", "/col/");

        assertThat(sink.urls()).containsExactlyInAnyOrder(portal.url("/col/index.html"), portal.url("/col/hidden.html"));
        assertThat(portal.requests("/elsewhere/out.html")).isEmpty();
    }

    @Test
    void metricsCountPagesByOutcomeRobotsBlocksBytesAndLatency() {
        crawl("/zwgk/zfgzbg/index.html", "/zwgk/zfgzbg/");

        assertThat(registry.get("govwatch.crawler.pages").tags("portal", "m", "outcome", "ok").counter().count()).isEqualTo(5);
        assertThat(registry.get("govwatch.crawler.robots.blocked").tag("portal", "m").counter().count()).isEqualTo(1);
        assertThat(registry.get("govwatch.crawler.fetch.latency").tag("portal", "m").timer().count()).isEqualTo(5);
        assertThat(registry.get("govwatch.crawler.bytes").tag("portal", "m").summary().totalAmount()).isGreaterThan(5000);
        assertThat(registry.get("govwatch.crawler.queue.depth").gauge().value()).isZero();
    }
}
