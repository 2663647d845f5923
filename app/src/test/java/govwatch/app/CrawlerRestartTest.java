package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.app.embedded.EmbeddedKafka;
import govwatch.app.broker.TopicSetup;
import govwatch.app.embedded.StaticSiteServer;
import govwatch.crawler.CrawlSummary;
import govwatch.crawler.Crawler;
import govwatch.crawler.CrawlerConfig;
import govwatch.crawler.kafka.KafkaCrawlState;
import govwatch.crawler.kafka.KafkaPageSink;
import govwatch.crawler.seed.PortalSeed;
import govwatch.crawler.seed.SeedFiles;
import govwatch.events.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crawler's memory lives in Kafka: crawl the demo portal, stop everything (broker included), start again on
 * the same data dir, and nothing already seen is fetched or published again.
 */
class CrawlerRestartTest {

    @TempDir
    Path work;

    private StaticSiteServer portal;
    private List<PortalSeed> seeds;

    @BeforeEach
    void servePortal() throws Exception {
        portal = StaticSiteServer.start(LocalPortal.DEMO, 0);
        Path seedFile = work.resolve("portal.yaml");
        Files.writeString(seedFile, """
                id: demo
                name: demo
                start:
                  - http://127.0.0.1:%d/zwgk/zfgzbg/index.html
                delay: 0s
                """.formatted(portal.port()));
        seeds = SeedFiles.load(seedFile);
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void aRestartedCrawlerRefetchesAndRepublishesNothingAlreadySeen() throws Exception {
        CrawlSummary first = crawl(true);
        assertThat(first.published()).isGreaterThanOrEqualTo(6);
        long published = pagesOnTopic();
        assertThat(published).isEqualTo(first.published());

        CrawlSummary scheduled = crawl(false); // a scheduled pass right after a restart: nothing is due yet
        assertThat(scheduled.fetched()).isZero();

        CrawlSummary forced = crawl(true); // a pass asking for every page: all answer 304 or hash-equal
        assertThat(forced.fetched() + forced.notModified()).isPositive();
        assertThat(forced.published()).isZero();
        assertThat(pagesOnTopic()).isEqualTo(published);
    }

    /** One pass with a freshly started broker, crawl state (its local copy kept) and crawler, all closed afterwards. */
    private CrawlSummary crawl(boolean everything) throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(work.resolve("data"))) {
            TopicSetup.ensureTopics(kafka.bootstrapServers(), (short) 1);
            Map<String, Object> client = Map.of("bootstrap.servers", kafka.bootstrapServers());
            try (KafkaPageSink sink = new KafkaPageSink(client);
                 KafkaCrawlState state = KafkaCrawlState.open(client, work.resolve("data").resolve("crawl-state"));
                 Crawler crawler = new Crawler(CrawlerConfig.defaults(), seeds, sink, state, new SimpleMeterRegistry())) {
                return everything ? crawler.crawlEverything() : crawler.crawlOnce();
            }
        }
    }

    private long pagesOnTopic() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(work.resolve("data"));
             Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < Topics.PARTITIONS; p++) {
                latest.put(new TopicPartition(Topics.PAGES.name(), p), OffsetSpec.latest());
            }
            return admin.listOffsets(latest).all().get().values().stream().mapToLong(i -> i.offset()).sum();
        }
    }
}
