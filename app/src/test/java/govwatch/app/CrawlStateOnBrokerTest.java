package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import govwatch.app.embedded.EmbeddedKafka;
import govwatch.crawler.CrawlState;
import govwatch.crawler.PageMemory;
import govwatch.crawler.kafka.KafkaCrawlState;
import govwatch.events.JsonSerde;
import govwatch.events.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crawl state on a real broker: a local RocksDB copy backed by the compacted topic, which is created here with
 * the stock record size limit (1 MB) whatever the broker allows, as an operator's cluster would have it.
 */
class CrawlStateOnBrokerTest {
    private static final Instant T = Instant.parse("2024-03-01T08:00:00Z");
    private static final String STOCK_MAX_MESSAGE_BYTES = "1048588";

    @TempDir
    static Path broker;
    private static EmbeddedKafka kafka;
    private static Map<String, Object> client;

    @TempDir
    Path work;

    @BeforeAll
    static void startBroker() throws Exception {
        kafka = EmbeddedKafka.start(broker);
        client = Map.of("bootstrap.servers", kafka.bootstrapServers());
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    /** A new, empty crawl-state topic for each test. */
    @BeforeEach
    void freshTopic() throws Exception {
        try (Admin admin = Admin.create(client)) {
            if (admin.listTopics().names().get().contains(Topics.CRAWL_STATE.name())) {
                admin.deleteTopics(List.of(Topics.CRAWL_STATE.name())).all().get();
            }
            NewTopic topic = new NewTopic(Topics.CRAWL_STATE.name(), Topics.PARTITIONS, (short) 1).configs(Map.of(
                    TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                    TopicConfig.MAX_MESSAGE_BYTES_CONFIG, STOCK_MAX_MESSAGE_BYTES));
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> admin.createTopics(List.of(topic)).all().get() == null);
        }
    }

    private static String url(int i) {
        return "http://www.example.gov.cn/zwgk/t2024010" + i + ".html";
    }

    private static PageMemory memory(int i) {
        return new PageMemory("\"e" + i + "\"", null, "hash" + i, T, T.plusSeconds(86_400), List.of(url(i + 1)));
    }

    private Path local() {
        return work.resolve("crawl-state");
    }

    private void remember(int from, int to) {
        try (KafkaCrawlState state = KafkaCrawlState.open(client, local())) {
            IntStream.range(from, to).forEach(i -> state.put(url(i), memory(i)));
            assertThat(state.writeFailures()).isZero();
        }
    }

    @Test
    void aDeletedLocalCopyIsRestoredFromTheTopic() throws Exception {
        remember(0, 100);
        deleteTree(local());

        try (KafkaCrawlState state = KafkaCrawlState.open(client, local())) {
            assertThat(state.restoredFromScratch()).isTrue();
            assertThat(state.recordsRestored()).isEqualTo(100);
            assertThat(state.size()).isEqualTo(100);
            assertThat(state.get(url(42))).contains(memory(42));
        }
    }

    @Test
    void aRestartWithTheLocalCopyKeptReadsOnlyTheTail() {
        remember(0, 100);
        // another writer (a second crawler, a repair tool) adds three records while this one is stopped
        try (KafkaProducer<String, PageMemory> other = new KafkaProducer<>(client, new StringSerializer(),
                JsonSerde.of(PageMemory.class))) {
            IntStream.range(100, 103).forEach(i -> other.send(new ProducerRecord<>(Topics.CRAWL_STATE.name(), url(i), memory(i))));
        }

        try (KafkaCrawlState state = KafkaCrawlState.open(client, local())) {
            assertThat(state.restoredFromScratch()).isFalse();
            assertThat(state.recordsRestored()).isEqualTo(3);
            assertThat(state.size()).isEqualTo(103);
            assertThat(state.get(url(101))).contains(memory(101));
            assertThat(state.get(url(7))).contains(memory(7));
        }
        try (KafkaCrawlState state = KafkaCrawlState.open(client, local())) {
            assertThat(state.recordsRestored()).as("nothing new since the last open").isZero();
        }
    }

