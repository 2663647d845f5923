package govwatch.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.crawler.seed.PortalSeed;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A URL that answers 404/410 pass after pass is forgotten, so the crawl state does not grow with dead URLs. */
class GonePagesTest extends PortalTestBase {
    private final TestClock clock = new TestClock();
    private final InMemoryCrawlState state = new InMemoryCrawlState();
    private volatile int articleStatus = 200;

    GonePagesTest() {
        super(null);
        portal.page("/col/index.html", "<a href='a.html'>报告</a>");
        portal.handle("/col/a.html", ex -> portal.send(ex, articleStatus, "text/html; charset=utf-8",
                "<html><body><p>某镇政府工作报告</p></body></html>".getBytes(StandardCharsets.UTF_8)));
    }

    private CrawlSummary pass() {
        if (crawler == null) {
            PortalSeed seed = Fixtures.portal("gone", portal.url("/col/index.html"), portal.url("/col/"), Duration.ZERO);
            // a generous timeout: a loaded build machine must not turn a pass into a robots.txt timeout
            crawler = Fixtures.crawler(Fixtures.configBuilder(clock).timeout(Duration.ofSeconds(30)).build(), List.of(seed), sink, state);
        }
        clock.advance(Duration.ofDays(2)); // every page is due again
        return crawler.crawlOnce();
    }

    @Test
    void aUrlGoneOnThreePassesInARowIsForgottenAndTheFourthFetchSeesItAsNew() {
        String article = portal.url("/col/a.html");
        pass();
        assertThat(state.get(article)).isPresent();
        articleStatus = 404;

        for (int gone = 1; gone < CrawlState.FORGET_GONE_AFTER; gone++) {
            pass();
            assertThat(state.get(article)).as("after %d passes answering 404", gone)
                    .hasValueSatisfying(m -> assertThat(m.contentHash()).isNotNull());
        }
        pass();

        assertThat(state.get(article)).isEmpty();
        assertThat(state.size()).isEqualTo(1); // the list page only
        assertThat(portal.requests("/col/a.html")).hasSize(1 + CrawlState.FORGET_GONE_AFTER);
    }

    @Test
    void aPageThatComesBackBeforeTheLimitStartsTheCountAgain() {
        String article = portal.url("/col/a.html");
        pass();
        articleStatus = 410;
        pass();
        pass();
        articleStatus = 200;
        pass();
        articleStatus = 404;
        pass();

        assertThat(state.get(article)).hasValueSatisfying(m -> assertThat(m.gonePasses()).isEqualTo(1));
    }
}
