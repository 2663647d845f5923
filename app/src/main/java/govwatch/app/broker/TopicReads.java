package govwatch.app.broker;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * How govwatch's readers (alerts, export, coverage) read a topic without a consumer group: committed records only,
 * every partition assigned, and "what is stored now" as the end offsets taken when the read starts.
 */
public final class TopicReads {

    private TopicReads() {
    }

    /** Consumer settings of a reader: read committed, no group, no offset commits. */
    public static Map<String, Object> readerConfig(String bootstrap) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return config;
    }

    /** Assigns every partition of {@code topic} to {@code consumer}; returns them. */
    public static List<TopicPartition> assignAll(KafkaConsumer<?, ?> consumer, String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        return partitions;
    }

    /**
     * Polls until every record committed when this is called has been handed to {@code sink}, then returns.
     *
     * @throws IllegalStateException when that takes longer than {@code timeout}
     */
    public static <K, V> void drain(KafkaConsumer<K, V> consumer, List<TopicPartition> partitions, Duration timeout,
            Consumer<ConsumerRecord<K, V>> sink) {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(String.join(",", partitions.stream().map(TopicPartition::topic)
                        .distinct().toList()) + " not all read within " + timeout + ": is the cluster overloaded?");
            }
            consumer.poll(Duration.ofMillis(200)).forEach(sink);
        }
    }
}
