package govwatch.crawler.kafka;

import govwatch.crawler.PageSink;
import govwatch.events.JsonSerde;
import govwatch.events.PageEvent;
import govwatch.events.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes pages to {@link Topics#PAGES}, keyed by canonical URL, as {@link JsonSerde} JSON. The producer
 * is idempotent with {@code acks=all} (not transactional: the crawler's own state commits after a flush);
 * lz4 compression; records up to 16 MB. A send failure is reported by the next {@link #flush()}.
 */
public final class KafkaPageSink implements PageSink, AutoCloseable {
    private final Producer<String, PageEvent> producer;
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    /** @param producerConfig at least {@code bootstrap.servers}; the delivery settings above are enforced */
    public KafkaPageSink(Map<String, Object> producerConfig) {
        this(new KafkaProducer<>(config(producerConfig), new StringSerializer(), JsonSerde.of(PageEvent.class)));
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
        c.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        c.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
        c.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "govwatch-crawler-pages");
        return c;
    }

    @Override
    public void publish(PageEvent page) {
        producer.send(new ProducerRecord<>(Topics.PAGES, page.url(), page), (meta, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
            }
        });
    }

    @Override
    public void flush() {
        producer.flush();
        Exception e = failure.getAndSet(null);
        if (e != null) {
            throw new KafkaException("publishing to " + Topics.PAGES + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
