package govwatch.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Per-host delay, robots crawl-delay and Retry-After, measured as gaps between request arrivals. */
class PolitenessTest extends PortalTestBase {
    private final TestClock clock = new TestClock();

    PolitenessTest() {
        super("portal");
    }

    private CrawlSummary crawl(Duration delay, String start, String allow) {
        crawler = Fixtures.crawler(Fixtures.config(clock),
                List.of(Fixtures.portal("p", portal.url(start), portal.url(allow), delay)), sink, new InMemoryCrawlState());
        return crawler.crawlOnce();
    }

    @Test
    void requestsToOneHostAreSpacedByThePortalDelay() {
        crawl(Duration.ofMillis(150), "/zwgk/zfgzbg/index.html", "/zwgk/zfgzbg/");

        List<TestPortal.Request> requests = portal.requests();
        assertThat(requests).hasSize(6); // robots.txt + 5 pages
        assertThat(gapsMillis(requests)).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(150));
    }

    @Test
    void robotsCrawlDelayRaisesTheDelay() {
        portal.bytes("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 0.3\n".getBytes(StandardCharsets.UTF_8))
                .page("/col/index.html", "<a href='a.html'>a</a><a href='b.html'>b</a>")
                .page("/col/a.html", "a").page("/col/b.html", "b");

        crawl(Duration.ZERO, "/col/index.html", "/col/");

        List<TestPortal.Request> requests = portal.requests();
        assertThat(requests).hasSize(4);
        // the first gap follows robots.txt itself (fetched before its crawl-delay was known)
        assertThat(gapsMillis(requests.subList(1, 4))).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(300));
    }

    @Test
    void a429WithRetryAfterIsRetriedAfterTheWait() {
        AtomicInteger calls = new AtomicInteger();
        portal.page("/col/index.html", "<a href='busy.html'>busy</a>").handle("/col/busy.html", ex -> {
            if (calls.incrementAndGet() == 1) {
                ex.getResponseHeaders().set("Retry-After", "1");
                portal.send(ex, 429, "text/html", "slow down".getBytes(StandardCharsets.UTF_8));
            } else {
                portal.send(ex, 200, "text/html", "<title>ok</title>finally".getBytes(StandardCharsets.UTF_8));
            }
        });

        CrawlSummary summary = crawl(Duration.ZERO, "/col/index.html", "/col/");

        List<TestPortal.Request> busy = portal.requests("/col/busy.html");
        assertThat(busy).hasSize(2);
        // the test's own backoff is 50 ms: a gap of a second can only come from Retry-After
        assertThat(gapsMillis(busy).get(0)).isGreaterThanOrEqualTo(1000);
        assertThat(sink.page(portal.url("/col/busy.html")).body()).contains("finally");
        assertThat(summary.errors()).isZero();
    }

    @Test
    void a503ThatStaysIsAnErrorNotAPage() {
        portal.page("/col/index.html", "<a href='down.html'>down</a>")
                .handle("/col/down.html", ex -> portal.send(ex, 503, "text/html", "busy".getBytes(StandardCharsets.UTF_8)));

        CrawlSummary summary = crawl(Duration.ZERO, "/col/index.html", "/col/");

        assertThat(portal.requests("/col/down.html")).hasSize(2); // 1 retry in the test config
        assertThat(sink.urls()).containsExactly(portal.url("/col/index.html"));
        assertThat(summary.errors()).isEqualTo(1);
        assertThat(summary.portalErrors().get("p")).contains("down.html", "http_5xx");
    }

    private static List<Long> gapsMillis(List<TestPortal.Request> requests) {
        return java.util.stream.IntStream.range(1, requests.size())
                .mapToObj(i -> TimeUnit.NANOSECONDS.toMillis(requests.get(i).arrivedNanos() - requests.get(i - 1).arrivedNanos()))
                .toList();
    }
}
