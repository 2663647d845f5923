package govwatch.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** robots.txt by RFC 9309 §2.3.1: 2xx rules, 4xx allow, 5xx and no answer disallow for the pass and ask again next pass. */
class RobotsRfcTest extends PortalTestBase {
    private final TestClock clock = new TestClock();

    RobotsRfcTest() {
        super((String) null);
    }

    private CrawlSummary crawl() {
        if (crawler == null) {
            crawler = Fixtures.crawler(Fixtures.configBuilder(clock).maxRetries(0).build(), List.of(Fixtures.portal("r",
                    portal.url("/col/index.html"), portal.url("/col/"), Duration.ZERO)), sink, new InMemoryCrawlState());
        }
        return crawler.crawlOnce();
    }

    @ParameterizedTest(name = "robots.txt HTTP {0} → page fetched: {1}")
    @CsvSource({
        "200, false, robots.txt disallows",
        "404, true,  ''",
        "403, true,  ''",
        "401, true,  ''",
        "500, false, HTTP 500",
        "503, false, HTTP 503",
        "429, false, HTTP 429",
    })
    void statusDecidesWhetherThePageIsFetched(int status, boolean fetched, String error) {
        portal.handle("/robots.txt", ex -> portal.send(ex, status, "text/plain",
                "User-agent: *\nDisallow: /col/\n".getBytes(StandardCharsets.UTF_8)))
                .page("/col/index.html", "<title>start</title>");

        CrawlSummary summary = crawl();

        assertThat(portal.requests("/col/index.html")).hasSize(fetched ? 1 : 0);
        assertThat(sink.urls()).hasSize(fetched ? 1 : 0);
        if (!fetched) {
            assertThat(summary.portalErrors().get("r")).contains(error);
        }
    }

    @Test
    void anUnreachableRobotsTxtDisallowsForThePass() {
        portal.handle("/robots.txt", ex -> ex.close()).page("/col/index.html", "<title>start</title>");

        CrawlSummary summary = crawl();

        assertThat(portal.requests("/col/index.html")).isEmpty();
        assertThat(summary.errors()).isEqualTo(1);
        assertThat(summary.portalErrors().get("r")).contains("robots.txt unreachable", "disallowed for this pass");
    }

    @Test
    void aFailedRobotsTxtIsAskedForAgainNextPass() {
        AtomicInteger calls = new AtomicInteger();
        portal.handle("/robots.txt", ex -> portal.send(ex, calls.incrementAndGet() == 1 ? 500 : 404, "text/plain", new byte[0]))
                .page("/col/index.html", "<title>start</title>");

        crawl();
        assertThat(sink.urls()).isEmpty();
        clock.advance(Duration.ofMinutes(1)); // well inside robotsTtl: a good answer would be cached
        crawl();

        assertThat(portal.requests("/robots.txt")).hasSize(2);
        assertThat(sink.urls()).containsExactly(portal.url("/col/index.html"));
    }

    @Test
    void junkAndEscapeCodesInRobotsTxtDoNotHideItsRulesAndAHugeCrawlDelayIsCapped() {
        portal.bytes("/robots.txt", "text/plain", ("\u001b[31mjunk\u0000\nUser-agent: *\nCrawl-delay: 86400\n\u0007\n"
                        + "Disallow: /col/secret.html\n").getBytes(StandardCharsets.UTF_8))
                .page("/col/index.html", "<a href='a.html'>a</a><a href='secret.html'>s</a>").page("/col/a.html", "a");
        crawler = Fixtures.crawler(Fixtures.configBuilder(clock).maxCrawlDelay(Duration.ofMillis(100)).build(),
                List.of(Fixtures.portal("r", portal.url("/col/index.html"), portal.url("/col/"), Duration.ZERO)), sink,
                new InMemoryCrawlState());

        CrawlSummary summary = crawl();

        assertThat(sink.urls()).containsExactly(portal.url("/col/index.html"), portal.url("/col/a.html"));
        assertThat(portal.requests("/col/secret.html")).isEmpty();
        assertThat(summary.errors()).isZero();
        List<TestPortal.Request> r = portal.requests();
        assertThat(r.get(r.size() - 1).arrivedNanos() - r.get(r.size() - 2).arrivedNanos())
                .isGreaterThanOrEqualTo(Duration.ofMillis(100).toNanos()); // the day-long delay, capped
    }
}
