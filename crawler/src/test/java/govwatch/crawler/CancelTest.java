package govwatch.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A shutdown does not wait for a long polite pass: cancelling ends it early and keeps what was fetched. */
class CancelTest extends PortalTestBase {

    private static final int ARTICLES = 40;

    CancelTest() {
        super((String) null);
    }

    @Test
    void aCancelledPassEndsEarlyAndPublishesWhatItFetched() {
        String items = IntStream.range(0, ARTICLES).mapToObj(i -> "<li><a href='a" + i + ".html'>报告" + i + "</a></li>")
                .collect(Collectors.joining());
        portal.page("/col/index.html", "<ul>" + items + "</ul>");
        IntStream.range(0, ARTICLES).forEach(i -> portal.page("/col/a" + i + ".html", "<p>第" + i + "篇</p>"));
        // 100 ms between requests: the whole pass would take over 4 s.
        crawler = Fixtures.crawler(Fixtures.config(new TestClock()), List.of(Fixtures.portal("p",
                portal.url("/col/index.html"), portal.url("/col/"), Duration.ofMillis(100))), sink, new InMemoryCrawlState());

        CompletableFuture<CrawlSummary> pass = CompletableFuture.supplyAsync(crawler::crawlOnce);
        await().atMost(Duration.ofSeconds(10)).until(() -> portal.requests().size() >= 3);
        crawler.cancel();

        CrawlSummary summary = await().atMost(Duration.ofSeconds(10)).until(() -> pass.getNow(null), s -> s != null);
        assertThat(summary.fetched()).isLessThan(ARTICLES);
        assertThat(sink.pages()).hasSize(summary.published()).isNotEmpty();
    }
}
