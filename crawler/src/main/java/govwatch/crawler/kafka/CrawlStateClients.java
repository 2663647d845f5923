package govwatch.crawler.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The Kafka clients of the crawl state: URL keys, value bytes as stored in the local copy (no second encoding). */
final class CrawlStateClients {
    private CrawlStateClients() {
    }

    /** Idempotent, acks=all, never transactional: the writes of one URL reach the topic in the order they were made. */
    static Producer<String, byte[]> producer(Map<String, Object> given) {
        Map<String, Object> c = new HashMap<>(given);
        c.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        c.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        c.put(ProducerConfig.ACKS_CONFIG, "all");
        c.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
        c.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        c.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "govwatch-crawler-state");
        return new KafkaProducer<>(c, new StringSerializer(), new ByteArraySerializer());
    }

    /** For the restore: assigned partitions, no group (every instance reads it all), large polls. */
    static Consumer<String, byte[]> restoreConsumer(Map<String, Object> given) {
        Map<String, Object> c = new HashMap<>(given);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.remove(ConsumerConfig.GROUP_ID_CONFIG);
        c.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false); // an auto-created topic would not be compacted
        c.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        c.putIfAbsent(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        c.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "govwatch-crawler-state-loader");
        return new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
