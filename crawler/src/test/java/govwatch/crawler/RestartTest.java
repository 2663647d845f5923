package govwatch.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import govwatch.crawler.kafka.KafkaCrawlState;
import govwatch.crawler.kafka.MockKafkaState;
import govwatch.crawler.seed.PortalSeed;
import govwatch.events.PageEvent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The crawl state survives a restart through the (mocked) compacted topic; a failed sink commits nothing. */
class RestartTest {
    private final TestClock clock = new TestClock();
    private final TestPortal portal = new TestPortal("portal");
    private final CollectingSink sink = new CollectingSink();

    @AfterEach
    void tearDown() {
        portal.close();
    }

    private PortalSeed seed() {
        return Fixtures.portal("demo", portal.url("/zwgk/zfgzbg/index.html"), portal.url("/zwgk/zfgzbg/"), Duration.ZERO);
    }

    private CrawlSummary crawlWith(PageSink pageSink, CrawlState state) {
        try (Crawler crawler = Fixtures.crawler(Fixtures.config(clock), List.of(seed()), pageSink, state)) {
            return crawler.crawlOnce();
        }
    }

    @Test
    void aRestartedCrawlerNeitherRefetchesNorRepublishes() {
        MockKafkaState topic = new MockKafkaState();
        try (KafkaCrawlState first = topic.open()) {
            assertThat(crawlWith(sink, first).published()).isEqualTo(5);
        }
        int requests = portal.requests().size();
        sink.clear();

        try (KafkaCrawlState second = topic.open()) {
            CrawlSummary summary = crawlWith(sink, second);

            assertThat(second.size()).isEqualTo(5);
            assertThat(summary.fetched()).isZero();
            assertThat(sink.pages()).isEmpty();
            assertThat(portal.requests()).hasSize(requests + 1); // robots.txt only: its cache is per process
        }
        clock.advance(Duration.ofHours(25));
        try (KafkaCrawlState third = topic.open()) {
            CrawlSummary summary = crawlWith(sink, third);

            assertThat(summary.unchanged()).isEqualTo(5);
            assertThat(sink.pages()).isEmpty();
        }
    }

    @Test
    void pagesASinkFailedToDeliverArePublishedAgainNextPass() {
        InMemoryCrawlState state = new InMemoryCrawlState();
        PageSink broken = new PageSink() {
            @Override
            public void publish(PageEvent page) {
            }

            @Override
            public void flush() {
                throw new IllegalStateException("broker unreachable");
            }
        };

        assertThatThrownBy(() -> crawlWith(broken, state)).hasMessageContaining("broker unreachable");
        assertThat(state.size()).isZero();

        CrawlSummary retry = crawlWith(sink, state);

        assertThat(retry.published()).isEqualTo(5);
        assertThat(state.size()).isEqualTo(5);
    }
}
