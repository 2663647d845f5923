package govwatch.crawler.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.crawler.CrawlState;
import govwatch.crawler.PageMemory;
import govwatch.events.JsonSerde;
import govwatch.events.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaCrawlStateTest {
    static final JsonSerde<PageMemory> SERDE = JsonSerde.of(PageMemory.class);
    private static final Instant T = Instant.parse("2024-03-01T08:00:00Z");

    @TempDir
    Path dir;

    static MockProducer<String, byte[]> producer() {
        return new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    }

    /** A consumer that holds {@code records} (in order) on the topic's partitions 0 and 1. */
    static MockConsumer<String, byte[]> consumerWith(List<ProducerRecord<String, byte[]>> records) {
        MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
        TopicPartition p0 = new TopicPartition(Topics.CRAWL_STATE.name(), 0);
        TopicPartition p1 = new TopicPartition(Topics.CRAWL_STATE.name(), 1);
        Node node = new Node(1, "127.0.0.1", 9092);
        consumer.updatePartitions(Topics.CRAWL_STATE.name(), List.of(
                new PartitionInfo(Topics.CRAWL_STATE.name(), 0, node, new Node[0], new Node[0]),
                new PartitionInfo(Topics.CRAWL_STATE.name(), 1, node, new Node[0], new Node[0])));
        consumer.updateBeginningOffsets(Map.of(p0, 0L, p1, 0L));
        long[] next = new long[2];
        List<ConsumerRecord<String, byte[]>> placed = records.stream().map(r -> {
            int p = Math.floorMod(r.key().hashCode(), 2);
            return new ConsumerRecord<>(Topics.CRAWL_STATE.name(), p, next[p]++, r.key(), r.value());
        }).toList();
        consumer.updateEndOffsets(Map.of(p0, next[0], p1, next[1]));
        consumer.schedulePollTask(() -> placed.forEach(consumer::addRecord));
        return consumer;
    }

    private static PageMemory memory(String hash) {
        return new PageMemory("\"e\"", "Fri, 01 Mar 2024 08:00:00 GMT", hash, T, T.plusSeconds(3600), List.of("http://a.cn/x/1.html"));
    }

    private static ProducerRecord<String, byte[]> record(String url, PageMemory memory) {
        return new ProducerRecord<>(Topics.CRAWL_STATE.name(), url, SERDE.serialize(Topics.CRAWL_STATE.name(), memory));
    }

    private KafkaCrawlState restored(List<ProducerRecord<String, byte[]>> topic) {
        KafkaCrawlState state = new KafkaCrawlState(LocalCrawlStore.open(dir), producer(), CrawlState.FORGET_GONE_AFTER, false);
        state.restore(consumerWith(topic), "topic-1", List.of(0, 1));
        return state;
    }

    @Test
    void restoresTheTopicToItsEndLatestValueWinsAndTombstonesForget() {
        try (KafkaCrawlState state = restored(List.of(
                record("http://a.cn/x/a.html", memory("h1")),
                record("http://a.cn/x/b.html", memory("h2")),
                record("http://a.cn/x/a.html", memory("h3")),
                new ProducerRecord<>(Topics.CRAWL_STATE.name(), "http://a.cn/x/b.html", null)))) {

            assertThat(state.get("http://a.cn/x/a.html")).contains(memory("h3"));
            assertThat(state.get("http://a.cn/x/b.html")).isEmpty();
            assertThat(state.size()).isEqualTo(1);
            assertThat(state.restoredFromScratch()).isTrue();
            assertThat(state.recordsRestored()).isEqualTo(4);
        }
    }

    @Test
    void putIsVisibleAtOnceAndWrittenToTheCompactedTopic() {
        MockProducer<String, byte[]> producer = producer();
        try (KafkaCrawlState state = new KafkaCrawlState(LocalCrawlStore.open(dir), producer, CrawlState.FORGET_GONE_AFTER, false)) {

            state.put("http://a.cn/x/a.html", memory("h1"));

            assertThat(state.get("http://a.cn/x/a.html")).contains(memory("h1"));
            assertThat(producer.history()).singleElement().satisfies(r -> {
                assertThat(r.topic()).isEqualTo(Topics.CRAWL_STATE.name());
                assertThat(r.key()).isEqualTo("http://a.cn/x/a.html");
                assertThat(SERDE.deserialize(Topics.CRAWL_STATE.name(), r.value())).isEqualTo(memory("h1"));
            });
            assertThat(state.writeFailures()).isZero();
        }
    }

    @Test
    void aUrlGoneOnThreeFetchesInARowIsDeletedAndTombstoned() {
        MockProducer<String, byte[]> producer = producer();
        String url = "http://a.cn/x/gone.html";
        try (KafkaCrawlState state = new KafkaCrawlState(LocalCrawlStore.open(dir), producer, CrawlState.FORGET_GONE_AFTER, false)) {
            state.put(url, memory("h1"));
            PageMemory m = state.get(url).orElseThrow();
            for (int pass = 1; pass < CrawlState.FORGET_GONE_AFTER; pass++) {
                m = PageMemory.afterError(m, pass % 2 == 0 ? 410 : 404, T, T.plusSeconds(3600));
                state.put(url, m);
                assertThat(state.get(url)).as("after %d gone fetches", pass).contains(m);
            }

            state.put(url, PageMemory.afterError(m, 404, T, T.plusSeconds(3600)));

            assertThat(state.get(url)).isEmpty();
            assertThat(producer.history()).hasSize(CrawlState.FORGET_GONE_AFTER + 1)
                    .last().satisfies(r -> {
                        assertThat(r.key()).isEqualTo(url);
                        assertThat(r.value()).as("a tombstone").isNull();
                    });
        }
    }

    @Test
    void anotherErrorBetweenGoneAnswersStartsTheCountAgain() {
        PageMemory m = memory("h1");
        m = PageMemory.afterError(m, 404, T, T);
        m = PageMemory.afterError(m, 404, T, T);
        assertThat(m.gonePasses()).isEqualTo(2);
        assertThat(m.contentHash()).isEqualTo("h1");

        assertThat(PageMemory.afterError(m, 500, T, T).gonePasses()).isZero();
        assertThat(PageMemory.afterError(m, 403, T, T).gonePasses()).isZero();
        assertThat(PageMemory.afterError(null, 410, T, T).gonePasses()).isEqualTo(1);
    }

    @Test
    void aPageWith200kLinksMakesARecordFarBelowTheStockOneMegabyteLimit() {
        MockProducer<String, byte[]> producer = producer();
        List<String> links = IntStream.range(0, 200_000)
                .mapToObj(i -> "http://www.example.gov.cn/zwgk/zfgzbg/202401/t20240104_" + i + ".html").toList();
        try (KafkaCrawlState state = new KafkaCrawlState(LocalCrawlStore.open(dir), producer, CrawlState.FORGET_GONE_AFTER, false)) {

            state.put("http://www.example.gov.cn/farm.html", new PageMemory("\"e\"", null, "h", T, T, links));

            ProducerRecord<String, byte[]> written = producer.history().get(0);
            int size = written.key().getBytes(StandardCharsets.UTF_8).length + written.value().length;
            assertThat(size).isLessThan(PageMemory.MAX_LINK_BYTES + 4096).isLessThan(1_000_000);
            PageMemory kept = state.get("http://www.example.gov.cn/farm.html").orElseThrow();
            assertThat(kept.links()).hasSize(PageMemory.MAX_LINKS).containsExactlyElementsOf(links.subList(0, PageMemory.MAX_LINKS));
        }
    }

    @Test
    void longLinksAreCappedByBytesAndAnOverlongValidatorIsDropped() {
        String longLink = "http://a.cn/" + "x".repeat(10_000);
        PageMemory m = new PageMemory("e".repeat(PageMemory.MAX_VALIDATOR_CHARS + 1), "Fri, 01 Mar 2024 08:00:00 GMT", "h", T, T,
                java.util.Collections.nCopies(1_000, longLink));

        assertThat(m.links()).hasSize(PageMemory.MAX_LINK_BYTES / (longLink.length() + 3));
        assertThat(m.etag()).isNull();
        assertThat(m.lastModified()).isEqualTo("Fri, 01 Mar 2024 08:00:00 GMT");
        assertThat(SERDE.serialize(Topics.CRAWL_STATE.name(), m).length).isLessThan(PageMemory.MAX_LINK_BYTES + 4096);
    }

    @Test
    void aMemoryRoundTripsThroughTheJsonSerdeAndAnOlderRecordReadsAsNotGone() {
        PageMemory m = PageMemory.afterError(memory("abc"), 404, T, T.plusSeconds(60));

        assertThat(SERDE.deserialize(Topics.CRAWL_STATE.name(), SERDE.serialize(Topics.CRAWL_STATE.name(), m))).isEqualTo(m);
        String older = "{\"etag\":\"e\",\"contentHash\":\"abc\",\"lastFetched\":\"2024-03-01T08:00:00Z\",\"links\":[\"http://a.cn/1\"]}";
        assertThat(SERDE.deserialize(Topics.CRAWL_STATE.name(), older.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new PageMemory("e", null, "abc", T, null, List.of("http://a.cn/1")));
    }

    @Test
    void anUnreadableLocalMemoryIsTreatedAsNewAndCounted() {
        try (KafkaCrawlState state = restored(List.of(new ProducerRecord<>(Topics.CRAWL_STATE.name(), "http://a.cn/x/a.html",
                "not json".getBytes(StandardCharsets.UTF_8))))) {

            assertThat(state.get("http://a.cn/x/a.html")).isEmpty();
            assertThat(state.unreadable()).isEqualTo(1);
        }
    }
}
