package govwatch.crawler.kafka;

import govwatch.crawler.PageSink;
import govwatch.events.PageEvent;
import govwatch.events.Topic;
import govwatch.events.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Publishes pages to {@link Topics#PAGES}, keyed by canonical URL, with the topic's serdes. The producer
 * is idempotent with {@code acks=all} (not transactional: the crawler's own state commits after a flush);
 * lz4 compression; records up to the topic's own {@code max.message.bytes} ({@link Topics#MAX_RECORD_BYTES}, set
 * when govwatch creates it, so a stock broker takes them). A send failure is reported by the next {@link #flush()};
 * a record refused for its own sake (too large) by the next {@link #flushRejecting()} as that page's failure.
 */
public final class KafkaPageSink implements PageSink, AutoCloseable {
    private static final Topic<String, PageEvent> TOPIC = Topics.PAGES;

    private final Producer<String, PageEvent> producer;
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final Map<String, String> refused = new ConcurrentHashMap<>();

    /** @param producerConfig at least {@code bootstrap.servers}; the delivery settings above are enforced */
    public KafkaPageSink(Map<String, Object> producerConfig) {
        this(new KafkaProducer<>(config(producerConfig), TOPIC.keySerde().serializer(), TOPIC.valueSerde().serializer()));
    }

    KafkaPageSink(Producer<String, PageEvent> producer) {
        this.producer = producer;
    }

    static Map<String, Object> config(Map<String, Object> given) {
        Map<String, Object> c = new HashMap<>(given);
        c.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        c.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        c.put(ProducerConfig.ACKS_CONFIG, "all");
        c.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        c.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_RECORD_BYTES);
        c.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
        c.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, Topics.PRODUCER_BATCH_BYTES);
        c.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "govwatch-crawler-pages");
        return c;
    }

    @Override
    public void publish(PageEvent page) {
        try {
            producer.send(TOPIC.record(page.url(), page), (meta, e) -> {
                if (e != null) {
                    failed(page, e);
                }
            });
        } catch (KafkaException e) {
            failed(page, e); // the serde refuses a record over the topic's limit before sending
        }
    }

    private void failed(PageEvent page, Exception e) {
        if (pageOwnFault(e)) {
            refused.put(page.url(), e.getClass().getSimpleName() + ": " + e.getMessage());
        } else {
            failure.compareAndSet(null, e);
        }
    }

    /** A failure that would fail the same record again, and no other record: too large, unserializable. */
    private static boolean pageOwnFault(Exception e) {
        return e instanceof RecordTooLargeException || e instanceof RecordBatchTooLargeException
                || e instanceof SerializationException;
    }

    @Override
    public void flush() {
        Map<String, String> r = flushRejecting();
        if (!r.isEmpty()) {
            throw new KafkaException("publishing to " + TOPIC.name() + " refused " + r.size() + " pages: " + r);
        }
    }

    @Override
    public Map<String, String> flushRejecting() {
        producer.flush(); // callbacks of the records sent before have run when this returns
        Exception e = failure.getAndSet(null);
        if (e != null) {
            throw new KafkaException("publishing to " + TOPIC.name() + " failed: " + e.getMessage(), e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String url : refused.keySet()) {
            String why = refused.remove(url);
            if (why != null) {
                out.put(url, why);
            }
        }
        return out;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
