package govwatch.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One bad link cannot hide the good pages: failures are the page's unless they are the host's, and go to the back. */
class FailureMemoryTest extends PortalTestBase {
    private final TestClock clock = new TestClock();
    private final CountDownLatch release = new CountDownLatch(1);

    FailureMemoryTest() {
        super((String) null);
    }

    @AfterEach
    void releaseDrips() {
        release.countDown();
    }

    private Crawler crawler(CrawlerConfig config) {
        crawler = Fixtures.crawler(config, List.of(Fixtures.portal("f", portal.url("/col/index.html"), portal.url("/col/"),
                Duration.ZERO)), sink, new InMemoryCrawlState());
        return crawler;
    }

    @Test
    void aUrlThatFailedIsTriedAfterTheGoodPagesInTheNextPass() {
        portal.page("/col/index.html", "<a href='bad.html'>bad</a><a href='good1.html'>1</a><a href='good2.html'>2</a>")
                .handle("/col/bad.html", ex -> portal.send(ex, 500, "text/html", new byte[0]))
                .page("/col/good1.html", "<title>1</title>").page("/col/good2.html", "<title>2</title>");
        crawler(Fixtures.configBuilder(clock).maxRetries(0).hostFailureLimit(1).build());

        CrawlSummary first = crawler.crawlOnce();
        assertThat(first.errors()).isEqualTo(1);
        assertThat(portal.requests("/col/good1.html")).isEmpty(); // the host was given up after the 500
        clock.advance(Duration.ofHours(2));
        int before = portal.requests().size();
        CrawlSummary second = crawler.crawlOnce();

        assertThat(sink.urls()).contains(portal.url("/col/good1.html"), portal.url("/col/good2.html"));
        List<String> order = portal.requests().subList(before, portal.requests().size()).stream()
                .map(TestPortal.Request::path).toList();
        assertThat(order).containsSubsequence("/col/good1.html", "/col/good2.html", "/col/bad.html");
        assertThat(second.errors()).isEqualTo(1);
    }

    @Test
    void aRetryAfterLongerThanThePageMayTakeSkipsTheUrlNotTheHost() {
        portal.page("/col/index.html", "<a href='busy.html'>busy</a><a href='good1.html'>1</a><a href='good2.html'>2</a>")
                .handle("/col/busy.html", ex -> {
                    ex.getResponseHeaders().set("Retry-After", "86400");
                    portal.send(ex, 429, "text/html", "later".getBytes(StandardCharsets.UTF_8));
                })
                .page("/col/good1.html", "<title>1</title>").page("/col/good2.html", "<title>2</title>");
        crawler(Fixtures.configBuilder(clock).hostFailureLimit(1).build());

        CrawlSummary summary = crawler.crawlOnce();

        assertThat(sink.urls()).contains(portal.url("/col/good1.html"), portal.url("/col/good2.html"));
        assertThat(portal.requests("/col/busy.html")).hasSize(1); // not waited for, not retried in this pass
        assertThat(summary.portalErrors().get("f")).contains("retry_later", "86400");
    }

    @Test
    void slowDripsTimeOutAtThePageBudgetAndCountAgainstTheHost() {
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            links.append("<a href='drip").append(i).append(".html'>d</a>");
            portal.handle("/col/drip" + i + ".html", this::drip);
        }
        portal.page("/col/index.html", links.append("<a href='good.html'>g</a>").toString()).page("/col/good.html", "<title>g</title>");
        crawler = Fixtures.crawler(Fixtures.configBuilder(clock).timeout(Duration.ofSeconds(5)).build(),
                List.of(Fixtures.portal("f", portal.url("/col/index.html"), portal.url("/col/"), Duration.ZERO)
                        .withBudgets(new govwatch.crawler.seed.PortalSeed.Budgets(1000, 100, Duration.ofMillis(800), Duration.ofHours(1)))),
                sink, new InMemoryCrawlState());
        long start = System.nanoTime();

        CrawlSummary summary = crawler.crawlOnce();

        // a drip of one byte every 50 ms never trips the 5 s read timeout; the page budget ends each after 0.8 s
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(30);
        assertThat(summary.errors()).isEqualTo(3); // CrawlerConfig.hostFailureLimit: then the host is given up
        assertThat(summary.portalErrors().get("f")).contains("timeout", "page time budget");
        assertThat(portal.requests("/col/drip3.html")).isEmpty();
    }

    private void drip(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/html");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            while (!release.await(50, TimeUnit.MILLISECONDS)) {
                out.write('<');
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            ex.close();
        }
    }
}
