package govwatch.crawler.kafka;

import govwatch.crawler.CrawlState;
import govwatch.crawler.InMemoryCrawlState;
import govwatch.crawler.PageMemory;
import govwatch.events.JsonSerde;
import govwatch.events.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crawler's memory in the compacted topic {@link Topics#CRAWL_STATE} (key: canonical URL, value:
 * {@link PageMemory} JSON). {@link #open} reads the topic from the beginning to its end into memory; each
 * {@link #put} updates memory at once and is written through an idempotent producer. So a restarted
 * crawler neither re-fetches everything nor re-publishes unchanged pages.
 */
public final class KafkaCrawlState implements CrawlState, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KafkaCrawlState.class);
    private static final JsonSerde<PageMemory> SERDE = JsonSerde.of(PageMemory.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final InMemoryCrawlState memory = new InMemoryCrawlState();
    private final Producer<String, PageMemory> producer;
    private final AtomicLong writeFailures = new AtomicLong();
    private long unreadable;

    KafkaCrawlState(Producer<String, PageMemory> producer) {
        this.producer = producer;
    }

    /** Connects, loads the whole topic and returns the state, ready for use. */
    public static KafkaCrawlState open(Map<String, Object> clientConfig) {
        Map<String, Object> c = new HashMap<>(clientConfig);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.remove(ConsumerConfig.GROUP_ID_CONFIG); // assigned partitions, no group: every instance reads it all
        c.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false); // an auto-created topic would not be compacted
        c.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "govwatch-crawler-state-loader");
        KafkaCrawlState state = new KafkaCrawlState(new KafkaProducer<>(producerConfig(clientConfig), new StringSerializer(), SERDE));
        try (Consumer<String, PageMemory> consumer = new KafkaConsumer<>(c, new StringDeserializer(), SERDE)) {
            state.load(consumer);
        } catch (RuntimeException e) {
            state.close();
            throw e;
        }
        return state;
    }

    private static Map<String, Object> producerConfig(Map<String, Object> given) {
        Map<String, Object> c = new HashMap<>(given);
        c.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        c.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        c.put(ProducerConfig.ACKS_CONFIG, "all");
        c.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
        c.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "govwatch-crawler-state");
        return c;
    }

    /** Reads every partition of the topic from its beginning up to the end offsets taken at the start. */
    void load(Consumer<String, PageMemory> consumer) {
        List<PartitionInfo> infos = consumer.partitionsFor(Topics.CRAWL_STATE.name(), Duration.ofSeconds(30));
        if (infos == null || infos.isEmpty()) {
            log.warn("topic {} not found: starting with an empty crawl state", Topics.CRAWL_STATE.name());
            return;
        }
        List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            try {
                for (ConsumerRecord<String, PageMemory> r : consumer.poll(POLL)) {
                    apply(r.key(), r.value());
                }
            } catch (SerializationException e) {
                // A record we cannot read is skipped (counted): its URL is simply fetched again.
                unreadable++;
                log.warn("unreadable crawl-state record skipped: {}", e.getMessage());
                skipBadRecord(consumer, e);
            }
        }
        log.info("crawl state loaded: {} URLs ({} unreadable records skipped)", memory.size(), unreadable);
    }

    private static void skipBadRecord(Consumer<String, PageMemory> consumer, SerializationException e) {
        if (e instanceof RecordDeserializationException rde) {
            consumer.seek(rde.topicPartition(), rde.offset() + 1);
        } else {
            throw e;
        }
    }

    private void apply(String url, PageMemory value) {
        if (url == null) {
            return;
        }
        if (value == null) {
            memory.remove(url);
        } else {
            memory.put(url, value);
        }
    }

    @Override
    public Optional<PageMemory> get(String url) {
        return memory.get(url);
    }

    @Override
    public void put(String url, PageMemory value) {
        memory.put(url, value);
        producer.send(new ProducerRecord<>(Topics.CRAWL_STATE.name(), url, value), (meta, e) -> {
            if (e != null) {
                // Only costs a re-fetch after a restart; counted and logged, the crawl goes on.
                writeFailures.incrementAndGet();
                log.error("crawl state for {} not written: {}", url, e.getMessage());
            }
        });
    }

    /** URLs remembered. */
    public int size() {
        return memory.size();
    }

    /** State records that could not be written (each costs one re-fetch after a restart). */
    public long writeFailures() {
        return writeFailures.get();
    }

    /** Flushes pending writes and closes the producer. */
    @Override
    public void close() {
        producer.flush();
        producer.close(Duration.ofSeconds(30));
    }
}
