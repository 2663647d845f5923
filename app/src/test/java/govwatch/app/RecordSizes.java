package govwatch.app;

import govwatch.app.embedded.EmbeddedKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Sizes of the records on a topic (key + value bytes, before compression: what a producer checks against
 * {@code max.request.size}), read from the beginning. {@link #main} prints them for every topic of a cluster.
 */
record RecordSizes(String topic, int count, int max, int p99) {

    static RecordSizes of(String bootstrap, String topic) {
        List<Integer> sizes = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 32 * 1024 * 1024),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    sizes.add((r.key() == null ? 0 : r.key().length) + (r.value() == null ? 0 : r.value().length));
                }
            }
        }
        Collections.sort(sizes);
        return new RecordSizes(topic, sizes.size(), sizes.isEmpty() ? 0 : sizes.get(sizes.size() - 1),
                sizes.isEmpty() ? 0 : sizes.get((int) Math.ceil(sizes.size() * 0.99) - 1));
    }

    /**
     * Every topic of a cluster, one line each: {@code args[0]} is its bootstrap servers, or the data dir of a
     * {@code govwatch run} whose in-process broker is then started on it.
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        try (EmbeddedKafka kafka = Files.isDirectory(dir) ? EmbeddedKafka.start(dir) : null) {
            print(kafka == null ? args[0] : kafka.bootstrapServers());
        }
    }

    private static void print(String bootstrap) throws Exception {
        Map<String, RecordSizes> all = new TreeMap<>();
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap))) {
            for (String topic : admin.listTopics().names().get()) {
                all.put(topic, of(bootstrap, topic));
            }
        }
        System.out.printf("%-60s %8s %10s %10s%n", "topic", "records", "max", "p99");
        all.values().forEach(s -> System.out.printf("%-60s %8d %10d %10d%n", s.topic(), s.count(), s.max(), s.p99()));
    }
}
