package govwatch.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import govwatch.crawler.kafka.KafkaCrawlState;
import govwatch.crawler.kafka.MockKafkaState;
import govwatch.crawler.seed.PortalSeed;
import govwatch.events.PageEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
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

    @Test
    void aPageTheSinkRefusesFailsAloneAndIsPublishedAgainNextPass() {
        InMemoryCrawlState state = new InMemoryCrawlState();
        AtomicReference<String> victim = new AtomicReference<>();
        PageSink refusing = new PageSink() {
            @Override
            public void publish(PageEvent page) {
                if (!page.url().equals(seed().startUrls().get(0))) {
                    victim.compareAndSet(null, page.url());
                }
                sink.publish(page);
            }

            @Override
            public void flush() {
                throw new AssertionError("the crawler flushes with flushRejecting");
            }

            @Override
            public Map<String, String> flushRejecting() {
                return victim.get() == null ? Map.of() : Map.of(victim.get(), "RecordTooLargeException: too large");
            }
        };

        CrawlSummary first = crawlWith(refusing, state);

        assertThat(first.published()).isEqualTo(4);
        assertThat(first.errors()).isEqualTo(1);
        assertThat(first.portalErrors().get("demo")).contains(victim.get(), "RecordTooLargeException");
        assertThat(state.size()).isEqualTo(4);
        sink.clear();

        CrawlSummary retry = crawlWith(sink, state);

        assertThat(retry.published()).isEqualTo(1);
        assertThat(sink.urls()).containsExactly(victim.get());
        assertThat(state.size()).isEqualTo(5);
    }

    @Test
    void aBlockingFlushDoesNotStallTheOtherHosts() throws InterruptedException {
        try (TestPortal other = new TestPortal((String) null)) {
            portal.page("/a/index.html", "<p>a</p>");
            other.page("/b/index.html", "<p>b</p>");
            CountDownLatch secondPublished = new CountDownLatch(2);
            AtomicBoolean flushWaitedInVain = new AtomicBoolean();
            PageSink slow = new PageSink() {
                @Override
                public void publish(PageEvent page) {
                    secondPublished.countDown();
                }

                @Override
                public void flush() {
                    try {
                        // The first flush lasts until the other host's page is published, as a slow broker would.
                        if (!secondPublished.await(5, TimeUnit.SECONDS)) {
                            flushWaitedInVain.set(true);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
            List<PortalSeed> seeds = List.of(Fixtures.portal("a", portal.url("/a/index.html"), portal.url("/a/"), Duration.ZERO),
                    Fixtures.portal("b", other.url("/b/index.html"), other.url("/b/"), Duration.ZERO));
            try (Crawler crawler = Fixtures.crawler(Fixtures.configBuilder(clock).publishBatch(1).build(), seeds, slow,
                    new InMemoryCrawlState())) {
                CrawlSummary summary = crawler.crawlOnce();

                assertThat(summary.published()).isEqualTo(2);
            }
            assertThat(flushWaitedInVain).isFalse();
        }
    }
}
