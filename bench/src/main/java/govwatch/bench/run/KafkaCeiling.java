package govwatch.bench.run;

import govwatch.events.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Kafka's ceiling: the report pages' bytes produced by a transactional producer (a commit every
 * {@value #PER_TRANSACTION} records) and read back by a read_committed consumer, on the broker the pipeline uses,
 * into a topic shaped like the page topic (same partitions, same record size limit).
 */
final class KafkaCeiling {

    private static final int PER_TRANSACTION = 100;

    private KafkaCeiling() {
    }

    /** Produces every value, consumes them all; returns how many were read back. */
    static int produceConsume(String bootstrap, List<byte[]> values) throws Exception {
        String topic = "bench.records." + UUID.randomUUID();
        NewTopic pages = Topics.PAGES.newTopic((short) 1);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, pages.numPartitions(), (short) 1).configs(pages.configs())))
                    .all().get(60, TimeUnit.SECONDS);
        }
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrap);
             KafkaProducer<byte[], byte[]> producer = producer(bootstrap)) {
            // assigned, not subscribed: no group join in the figure
            consumer.assign(consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList());
            producer.initTransactions();
            for (int i = 0; i < values.size(); i += PER_TRANSACTION) {
                producer.beginTransaction();
                for (int j = i; j < Math.min(values.size(), i + PER_TRANSACTION); j++) {
                    producer.send(new ProducerRecord<>(topic, ("k" + j).getBytes(), values.get(j)));
                }
                producer.commitTransaction();
            }
            int read = 0;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (read < values.size() && System.nanoTime() < deadline) {
                read += consumer.poll(Duration.ofMillis(200)).count();
            }
            return read;
        }
    }

    private static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16_777_216),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static KafkaConsumer<byte[], byte[]> consumer(String bootstrap) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
