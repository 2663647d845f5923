package govwatch.crawler.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.crawler.PageMemory;
import govwatch.events.JsonSerde;
import govwatch.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaCrawlStateTest {
    static final JsonSerde<PageMemory> SERDE = JsonSerde.of(PageMemory.class);
    private static final Instant T = Instant.parse("2024-03-01T08:00:00Z");

    static MockProducer<String, PageMemory> producer() {
        return new MockProducer<>(true, null, new StringSerializer(), SERDE);
    }

    /** A consumer that holds {@code records} (in order) on the topic's partitions 0 and 1. */
    static MockConsumer<String, PageMemory> consumerWith(List<ProducerRecord<String, PageMemory>> records) {
        MockConsumer<String, PageMemory> consumer = new MockConsumer<>("earliest");
        TopicPartition p0 = new TopicPartition(Topics.CRAWL_STATE.name(), 0);
        TopicPartition p1 = new TopicPartition(Topics.CRAWL_STATE.name(), 1);
        Node node = new Node(1, "127.0.0.1", 9092);
        consumer.updatePartitions(Topics.CRAWL_STATE.name(), List.of(
                new PartitionInfo(Topics.CRAWL_STATE.name(), 0, node, new Node[0], new Node[0]),
                new PartitionInfo(Topics.CRAWL_STATE.name(), 1, node, new Node[0], new Node[0])));
        consumer.updateBeginningOffsets(Map.of(p0, 0L, p1, 0L));
        long[] next = new long[2];
        List<ConsumerRecord<String, PageMemory>> placed = records.stream().map(r -> {
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

    @Test
    void loadsTheTopicToItsEndLatestValueWinsAndTombstonesForget() {
        KafkaCrawlState state = new KafkaCrawlState(producer());
        state.load(consumerWith(List.of(
                new ProducerRecord<>(Topics.CRAWL_STATE.name(), "http://a.cn/x/a.html", memory("h1")),
                new ProducerRecord<>(Topics.CRAWL_STATE.name(), "http://a.cn/x/b.html", memory("h2")),
                new ProducerRecord<>(Topics.CRAWL_STATE.name(), "http://a.cn/x/a.html", memory("h3")),
                new ProducerRecord<>(Topics.CRAWL_STATE.name(), "http://a.cn/x/b.html", null))));

        assertThat(state.get("http://a.cn/x/a.html")).contains(memory("h3"));
        assertThat(state.get("http://a.cn/x/b.html")).isEmpty();
        assertThat(state.size()).isEqualTo(1);
    }

    @Test
    void putIsVisibleAtOnceAndWrittenToTheCompactedTopic() {
        MockProducer<String, PageMemory> producer = producer();
        KafkaCrawlState state = new KafkaCrawlState(producer);

        state.put("http://a.cn/x/a.html", memory("h1"));

        assertThat(state.get("http://a.cn/x/a.html")).contains(memory("h1"));
        assertThat(producer.history()).singleElement().satisfies(r -> {
            assertThat(r.topic()).isEqualTo(Topics.CRAWL_STATE.name());
            assertThat(r.key()).isEqualTo("http://a.cn/x/a.html");
        });
        assertThat(state.writeFailures()).isZero();
    }

    @Test
    void aMemoryRoundTripsThroughTheJsonSerde() {
        PageMemory m = memory("abc");

        assertThat(SERDE.deserialize(Topics.CRAWL_STATE.name(), SERDE.serialize(Topics.CRAWL_STATE.name(), m))).isEqualTo(m);
    }
}