    @Test
    void aUrlGoneThreeTimesInARowIsForgottenWithATombstone() throws Exception {
        String gone = url(5);
        try (KafkaCrawlState state = KafkaCrawlState.open(client, local())) {
            state.put(gone, memory(5));
            state.put(url(6), memory(6));
            PageMemory m = memory(5);
            for (int fetch = 1; fetch <= CrawlState.FORGET_GONE_AFTER; fetch++) {
                m = PageMemory.afterError(m, 404, T.plusSeconds(fetch), T.plusSeconds(fetch + 86_400));
                state.put(gone, m);
            }
            assertThat(state.get(gone)).isEmpty();
        }

        List<ConsumerRecord<String, byte[]>> onTopic = readTopic();
        assertThat(onTopic.stream().filter(r -> r.key().equals(gone)).toList())
                .hasSize(CrawlState.FORGET_GONE_AFTER + 1)
                .last().satisfies(r -> assertThat(r.value()).as("a tombstone").isNull());
        deleteTree(local());
        try (KafkaCrawlState state = KafkaCrawlState.open(client, local())) {
            assertThat(state.get(gone)).isEmpty();
            assertThat(state.get(url(6))).contains(memory(6));
        }
    }

    @Test
    void aPageWith200kLinksIsWrittenToAStockSizedTopicWithItsFirstLinks() throws Exception {
        List<String> links = IntStream.range(0, 200_000).mapToObj(i -> url(1_000_000 + i)).toList();
        try (KafkaCrawlState state = KafkaCrawlState.open(client, local())) {
            state.put(url(0), new PageMemory("\"e\"", null, "h", T, T.plusSeconds(3600), links));
            state.close(); // flushes: a refused record would count as a write failure
            assertThat(state.writeFailures()).isZero();
        }

        List<ConsumerRecord<String, byte[]>> onTopic = readTopic();
        assertThat(onTopic).singleElement().satisfies(r ->
                assertThat(r.serializedKeySize() + r.serializedValueSize()).isLessThan(PageMemory.MAX_LINK_BYTES + 4096));
        deleteTree(local());
        try (KafkaCrawlState state = KafkaCrawlState.open(client, local())) {
            assertThat(state.get(url(0)).orElseThrow().links()).containsExactlyElementsOf(links.subList(0, PageMemory.MAX_LINKS));
        }
    }

    @Test
    void aLocalCopyOfAnotherTopicIsReplacedByARestore() throws Exception {
        remember(0, 10);
        freshTopic(); // the topic is recreated (or the broker is another one): the copy no longer matches
        try (KafkaProducer<String, PageMemory> other = new KafkaProducer<>(client, new StringSerializer(),
                JsonSerde.of(PageMemory.class))) {
            other.send(new ProducerRecord<>(Topics.CRAWL_STATE.name(), url(50), memory(50)));
        }

        try (KafkaCrawlState state = KafkaCrawlState.open(client, local())) {
            assertThat(state.restoredFromScratch()).isTrue();
            assertThat(state.size()).isEqualTo(1);
            assertThat(state.get(url(3))).isEmpty();
        }
    }

    @Test
    void aSecondProcessOnTheSameLocalCopyIsRefusedWithThePath() {
        try (KafkaCrawlState first = KafkaCrawlState.open(client, local())) {
            assertThatThrownBy(() -> KafkaCrawlState.open(client, local()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(local().toString()).hasMessageContaining("in use");
        }
    }

    private static List<ConsumerRecord<String, byte[]>> readTopic() {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(client, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = IntStream.range(0, Topics.PARTITIONS)
                    .mapToObj(p -> new TopicPartition(Topics.CRAWL_STATE.name(), p)).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
            out.sort(Comparator.comparingLong(ConsumerRecord::offset));
            return out;
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertThat(Files.exists(dir)).isFalse();
    }
}
